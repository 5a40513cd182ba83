namespace Backlot.Screenplay.Breakdown;

/// <summary>Whether a cast member is in a scene, and how.</summary>
public enum CastPresence
{
    Absent,
    NonSpeaking,
    Speaking,
}

/// <summary>
/// Cast × scene: one row per person (speaking characters first, in order of their first cue, then the
/// non-speaking cast in order of appearance), one column per scene in script order.
/// </summary>
public sealed class CastMatrix
{
    private readonly CastPresence[,] _cells;
    private readonly Dictionary<string, int> _rows;

    private CastMatrix(IReadOnlyList<string> cast, IReadOnlyList<string> scenes, CastPresence[,] cells)
    {
        Cast = cast;
        Scenes = scenes;
        _cells = cells;
        _rows = cast.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
    }

    public IReadOnlyList<string> Cast { get; }

    /// <summary>Scene numbers, in script order.</summary>
    public IReadOnlyList<string> Scenes { get; }

    /// <summary>The cell for a cast member (by name) and a scene (by 0-based column).</summary>
    public CastPresence this[string name, int scene] =>
        _rows.TryGetValue(name, out var row) ? _cells[row, scene] : CastPresence.Absent;

    public static CastMatrix From(IReadOnlyList<SceneBreakdown> scenes)
    {
        ArgumentNullException.ThrowIfNull(scenes);
        var cast = scenes.SelectMany(s => s.SpeakingCast)
            .Concat(scenes.SelectMany(s => s.NonSpeakingCast))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var rows = cast.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
        var cells = new CastPresence[cast.Count, scenes.Count];
        for (var column = 0; column < scenes.Count; column++)
        {
            foreach (var name in scenes[column].NonSpeakingCast)
                cells[rows[name], column] = CastPresence.NonSpeaking;
            foreach (var name in scenes[column].SpeakingCast)
                cells[rows[name], column] = CastPresence.Speaking;
        }

        return new CastMatrix(cast, scenes.Select(s => s.Number).ToList(), cells);
    }
}
