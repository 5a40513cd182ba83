using Backlot.Domain.Reviews;
using Backlot.Domain.Scenes;
using Backlot.Domain.Shots;
using Backlot.Domain.Takes;

namespace Backlot.Studio.Exports;

/// <summary>A shot as the cut sees it: its scene, the take chosen for it (the selected, else the latest completed) and its notes.</summary>
public sealed record AnimaticShot(Scene Scene, Shot Shot, Take? Take, IReadOnlyList<Review> Notes)
{
    public string? BeautySha256 => Take?.Output("beauty")?.AssetSha256;

    public string? DepthSha256 => Take?.Output("depth")?.AssetSha256;

    /// <summary>The engine's top-down camera plot, printed beside the panel on the storyboard.</summary>
    public string? PlotSha256 => Take?.Output("plot")?.AssetSha256;

    /// <summary>Metric depth (float Z in metres) as an EXR, from engines that keep it (previs 0.2 on).</summary>
    public string? DepthMetresSha256 => Take?.Output("depth-exr")?.AssetSha256;

    /// <summary>Where exports put the shot's frame, relative to the timeline file.</summary>
    public string FramePath => $"frames/{Scene.Number}-{Shot.Code}.png";
}

/// <summary>The shots of a production (or one scene) in cut order.</summary>
public sealed record Animatic(Guid ProductionId, string ProductionName, string? Scene, IReadOnlyList<AnimaticShot> Shots);
