using System.CommandLine;

namespace Tailor.Cli.Commands;

/// <summary>`tailor demo`: a simulated shop, imported, trained and served.</summary>
internal static class DemoCommand
{
    public static Command Create(GlobalOptions globals, CliOutput output)
    {
        var customers = new Option<int>("--customers") { Description = "Customers to simulate.", DefaultValueFactory = _ => 2000 };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed gives the same shop.", DefaultValueFactory = _ => 42 };
        var noServe = new Option<bool>("--no-serve") { Description = "Stop after loading and training instead of serving." };
        var command = new Command("demo", "Simulate a shop, load it, train it and serve its dashboard.") { customers, seed, noServe };
        command.SetAction(parse => CommandContext.Run(parse, globals, output, _ =>
            throw new CliException("demo is not available yet.")));
        return command;
    }
}
