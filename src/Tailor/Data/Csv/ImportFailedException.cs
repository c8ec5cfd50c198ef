namespace Tailor.Data.Csv;

/// <summary>
/// The whole file cannot be imported (not CSV text, empty, required columns missing). Thrown
/// before anything is written, so a failed import changes nothing.
/// </summary>
public sealed class ImportFailedException : Exception
{
    public ImportFailedException(string message)
        : base(message)
    {
    }

    public ImportFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ImportFailedException()
    {
    }
}
