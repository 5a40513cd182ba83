namespace Backlot.Domain.Characters;

/// <summary>A person on screen.</summary>
public sealed class Character
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ProductionId { get; init; }

    /// <summary>Canonical name as the script writes it in capitals, without extensions ("EDWARD").</summary>
    public required string Name { get; set; }

    public int DialogueCount { get; set; }

    public CharacterBible Bible { get; set; } = new();

    /// <summary>Canonical form of a character cue: upper case, extensions such as (V.O.) removed.</summary>
    public static string CanonicalName(string cue)
    {
        ArgumentNullException.ThrowIfNull(cue);
        var name = cue.Trim().TrimStart('@');
        var paren = name.IndexOf('(', StringComparison.Ordinal);
        if (paren >= 0)
            name = name[..paren];
        name = name.TrimEnd('^').Trim();
        return string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
    }
}
