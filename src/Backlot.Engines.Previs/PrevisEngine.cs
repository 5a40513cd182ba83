using Backlot.Domain.Productions;
using Backlot.Engines.Previs.Outputs;
using Backlot.Engines.Previs.Rendering;
using Backlot.Engines.Previs.Scene;
using Backlot.Imaging;
using Backlot.Imaging.Formats.Exr;
using Backlot.Imaging.Formats.Png;

namespace Backlot.Engines.Previs;

/// <summary>
/// The built-in previs renderer: articulated mannequins from the bibles, blocked and posed on a set built from
/// primitives, lit by a three-point rig for the time of day, seen through a real lens framed by shot size; drawn by a
/// CPU rasteriser (z-buffer, near clipping, back-face culling, supersampling, planar ground shadows) in bands of rows
/// on up to <c>threads</c> threads. Deterministic: the same request gives the same bytes on any number of threads.
/// Outputs: beauty, depth (16-bit PNG) and depth-exr (metric float Z), mask and mask-ids, pose (OpenPose JSON) and
/// pose-image, camera (JSON) and plot (top-down camera plot).
/// </summary>
public sealed class PrevisEngine : IFrameEngine
{
    private readonly int _threads;

    public PrevisEngine()
        : this(Environment.ProcessorCount)
    {
    }

    /// <param name="threads">Most threads one render uses; the output does not depend on it.</param>
    public PrevisEngine(int threads)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        _threads = threads;
    }

    public EngineDescriptor Descriptor { get; } = new(
        "previs",
        "0.2.0",
        "Built-in previs",
        [EngineCapabilities.Still, EngineCapabilities.DepthMap, EngineCapabilities.InstanceMask, EngineCapabilities.PoseMap, EngineCapabilities.Deterministic],
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

        // CPU-bound and short: it runs on the caller's thread, fanning out over bands of rows that never share pixels.
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
        var figures = Blocking.Place(request.Characters, settings.Blocking);
        var mannequins = figures.Select(f => new Mannequin(f)).ToList();

        var (w, h) = (settings.Width, settings.Height);
        var probe = new Camera(Vec3.Zero, -Vec3.UnitZ, Vec3.UnitX, Vec3.UnitY, settings.LensMm, settings.SensorWidthMm, w, h);
        var placement = Framing.Place(settings, mannequins, probe.VerticalFov, probe.HorizontalFov);
        var camera = Camera.Aim(placement.Position, placement.Target, settings.Pan, settings.Tilt, settings.Roll, settings.LensMm, settings.SensorWidthMm, w, h);

        // Looks at the camera can only be aimed once it stands; the POV character is not drawn.
        var atCamera = Blocking.LookingAtCamera(settings.Blocking);
        if (atCamera.Count > 0 || placement.HiddenCharacter is not null)
        {
            figures = [.. figures.Select(f => f with
            {
                LookAt = atCamera.Contains(f.Name) ? camera.Position : f.LookAt,
                Hidden = string.Equals(f.Name, placement.HiddenCharacter, StringComparison.Ordinal),
            })];
            mannequins = [.. figures.Select(f => new Mannequin(f))];
        }

        cancellationToken.ThrowIfCancellationRequested();
        var mesh = new MeshBuilder();
        var set = Sets.Build(settings.Set, settings.Seed, mesh);
        Props.Add(set, settings.Props.Length == 0 && settings.Framing == "insert" ? Framing.InsertStandIn : settings.Props);
        foreach (var m in mannequins.Where(m => !m.Figure.Hidden))
            m.AddTriangles(mesh);

        var light = Lighting.Build(settings.Light, settings.KeyAzimuth, settings.KeyElevation, settings.KeyIntensity, settings.FillIntensity, settings.BackIntensity);
        var factor = (long)w * h <= 1280 * 720 ? 3 : 2;
        var sampled = camera.Scaled(factor);
        using var buffer = new SampleBuffer(w * factor, h * factor);

        progress?.Report(new EngineProgress(0.1, "sky and floor"));
        cancellationToken.ThrowIfCancellationRequested();
        Backdrop.Prime(buffer, sampled);

        progress?.Report(new EngineProgress(0.3, "figures and set"));
        cancellationToken.ThrowIfCancellationRequested();
        Rasterizer.Draw(buffer, sampled, mesh.Triangles, light.CastsShadows ? light.ShadowDirection : null, _threads, cancellationToken);

        progress?.Report(new EngineProgress(0.6, "shading"));
        var table = new TriangleTable(mesh.Triangles, Styles.Painter(settings.Style, light));
        var frame = FrameShader.Shade(buffer, sampled, factor, table, Styles.Backdrop(settings.Style, light, set), _threads, cancellationToken);

        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(new EngineProgress(0.7, "encoding"));
        var instances = InstanceMask.Table(figures);
        var people = PoseKeypoints.Compute(mannequins, camera, frame);
        var drawn = figures.Where(f => !f.Hidden).Select(f => (int)f.Instance).ToHashSet();
        var beauty = new RgbaImage(w, h);
        frame.Rgba.CopyTo(beauty.Pixels, 0);

        // Each output is encoded on its own; they share nothing, so the bytes do not depend on the threads.
        EngineOutput Png(string role, Func<byte[]> png) => new(role, "image/png", png()) { Width = w, Height = h };
        var encoders = new Func<EngineOutput>[]
        {
            () => Png("beauty", () => PngEncoder.Encode(beauty)),
            () => Png("depth", () => PngEncoder.EncodeGray16(frame.Depth16, w, h)),
            () => new("depth-exr", "image/x-exr", ExrWriter.Write(new ExrImage(w, h, [new ExrChannel("Z", ExrPixelType.Float, frame.DepthMetres)]), ExrCompression.Zip)) { Width = w, Height = h },
            () => Png("mask", () => PngEncoder.Encode(InstanceMask.Image(frame.InstanceIds, w, h, instances))),
            () => new("mask-ids", "application/json", InstanceMask.Json(instances, drawn)),
            () => new("pose", "application/json", PoseKeypoints.Json(people, w, h)),
            () => Png("pose-image", () => PngEncoder.Encode(PoseKeypoints.Image(people, w, h))),
            () => new("camera", "application/json", CameraJson.Write(camera, placement.Target, settings.SensorName, settings.Pan, settings.Tilt, settings.Roll, $"{settings.Framing} {settings.Size}: {placement.Description}")),
            () => new("plot", "image/png", PngEncoder.Encode(CameraPlot.Draw(set, mannequins, camera))) { Width = CameraPlot.Size, Height = CameraPlot.Size },
        };
        var outputs = new EngineOutput[encoders.Length];
        Parallel.For(0, encoders.Length, new ParallelOptions { MaxDegreeOfParallelism = _threads, CancellationToken = cancellationToken }, i => outputs[i] = encoders[i]());
        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(new EngineProgress(1, "done"));

        var info = new PrevisFrameInfo(
            camera.Position.X, camera.Position.Y, camera.Position.Z,
            placement.Target.X, placement.Target.Y, placement.Target.Z,
            camera.HorizontalFov * 180 / Math.PI, frame.NearestMetres, FrameShader.FarMetres, factor)
        {
            Width = w,
            Height = h,
            DepthMetres = frame.DepthMetres,
            InstanceIds = frame.InstanceIds,
            Instances = instances,
            Camera = new PrevisCamera(camera.FocalPixels, camera.FocalPixels, camera.Cx, camera.Cy, camera.FocalMm, camera.SensorWidthMm, settings.SensorName, camera.WorldToCameraOpenCv()),
            People = people,
            Set = settings.Set,
            Light = settings.Light,
            Style = settings.Style,
        };
        return new FrameResponse(outputs) { RawRepresentation = info };
    }
}
