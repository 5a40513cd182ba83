namespace Backlot.Screenplay.ShotPlanning;

/// <summary>The kinds of coverage an editor expects; stored on a shot's sheet as the <c>framing</c> knob (see <see cref="ShotFramings"/>).</summary>
public enum ShotFraming
{
    /// <summary>A wide that shows where we are: a new location or an exterior.</summary>
    Establishing,

    /// <summary>The master of a two-hander: both speakers in frame for the whole exchange.</summary>
    TwoShot,

    /// <summary>The master of an exchange among three or more.</summary>
    Group,

    /// <summary>One speaker, framed over the listener's shoulder.</summary>
    OverTheShoulder,

    /// <summary>One character alone in frame.</summary>
    Single,

    /// <summary>A close shot of a flagged prop.</summary>
    Insert,

    /// <summary>A character who does not speak, reacting or doing what the action says.</summary>
    CutAway,

    /// <summary>What a character sees.</summary>
    PointOfView,
}

/// <summary>The knob values of <see cref="ShotFraming"/>: "establishing", "two-shot", "group", "ots", "single", "insert", "cutaway", "pov".</summary>
public static class ShotFramings
{
    public static IReadOnlyList<string> Names { get; } = ["establishing", "two-shot", "group", "ots", "single", "insert", "cutaway", "pov"];

    public static string Name(ShotFraming framing) => Names[(int)framing];

    public static bool TryParse(string? name, out ShotFraming framing)
    {
        var i = name is null ? -1 : Names.ToList().FindIndex(n => string.Equals(n, name.Trim(), StringComparison.OrdinalIgnoreCase));
        framing = i < 0 ? ShotFraming.Single : (ShotFraming)i;
        return i >= 0;
    }
}
