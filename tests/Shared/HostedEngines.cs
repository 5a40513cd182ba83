using Backlot.Domain.Productions;
using Backlot.Engines;

namespace Backlot.Tests.Shared;

/// <summary>A hosted engine whose provider may train on what it is sent; it counts the frames it was asked for.</summary>
internal sealed class HostedTrainingEngine : IFrameEngine
{
    public const string Id = "hosted-trainer";

    public int Calls { get; private set; }

    public EngineDescriptor Descriptor { get; } =
        new(Id, "1.0.0", "Hosted trainer (test)", [EngineCapabilities.Still], [], DataHandling.HostedMayTrain) { UsesTrainedModel = true, Queue = "render" };

    public Task<FrameResponse> RenderAsync(FrameRequest request, IProgress<EngineProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        Calls++;
        return Task.FromResult(new FrameResponse([new EngineOutput("beauty", "image/png", HostedEngines.Png())]));
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => null;
}

/// <summary>A hosted engine with zero retention: allowed by the default policy, and every request it gets is a transfer.</summary>
internal sealed class ZeroRetentionEngine : IFrameEngine
{
    public const string Id = "hosted-zero";

    public EngineDescriptor Descriptor { get; } =
        new(Id, "1.0.0", "Hosted zero retention (test)", [EngineCapabilities.Still], [], DataHandling.HostedZeroRetention) { UsesTrainedModel = true, Queue = "render" };

    public Task<FrameResponse> RenderAsync(FrameRequest request, IProgress<EngineProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(new FrameResponse([new EngineOutput("beauty", "image/png", HostedEngines.Png(request.Seed))]));

    public object? GetService(Type serviceType, object? serviceKey = null) => null;
}

internal static class HostedEngines
{
    public static byte[] Png(long seed = 0)
    {
        var image = new Backlot.Imaging.RgbaImage(32, 18);
        image.SetPixel(0, 0, new Backlot.Imaging.Rgba32((byte)seed, 1, 2));
        return Backlot.Imaging.Formats.Png.PngEncoder.Encode(image);
    }
}
