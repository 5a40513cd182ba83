using System.Globalization;
using System.Text;

namespace Backlot.Provenance.C2pa;

/// <summary>One action of the active manifest.</summary>
public sealed record C2paActionSummary(string Action, string? DigitalSourceTypeUri, string? SoftwareAgent, string? When)
{
    /// <summary>The digital source type, when it is one of the four Backlot knows.</summary>
    public DigitalSourceType? SourceType => DigitalSourceTypes.FromUri(DigitalSourceTypeUri);
}

/// <summary>One ingredient of the active manifest.</summary>
public sealed record C2paIngredientSummary(string? Title, string? Format, string? Relationship, string? InstanceId, string? Description);

/// <summary>What the active manifest says, for people: who signed it, when, how the content was made and from what.</summary>
public sealed record C2paManifestSummary(string Label, int ClaimVersion, string? ClaimGenerator, string? Title)
{
    public string? SignerSubject { get; init; }
    public string? SignerIssuer { get; init; }
    public string? Algorithm { get; init; }

    /// <summary>The time from the signature's RFC 3161 time-stamp, when it carries one (the time-stamp's own signature is not checked).</summary>
    public DateTimeOffset? SigningTime { get; init; }
    public IReadOnlyList<string> AssertionLabels { get; init; } = [];
    public IReadOnlyList<C2paActionSummary> Actions { get; init; } = [];
    public IReadOnlyList<C2paIngredientSummary> Ingredients { get; init; } = [];

    /// <summary>Training and mining entries and their use, e.g. <c>cawg.ai_training → notAllowed</c>.</summary>
    public IReadOnlyDictionary<string, string> TrainingMining { get; init; } = new Dictionary<string, string>();
    public BacklotTake? Take { get; init; }

    /// <summary>A few readable lines.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"manifest {Label} (claim v{ClaimVersion}) by {ClaimGenerator ?? "unknown generator"}");
        if (Title is not null)
            text.AppendLine(c, $"title: {Title}");
        var when = SigningTime is { } at ? string.Create(c, $" at {at.UtcDateTime:u}") : ", no time-stamp";
        text.AppendLine(c, $"signed by {SignerSubject ?? "?"} (issuer {SignerIssuer ?? "?"}, {Algorithm ?? "?"}){when}");
        foreach (var action in Actions)
            text.AppendLine(c, $"action {action.Action}{(action.SourceType is { } t ? $" [{t}]" : action.DigitalSourceTypeUri is { } u ? $" [{u}]" : "")}{(action.SoftwareAgent is { } a ? $" by {a}" : "")}");
        foreach (var ingredient in Ingredients)
            text.AppendLine(c, $"ingredient {ingredient.Title} ({ingredient.Relationship}, {ingredient.InstanceId})");
        foreach (var (entry, use) in TrainingMining)
            text.AppendLine(c, $"{entry}: {use}");
        if (Take is { } take)
            text.AppendLine(c, $"take: {take.Production} shot {take.Shot} take {take.Take}, {take.EngineId} {take.EngineVersion}, sheet {take.ControlSheetSha256}");
        return text.ToString();
    }
}

/// <summary>What <see cref="C2paReader"/> found: the verdict, the failed checks, and the active manifest's summary.</summary>
public sealed record C2paReadResult(C2paValidationState State, IReadOnlyList<C2paFailure> Failures, C2paManifestSummary? Manifest)
{
    /// <summary>The failure codes, comma-separated, like the checker's <c>failures=</c> field.</summary>
    public string FailureCodes => string.Join(',', Failures.Select(f => f.Code));
}
