using Backlot.Domain.Sheets;

namespace Backlot.Domain.Productions;

/// <summary>A film or a series. Owns scripts, scenes, characters, shots and takes.</summary>
public sealed class Production
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid OrganizationId { get; init; }

    public required string Name { get; set; }

    /// <summary>Stable, human-readable key (lower-case, dashes), unique.</summary>
    public required string Slug { get; set; }

    public DataPolicy DataPolicy { get; set; } = DataPolicy.Default;

    public required SigningIdentity SigningIdentity { get; set; }

    /// <summary>The top of the control-sheet inheritance chain.</summary>
    public ControlSheet Sheet { get; set; } = ControlSheet.Empty;

    public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UtcNow;

    public static string SlugFor(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var chars = name.Trim().ToLowerInvariant()
            .Select(c => char.IsLetterOrDigit(c) ? c : '-')
            .ToArray();
        var slug = string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length == 0 ? "production" : slug;
    }
}
