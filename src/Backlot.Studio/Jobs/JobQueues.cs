namespace Backlot.Studio.Jobs;

/// <summary>The queues work is sorted into. A worker machine serves some of them.</summary>
public static class JobQueues
{
    /// <summary>Cheap CPU work.</summary>
    public const string Default = "default";

    /// <summary>Built-in engines.</summary>
    public const string Render = "render";

    /// <summary>Local model inference.</summary>
    public const string Gpu = "gpu";

    /// <summary>Calls to hosted models, rate-limited per provider.</summary>
    public const string Remote = "remote";

    public static IReadOnlyList<string> All { get; } = [Default, Render, Gpu, Remote];

    /// <summary>Parses "render,gpu" into known queue names; an unknown name is an error that names it.</summary>
    public static IReadOnlyList<string> Parse(string? list)
    {
        if (string.IsNullOrWhiteSpace(list))
            return All;
        var names = list.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(n => n.ToLowerInvariant())
            .Distinct()
            .ToList();
        var unknown = names.FirstOrDefault(n => !All.Contains(n));
        return unknown is null
            ? names
            : throw new StudioException(StudioErrorKind.Invalid, $"unknown queue '{unknown}' (queues: {string.Join(", ", All)})");
    }
}
