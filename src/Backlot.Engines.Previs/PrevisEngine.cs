using Backlot.Domain.Productions;
using Backlot.Engines.Previs.Rendering;
using Backlot.Engines.Previs.Scene;
using Backlot.Imaging.Formats.Png;

namespace Backlot.Engines.Previs;

/// <summary>
/// The built-in previs renderer: grey-box figures from the bibles standing on a floor, framed by shot size,
/// angle and lens, under a sky for the time of day. CPU only, single-threaded and deterministic: the same
/// request gives byte-identical PNGs. Outputs "beauty" (RGB PNG) and "depth" (16-bit gray PNG, near is bright).
/// </summary>
public sealed class PrevisEngine : IFrameEngine
{
    public EngineDescriptor Descriptor { get; } = new(
        "previs",
        "0.1.0",
        "Built-in previs",
        [EngineCapabilities.Still, EngineCapabilities.DepthMap, EngineCapabilities.Deterministic],
        PrevisParameters.All,
        DataHandling.OnPremises)
    {
        Queue = "render",
    };

    public Task<FrameResponse> RenderAsync(FrameRequest request, IProgress<EngineProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        var errors = Descriptor.Validate(request.Sheet);
        if (errors.Count > 0)
            throw new EngineException($"previs cannot render this sheet: {string.Join("; ", errors)}");

        // The work is CPU-bound and short; it runs on the caller's thread so results never depend on scheduling.
        return Task.FromResult(Render(request, progress, cancellationToken));
    }

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is null && serviceType.IsInstanceOfType(this) ? this : null;
    }

    private FrameResponse Render(FrameRequest request, IProgress<EngineProgress>? progress, CancellationToken cancellationToken)
    {
        var settings = PrevisSettings.From(request.Sheet, Descriptor);
        progress?.Report(new EngineProgress(0.05, "blocking"));
        var figures = Blocking.Place(request.Characters);
        var light = Lighting.For(settings.TimeOfDay);

        // 3×3 supersampling up to 720p, 2×2 above, then a box filter down.
        var factor = (long)settings.Width * settings.Height <= 1280 * 720 ? 3 : 2;
        var w = settings.Width * factor;
        var h = settings.Height * factor;
        var camera = Framing.Place(settings, figures, w, h);
        var buffer = new FrameBuffer(w, h);

        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(new EngineProgress(0.1, "sky and floor"));
        Background.Draw(buffer, camera, light, figures, cancellationToken);

        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(new EngineProgress(0.5, "figures"));
        var triangles = new List<Triangle>();
        foreach (var figure in figures)
            figure.AddTriangles(triangles);
        foreach (var t in triangles)
            Rasterizer.Draw(buffer, camera, t, light.Shade(t.Albedo, t.Normal).ToSrgb());

        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(new EngineProgress(0.7, "encoding"));
        var beauty = buffer.Colour.Downscale(factor);
        var (depth, nearest) = DepthMap.Build(buffer.InverseDepth, w, h, factor);
        var beautyPng = PngEncoder.Encode(beauty);
        cancellationToken.ThrowIfCancellationRequested();
        var depthPng = PngEncoder.EncodeGray16(depth, settings.Width, settings.Height);
        progress?.Report(new EngineProgress(1, "done"));

        var info = new PrevisFrameInfo(
            camera.Position.X, camera.Position.Y, camera.Position.Z,
            camera.Target.X, camera.Target.Y, camera.Target.Z,
            camera.HorizontalFov * 180 / Math.PI, nearest, DepthMap.FarMetres, factor);
        return new FrameResponse(
        [
            new EngineOutput("beauty", "image/png", beautyPng) { Width = settings.Width, Height = settings.Height },
            new EngineOutput("depth", "image/png", depthPng) { Width = settings.Width, Height = settings.Height },
        ])
        {
            RawRepresentation = info,
        };
    }
}
