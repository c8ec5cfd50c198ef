using System.Text.Json;

namespace Tailor.Cli.Tests;

/// <summary>Runs the CLI in process against a database of the test's own.</summary>
public sealed class CliRun : IDisposable
{
    public CliRun()
    {
        Directory = Path.Combine(Path.GetTempPath(), "tailor-cli-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        DbPath = Path.Combine(Directory, "tailor.db");
    }

    public string Directory { get; }

    public string DbPath { get; }

    public string File(string name, string content)
    {
        var path = Path.Combine(Directory, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Runs `tailor ARGS --db DB` and returns exit code, stdout and stderr.</summary>
    public (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = TailorCli.Run([.. args, "--db", DbPath], stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs `tailor ARGS --db DB` with <paramref name="input"/> on standard input.</summary>
    public (int Exit, string Out, string Err) RunWithInput(string input, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = TailorCli.Run([.. args, "--db", DbPath], stdout, stderr, new StringReader(input));
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs with --json and parses stdout, which must be exactly one JSON object.</summary>
    public (int Exit, JsonElement Json) RunJson(params string[] args)
    {
        var (exit, output, _) = Run([.. args, "--json"]);
        using var document = JsonDocument.Parse(output);
        Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
        return (exit, document.RootElement.Clone());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
