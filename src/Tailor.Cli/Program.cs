using Tailor.Cli;

return TailorCli.Run(args);
