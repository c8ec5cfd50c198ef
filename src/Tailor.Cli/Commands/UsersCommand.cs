using System.CommandLine;
using Spectre.Console;
using Tailor.Data;

namespace Tailor.Cli.Commands;

/// <summary>
/// `tailor users add|password|list|remove`: people who sign in to the dashboard with a name and password.
/// Passwords come from standard input (--password-stdin) or a hidden prompt, never from the command line,
/// where other users of the machine could read them; only a PBKDF2 hash is stored.
/// </summary>
internal static class UsersCommand
{
    public static Command Create(GlobalOptions globals, CliOutput output) =>
        new("users", "Manage the people who sign in to the dashboard.")
        {
            Add(globals, output), Password(globals, output), List(globals, output), Remove(globals, output),
        };

    private static Option<string> NameOption() => new("--name") { Description = "Sign-in name (unique, case ignored).", Required = true };

    private static Option<bool> StdinOption() => new("--password-stdin")
    {
        Description = "Read the password from the first line of standard input (for scripts).",
    };

    private static Command Add(GlobalOptions globals, CliOutput output)
    {
        var name = NameOption();
        var stdin = StdinOption();
        var command = new Command("add", "Add a dashboard user of the shop.") { name, stdin };
        command.SetAction(parse => CommandContext.Run(parse, globals, output, context =>
        {
            var shop = context.RequireShop(createIfMissing: true);
            var userName = parse.GetValue(name)!.Trim();
            var hash = PasswordHash.Create(ReadPassword(output, parse.GetValue(stdin)));
            if (!context.Store.AddDashboardUser(shop.Id, userName, hash))
            {
                throw new CliException($"A user named '{userName}' exists already; change their password with 'tailor users password'.");
            }

            Report(context, new { name = userName, shop = shop.Id, added = true },
                $"User '{userName}' may now sign in to the dashboard of shop '{shop.Id}'.");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Password(GlobalOptions globals, CliOutput output)
    {
        var name = NameOption();
        var stdin = StdinOption();
        var command = new Command("password", "Set a dashboard user's password.") { name, stdin };
        command.SetAction(parse => CommandContext.Run(parse, globals, output, context =>
        {
            var userName = parse.GetValue(name)!.Trim();
            var hash = PasswordHash.Create(ReadPassword(output, parse.GetValue(stdin)));
            if (!context.Store.SetDashboardPassword(userName, hash))
            {
                throw new CliException($"No user is named '{userName}'; add them with 'tailor users add'.");
            }

            Report(context, new { name = userName, passwordChanged = true }, $"Password of '{userName}' changed.");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command List(GlobalOptions globals, CliOutput output)
    {
        var command = new Command("list", "List the shop's dashboard users.");
        command.SetAction(parse => CommandContext.Run(parse, globals, output, context =>
        {
            var users = context.Store.ListDashboardUsers(context.ShopId);
            if (context.Json)
            {
                output.WriteJson(new
                {
                    shop = context.ShopId,
                    users = users.Select(u => new { name = u.Name, createdAt = u.CreatedAt, passwordSetAt = u.PasswordSetAt }),
                });
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("name", "added", "password set");
            foreach (var user in users)
            {
                table.AddRow(Markup.Escape(user.Name), user.CreatedAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    user.PasswordSetAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            }

            output.Console.Write(table);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Remove(GlobalOptions globals, CliOutput output)
    {
        var name = NameOption();
        var command = new Command("remove", "Remove a dashboard user; their open sessions end within the cookie's lifetime.") { name };
        command.SetAction(parse => CommandContext.Run(parse, globals, output, context =>
        {
            var userName = parse.GetValue(name)!.Trim();
            if (!context.Store.RemoveDashboardUser(userName))
            {
                throw new CliException($"No user is named '{userName}'.");
            }

            Report(context, new { name = userName, removed = true }, $"User '{userName}' removed.");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static string ReadPassword(CliOutput output, bool fromStdin)
    {
        if (fromStdin)
        {
            // One line: a trailing newline from `echo` or a file is not part of the password.
            return output.In.ReadLine() ?? throw new CliException("--password-stdin was given but standard input is empty.");
        }

        if (!output.CanShowProgress)
        {
            throw new CliException("Give the password on standard input with --password-stdin (there is no terminal to ask on).");
        }

        var password = output.Console.Prompt(new TextPrompt<string>("Password:").Secret());
        var again = output.Console.Prompt(new TextPrompt<string>("Again:").Secret());
        return password == again ? password : throw new CliException("The two passwords differ; nothing was changed.");
    }

    private static void Report(CommandContext context, object json, string text)
    {
        if (context.Json)
        {
            context.Output.WriteJson(json);
        }
        else
        {
            context.Output.Out.WriteLine(text);
        }
    }
}
