namespace Backlot.Engines;

/// <summary>
/// Anything that turns a resolved control sheet into frames. An engine describes itself
/// (<see cref="Descriptor"/>); the router, validation, the CLI and the studio are driven by that description.
/// </summary>
public interface IFrameEngine
{
    EngineDescriptor Descriptor { get; }

    /// <summary>Renders one take. The same request must give the same bytes when the engine is deterministic.</summary>
    Task<FrameResponse> RenderAsync(FrameRequest request, IProgress<EngineProgress>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>Engine-specific extras (a client, a model handle); null when the engine has none of that type.</summary>
    object? GetService(Type serviceType, object? serviceKey = null);
}
