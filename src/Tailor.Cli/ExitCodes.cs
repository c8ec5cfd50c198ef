namespace Tailor.Cli;

/// <summary>The process exit codes other programs rely on.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The input (a file, an id, a value) was wrong; the message says what.</summary>
    public const int BadInput = 1;

    /// <summary>The command line itself was wrong: an unknown verb or option, a missing argument.</summary>
    public const int Usage = 2;
}
