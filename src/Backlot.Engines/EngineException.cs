namespace Backlot.Engines;

/// <summary>An engine could not be used or failed; the message says why in words a user can act on.</summary>
public sealed class EngineException : Exception
{
    public EngineException()
    {
    }

    public EngineException(string message)
        : base(message)
    {
    }

    public EngineException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
