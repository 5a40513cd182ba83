namespace Backlot.Engines;

/// <summary>What an engine can make. The router picks engines by these names.</summary>
public static class EngineCapabilities
{
    /// <summary>A still frame from a control sheet.</summary>
    public const string Still = "frame.still";

    /// <summary>A depth map aligned with the frame.</summary>
    public const string DepthMap = "map.depth";

    /// <summary>Per-character instance masks.</summary>
    public const string InstanceMask = "map.instances";

    /// <summary>Pose keypoints of the characters.</summary>
    public const string PoseMap = "map.pose";

    /// <summary>Composites inputs (plates, other takes) into a frame.</summary>
    public const string Composite = "frame.composite";

    /// <summary>Output is the same bytes for the same request.</summary>
    public const string Deterministic = "deterministic";
}
