using System.Text.Json.Serialization;

namespace Backlot.Studio.Queries;

// What the API, the CLI's --json and the studio show. Plain records, camelCase in JSON.

public sealed record ProductionView(
    Guid Id, string Name, string Slug, DateTimeOffset CreatedAt, IReadOnlyList<string> AllowedDataHandling,
    string SigningSubject, bool SigningIsPlaceholder, int Scenes, int Shots, int CompletedTakes);

public sealed record SceneView(
    Guid Id, string Number, int Ordinal, string Heading, string IntExt, string Location, string TimeOfDay,
    string Synopsis, IReadOnlyList<string> Cast, int Shots, string DraftStatus, int? ChangedInDraft);

public sealed record KnobView(object Value, bool Locked);

public sealed record TakeSummary(Guid Id, int Number, string Status, double Progress, string? BeautySha256, string? Error);

public sealed record ShotView(
    Guid Id, Guid ProductionId, Guid SceneId, string SceneNumber, string Code, int Ordinal, string? Size, string? Angle, double? Lens,
    IReadOnlyList<string> Characters, string Description, double EstimatedSeconds,
    IReadOnlyDictionary<string, KnobView> Sheet, int Takes, TakeSummary? Latest, Guid? SelectedTakeId, string Review,
    string? Framing = null, string? Subject = null, int? FirstLine = null, int? LastLine = null, bool Edited = false, bool Omitted = false);

public sealed record OutputView(string Role, string Sha256, string MediaType);

public sealed record ReviewView(Guid Id, Guid TakeId, string Kind, string Author, string Text, DateTimeOffset At);

public sealed record TakeView(
    Guid Id, Guid ShotId, string ShotCode, int Number, string Status, string EngineId, string EngineVersion, long Seed,
    string SheetHash, IReadOnlyDictionary<string, object> Sheet, IReadOnlyList<OutputView> Outputs,
    DateTimeOffset QueuedAt, DateTimeOffset? StartedAt, DateTimeOffset? CompletedAt, double? RenderMilliseconds,
    double Progress, string? Error, int Attempts, IReadOnlyList<ReviewView> Reviews);

public sealed record AssetView(string Sha256, string MediaType, long Size, int? Width, int? Height, Guid? SourceTakeId);

public sealed record JobView(
    Guid TakeId, Guid ShotId, string ShotCode, int TakeNumber, string Status, double Progress, string EngineId,
    DateTimeOffset QueuedAt, DateTimeOffset? StartedAt, DateTimeOffset? CompletedAt, string? Error, int Attempts);

public sealed record ParameterView(
    string Name, string Type, object Default, string Description, double? Min, double? Max, string? Unit, IReadOnlyList<string> Choices,
    bool Multiline = false);

public sealed record EngineView(
    string Id, string Version, string DisplayName, IReadOnlyList<string> Capabilities, string DataHandling, string Queue,
    [property: JsonPropertyName("parameters")] IReadOnlyList<ParameterView> Parameters);
