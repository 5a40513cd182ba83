using System.Text.Json;
using System.Text.Json.Serialization;
using Backlot.Domain.Characters;

namespace Backlot.Studio.Characters;

/// <summary>
/// Reads character bibles from JSON: an array of <c>{name, heightMetres, build, palette[], looks[]}</c>.
/// A bad file is an error naming the character and the field.
/// </summary>
public static class CharacterBibleFile
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public static IReadOnlyDictionary<string, CharacterBible> Read(string json)
    {
        List<Entry>? entries;
        try
        {
            entries = JsonSerializer.Deserialize<List<Entry>>(json, Options);
        }
        catch (JsonException e)
        {
            throw new StudioException(StudioErrorKind.Invalid, $"character bibles: {e.Message}", e);
        }

        var result = new Dictionary<string, CharacterBible>(StringComparer.Ordinal);
        foreach (var (entry, index) in (entries ?? []).Select((e, i) => (e, i)))
        {
            var where = $"character bibles, entry {index + 1}";
            if (string.IsNullOrWhiteSpace(entry.Name))
                throw new StudioException(StudioErrorKind.Invalid, $"{where}: 'name' is missing");
            if (entry.HeightMetres is < 0.3 or > 3)
                throw new StudioException(StudioErrorKind.Invalid, $"{where} ({entry.Name}): heightMetres must be between 0.3 and 3");
            foreach (var look in entry.Looks ?? [])
            {
                foreach (var colour in new[] { look.Top, look.Bottom, look.Shoes, look.Skin, look.Hair })
                {
                    if (!IsHexColour(colour))
                        throw new StudioException(StudioErrorKind.Invalid, $"{where} ({entry.Name}), look '{look.Name}': '{colour}' is not a colour like #3a5f8c");
                }
            }

            result[Character.CanonicalName(entry.Name)] = new CharacterBible
            {
                HeightMetres = entry.HeightMetres ?? 1.75,
                Build = entry.Build ?? Build.Average,
                Palette = entry.Palette ?? [],
                Looks = entry.Looks ?? [],
            };
        }

        return result;
    }

    private static bool IsHexColour(string? value) =>
        value is { Length: 7 or 4 } && value[0] == '#' && value.Skip(1).All(char.IsAsciiHexDigit);

    private sealed record Entry(string? Name, double? HeightMetres, Build? Build, List<string>? Palette, List<Look>? Looks);
}
