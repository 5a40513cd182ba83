namespace Backlot.Engines.Previs.Scene;

/// <summary>
/// Points of a mannequin: the fifteen articulated joints (pelvis, chest, neck, head, shoulders, elbows, wrists, hips,
/// knees, ankles) and the landmarks pose maps need (nose, eyes, ears, hand and toe tips).
/// </summary>
internal enum Joint
{
    Pelvis,
    Chest,
    Neck,
    Head,
    ShoulderLeft,
    ShoulderRight,
    ElbowLeft,
    ElbowRight,
    WristLeft,
    WristRight,
    HipLeft,
    HipRight,
    KneeLeft,
    KneeRight,
    AnkleLeft,
    AnkleRight,
    Nose,
    EyeLeft,
    EyeRight,
    EarLeft,
    EarRight,
    HandLeft,
    HandRight,
    ToeLeft,
    ToeRight,
}

/// <summary>The COCO-18 keypoint order OpenPose writes, as mannequin joints.</summary>
internal static class Coco18
{
    public static IReadOnlyList<Joint> Order { get; } =
    [
        Joint.Nose, Joint.Chest, Joint.ShoulderRight, Joint.ElbowRight, Joint.WristRight, Joint.ShoulderLeft,
        Joint.ElbowLeft, Joint.WristLeft, Joint.HipRight, Joint.KneeRight, Joint.AnkleRight, Joint.HipLeft,
        Joint.KneeLeft, Joint.AnkleLeft, Joint.EyeRight, Joint.EyeLeft, Joint.EarRight, Joint.EarLeft,
    ];

    public static IReadOnlyList<string> Names { get; } =
    [
        "nose", "neck", "right_shoulder", "right_elbow", "right_wrist", "left_shoulder", "left_elbow", "left_wrist",
        "right_hip", "right_knee", "right_ankle", "left_hip", "left_knee", "left_ankle", "right_eye", "left_eye",
        "right_ear", "left_ear",
    ];
}
