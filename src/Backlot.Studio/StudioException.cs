namespace Backlot.Studio;

public enum StudioErrorKind
{
    /// <summary>The thing does not exist, or the caller may not see it.</summary>
    NotFound,

    /// <summary>The input is wrong; the message says where.</summary>
    Invalid,

    /// <summary>The request clashes with the current state.</summary>
    Conflict,

    /// <summary>Policy forbids it.</summary>
    Refused,
}

/// <summary>A use case could not be done; the message is for the user and names the problem and the place.</summary>
public sealed class StudioException : Exception
{
    public StudioException()
    {
    }

    public StudioException(string message)
        : base(message)
    {
    }

    public StudioException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StudioException(StudioErrorKind kind, string message, Exception? innerException = null)
        : base(message, innerException) => Kind = kind;

    public StudioErrorKind Kind { get; } = StudioErrorKind.Invalid;

    public static StudioException NotFound(string what) => new(StudioErrorKind.NotFound, $"{what} was not found");
}
