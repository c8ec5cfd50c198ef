using System.Text.Json;
using System.Text.Json.Serialization;
using Spectre.Console;

namespace Tailor.Cli;

/// <summary>Where a verb writes: tables and progress for people, one JSON object for programs.</summary>
internal sealed class CliOutput
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = false,
        // Reasons quote values with apostrophes; escaping them as \u0027 helps no JSON reader and hurts people.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public CliOutput(TextWriter output, TextWriter error, TextReader? input = null)
    {
        Out = output;
        Error = error;
        In = input ?? System.Console.In;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Interactive = ReferenceEquals(output, System.Console.Out) && !System.Console.IsOutputRedirected
                ? InteractionSupport.Detect
                : InteractionSupport.No,
            Ansi = ReferenceEquals(output, System.Console.Out) ? AnsiSupport.Detect : AnsiSupport.No,
        });
    }

    public TextWriter Out { get; }

    /// <summary>Standard input, for secrets passed with --password-stdin.</summary>
    public TextReader In { get; }

    public TextWriter Error { get; }

    /// <summary>Spectre console bound to <see cref="Out"/>.</summary>
    public IAnsiConsole Console { get; }

    /// <summary>Whether live progress bars can be drawn (a terminal, not a pipe or a test).</summary>
    public bool CanShowProgress => Console.Profile.Capabilities.Interactive;

    public void WriteJson<T>(T value)
    {
        Out.WriteLine(JsonSerializer.Serialize(value, JsonOptions));
        Out.Flush();
    }
}
