using System.Text.Json;
using Backlot.Provenance.Audit;

namespace Backlot.Studio.Signing;

/// <summary>An audit entry in one sentence, from its action and details: <c>exported as PNG (1A_t1.png)</c>.</summary>
public static class TakeAuditSummary
{
    public static string Describe(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        using var details = Parse(entry.Details);
        var d = details?.RootElement;
        return entry.Action switch
        {
            AuditActions.ExportFrame => Exported(d),
            AuditActions.Download => Text(d, "via") is "signed link" ? "downloaded through a signed link" : "downloaded through the API",
            AuditActions.AssetSentToEngine => $"sent to engine {entry.EngineId ?? "?"}{Handling(d)} with {Count(entry.AssetSha256s.Count, "reference image")}",
            AuditActions.EngineRefused => $"engine {entry.EngineId ?? "?"} refused by the data policy{(Text(d, "reason") is { } why ? $": {why}" : "")}",
            _ => entry.Action,
        };
    }

    private static string Exported(JsonElement? d)
    {
        var format = Text(d, "format")?.ToUpperInvariant() ?? "a file";
        var where = Text(d, "export") switch
        {
            "frames" => " in the frames export",
            "take" or null => "",
            { } other => $" in the {other} export",
        };
        return $"exported as {format}{where}{(Text(d, "file") is { } file ? $" ({file})" : "")}";
    }

    private static string Handling(JsonElement? d) => Text(d, "dataHandling") is { } handling ? $" ({handling})" : "";

    private static string Count(int n, string what) => n == 1 ? $"1 {what}" : $"{n} {what}s";

    private static string? Text(JsonElement? d, string name) =>
        d is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static JsonDocument? Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
            return null;
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            return null; // entries are validated as JSON when written; a damaged one still gets a line
        }
    }
}
