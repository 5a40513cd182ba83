using Backlot.Domain.Characters;
using Backlot.Domain.Sheets;

namespace Backlot.Engines;

/// <summary>A character in frame, with what engines need to keep it consistent.</summary>
public sealed record FrameCharacter(string Name, CharacterBible Bible, Look? Look);

/// <summary>Everything an engine receives for one take. Engines read knobs from <see cref="Sheet"/>.</summary>
public sealed record FrameRequest(ResolvedControlSheet Sheet, long Seed, IReadOnlyList<FrameCharacter> Characters)
{
    /// <summary>Shot code for captions and logs ("12A").</summary>
    public string ShotCode { get; init; } = "";

    /// <summary>Scene heading, for engines that caption or prompt.</summary>
    public string SceneHeading { get; init; } = "";

    /// <summary>What the shot covers, in words.</summary>
    public string Description { get; init; } = "";
}
