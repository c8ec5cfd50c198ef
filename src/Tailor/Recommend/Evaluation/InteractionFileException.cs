namespace Tailor.Recommend.Evaluation;

/// <summary>A line of an interaction file cannot be read; the message names the line and the problem.</summary>
public sealed class InteractionFileException : FormatException
{
    public InteractionFileException()
    {
    }

    public InteractionFileException(string message)
        : base(message)
    {
    }

    public InteractionFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public InteractionFileException(string message, int lineNumber)
        : base(message)
    {
        LineNumber = lineNumber;
    }

    /// <summary>The 1-based line at fault, or 0 when the problem is not one line's.</summary>
    public int LineNumber { get; }
}
