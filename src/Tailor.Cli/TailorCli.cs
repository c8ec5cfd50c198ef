using System.CommandLine;
using Tailor.Cli.Commands;

namespace Tailor.Cli;

/// <summary>The `tailor` command line: verbs, global options and the mapping of failures to exit codes.</summary>
internal static class TailorCli
{
    public static int Run(string[] args, TextWriter? stdout = null, TextWriter? stderr = null, TextReader? stdin = null)
    {
        var output = new CliOutput(stdout ?? Console.Out, stderr ?? Console.Error, stdin);
        var globals = new GlobalOptions();
        var root = new RootCommand("Tailor: personalization and resource allocation for small shops.");
        globals.AddTo(root);
        root.Add(DemoCommand.Create(globals, output));
        root.Add(ImportCommand.Create(globals, output));
        root.Add(ExportCommand.Create(globals, output));
        root.Add(StatsCommand.Create(globals, output));
        root.Add(ServeCommand.Create(globals, output));
        root.Add(TrainCommand.Create(globals, output));
        root.Add(RecommendCommand.CreateRecommend(globals, output));
        root.Add(RecommendCommand.CreateSimilar(globals, output));
        root.Add(EvaluateCommand.Create(globals, output));
        root.Add(KeysCommand.Create(globals, output));
        root.Add(UsersCommand.Create(globals, output));
        root.Add(CustomersCommands.Segments(globals, output));
        root.Add(CustomersCommands.Clv(globals, output));
        root.Add(ChurnCommand.Create(globals, output));
        root.Add(ForecastCommand.Create(globals, output));
        root.Add(ExperimentCommand.Create(globals, output));
        root.Add(InventoryCommand.Create(globals, output));
        root.Add(StaffingCommand.Create(globals, output));
        root.Add(AllocateCommand.Create(globals, output));
        root.Add(LiftTestsCommand.Create(globals, output));
        root.Add(AudienceCommand.Create(globals, output));
        root.Add(SendTimeCommand.Create(globals, output));
        root.Add(ContentCommand.Create(globals, output));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                output.Error.WriteLine(error.Message);
            }

            output.Error.WriteLine("Run 'tailor --help' for the verbs and options.");
            return ExitCodes.Usage;
        }

        // The server's host handles SIGINT/SIGTERM itself (graceful shutdown); a second handler here races it.
        // Other verbs simply end on a signal: an unfinished import is an uncommitted transaction.
        return parsed.Invoke(new InvocationConfiguration
        {
            Output = output.Out,
            Error = output.Error,
            ProcessTerminationTimeout = null,
        });
    }
}
