namespace Backlot.Screenplay;

/// <summary>A scene heading and the paragraphs that follow it, up to the next heading.</summary>
/// <param name="Ordinal">Position in the script, from 1.</param>
/// <param name="Number">The scene number written as "#12A#", else the ordinal as text.</param>
/// <param name="Heading">The heading without a forcing '.' and without the scene number.</param>
/// <param name="IntExt">INT, EXT, INT/EXT or "" (EST counts as EXT).</param>
/// <param name="Location">The heading between the INT/EXT prefix and the last " - ".</param>
/// <param name="TimeOfDay">The heading after the last " - ", or "".</param>
/// <param name="SourceLine">1-based line of the heading.</param>
/// <param name="Elements">The scene's paragraphs, heading excluded.</param>
public sealed record ParsedScene(
    int Ordinal,
    string Number,
    string Heading,
    string IntExt,
    string Location,
    string TimeOfDay,
    int SourceLine,
    IReadOnlyList<ScriptElement> Elements)
{
    private const int SynopsisLength = 200;

    private readonly ElementsCache _cache = new();

    /// <summary>Canonical names of the speaking characters, in order of their first line.</summary>
    public IReadOnlyList<string> Cast => _cache.CastOf(Elements);

    /// <summary>The first action paragraph as plain text, at most about 200 characters.</summary>
    public string Synopsis => _cache.SynopsisOf(Elements);

    /// <summary>
    /// Cast and synopsis, computed once for a list of elements. A <c>with</c> copy shares the cache with its
    /// original, so each value remembers the list it came from and is computed again for another. It takes no
    /// part in the record's equality.
    /// </summary>
    private sealed class ElementsCache
    {
        private Computed? _cast;
        private Computed? _synopsis;

        public IReadOnlyList<string> CastOf(IReadOnlyList<ScriptElement> elements)
        {
            if (_cast is { } cached && ReferenceEquals(cached.Elements, elements))
                return (IReadOnlyList<string>)cached.Value;
            var cast = new List<string>();
            for (var i = 0; i < elements.Count; i++)
            {
                var e = elements[i];
                if (e.Kind == ElementKind.Character && e.Character is { Length: > 0 } name && !cast.Contains(name))
                    cast.Add(name);
            }

            IReadOnlyList<string> value = cast.AsReadOnly();
            _cast = new Computed(elements, value);
            return value;
        }

        public string SynopsisOf(IReadOnlyList<ScriptElement> elements)
        {
            if (_synopsis is { } cached && ReferenceEquals(cached.Elements, elements))
                return (string)cached.Value;
            var value = "";
            for (var i = 0; i < elements.Count; i++)
            {
                var e = elements[i];
                if (e.Kind != ElementKind.Action)
                    continue;
                value = ScriptText.Truncate(ScriptText.Plain(e.Text), SynopsisLength);
                break;
            }

            _synopsis = new Computed(elements, value);
            return value;
        }

        public override bool Equals(object? obj) => obj is ElementsCache;

        public override int GetHashCode() => 0;

        private sealed record Computed(IReadOnlyList<ScriptElement> Elements, object Value);
    }
}
