namespace Backlot.Engines;

/// <summary>One file an engine made: its role ("beauty", "depth", "mask", "pose", "camera", "plot").</summary>
public sealed record EngineOutput(string Role, string MediaType, ReadOnlyMemory<byte> Content)
{
    public int? Width { get; init; }

    public int? Height { get; init; }
}

/// <summary>What an engine returns for one take.</summary>
public sealed record FrameResponse(IReadOnlyList<EngineOutput> Outputs)
{
    /// <summary>The engine's own response object, for callers that know the engine.</summary>
    public object? RawRepresentation { get; init; }
}

/// <summary>How far a render has got.</summary>
public readonly record struct EngineProgress(double Fraction, string Stage);
