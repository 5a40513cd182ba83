using Backlot.Domain.Productions;

namespace Backlot.Engines.Tests;

/// <summary>A small real engine for router tests: it declares what it is told and returns no outputs.</summary>
internal sealed class TestEngine(string id, DataHandling handling, params string[] capabilities) : IFrameEngine
{
    public EngineDescriptor Descriptor { get; } = new(id, "1.0.0", id, capabilities, [], handling);

    public Task<FrameResponse> RenderAsync(FrameRequest request, IProgress<EngineProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(new FrameResponse([]));

    public object? GetService(Type serviceType, object? serviceKey = null) => null;
}
