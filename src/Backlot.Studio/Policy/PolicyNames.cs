using Backlot.Domain.Productions;

namespace Backlot.Studio.Policy;

/// <summary>The words users write for data handling: onprem, zero-retention, may-retain, may-train.</summary>
public static class PolicyNames
{
    private static readonly (string Name, DataHandling Handling, string[] Aliases)[] Names =
    [
        ("onprem", DataHandling.OnPremises, ["on-premises", "onpremises"]),
        ("zero-retention", DataHandling.HostedZeroRetention, ["hostedzeroretention"]),
        ("may-retain", DataHandling.HostedMayRetain, ["retain", "hostedmayretain"]),
        ("may-train", DataHandling.HostedMayTrain, ["train", "hostedmaytrain"]),
    ];

    public static IReadOnlyList<string> All => [.. Names.Select(n => n.Name)];

    /// <summary>"onprem,zero-retention" → the flags; an unknown word is an error naming the words there are.</summary>
    public static DataHandling Parse(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var allowed = DataHandling.None;
        foreach (var word in words.SelectMany(w => w.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            var key = word.ToLowerInvariant();
            var match = Names.FirstOrDefault(n => n.Name == key || n.Aliases.Contains(key));
            if (match.Name is null)
                throw new StudioException(StudioErrorKind.Invalid, $"'{word}' is not a data handling (use: {string.Join(", ", All)})");
            allowed |= match.Handling;
        }

        return allowed == DataHandling.None
            ? throw new StudioException(StudioErrorKind.Invalid, $"a policy must allow at least one data handling (use: {string.Join(", ", All)})")
            : allowed;
    }

    public static IReadOnlyList<string> Describe(DataHandling allowed) =>
        [.. Names.Where(n => (allowed & n.Handling) == n.Handling).Select(n => n.Name)];

    public static string Name(DataHandling handling) => Names.FirstOrDefault(n => n.Handling == handling).Name ?? handling.ToString();
}
