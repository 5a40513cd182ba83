using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Backlot.Domain.Sheets;

/// <summary>A knob after inheritance: its value, the level that set it, and the level that locked it.</summary>
public sealed record ResolvedKnob(KnobValue Value, SheetLevel From, SheetLevel? LockedAt);

/// <summary>A value a lower level tried to set on a knob that a higher level locked; it was ignored.</summary>
public sealed record KnobConflict(string Knob, SheetLevel LockedAt, SheetLevel AttemptedAt, KnobValue Attempted)
{
    public override string ToString() =>
        $"knob '{Knob}' is locked at {LockedAt.ToString().ToLowerInvariant()} level; the {AttemptedAt.ToString().ToLowerInvariant()} value {Attempted} was not applied";
}

/// <summary>Every knob that decides a take, after inheritance, with a stable hash.</summary>
public sealed class ResolvedControlSheet
{
    internal ResolvedControlSheet(ImmutableSortedDictionary<string, ResolvedKnob> knobs, ImmutableArray<KnobConflict> conflicts)
    {
        Knobs = knobs;
        Conflicts = conflicts;
        CanonicalJson = BuildCanonicalJson(knobs);
        Hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalJson)));
    }

    public ImmutableSortedDictionary<string, ResolvedKnob> Knobs { get; }

    public ImmutableArray<KnobConflict> Conflicts { get; }

    /// <summary>The values only, keys in ordinal order, no whitespace: what the hash covers.</summary>
    public string CanonicalJson { get; }

    /// <summary>SHA-256 of <see cref="CanonicalJson"/>, lower-case hex.</summary>
    public string Hash { get; }

    public KnobValue? this[string name] => Knobs.TryGetValue(name, out var k) ? k.Value : null;

    public double Number(string name, double fallback) =>
        this[name] is { Kind: KnobValueKind.Number } v ? v.Number : fallback;

    public string Text(string name, string fallback) =>
        this[name] is { Kind: KnobValueKind.Text } v ? v.Text! : fallback;

    /// <summary>Reads back a sheet stored as canonical JSON (every knob comes back as set at take level).</summary>
    public static ResolvedControlSheet FromCanonicalJson(string json)
    {
        var sheet = ControlSheet.Empty;
        using var doc = JsonDocument.Parse(json);
        foreach (var p in doc.RootElement.EnumerateObject())
        {
            var raw = p.Value.GetRawText();
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(raw));
            reader.Read();
            sheet = sheet.Set(p.Name, KnobValue.ReadFrom(ref reader));
        }

        return ControlSheetResolver.Resolve([new SheetLayer(SheetLevel.Take, sheet)]);
    }

    private static string BuildCanonicalJson(ImmutableSortedDictionary<string, ResolvedKnob> knobs)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            foreach (var (name, knob) in knobs)
            {
                writer.WritePropertyName(name);
                knob.Value.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
