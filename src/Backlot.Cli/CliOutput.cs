using System.CommandLine;

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Backlot.Cli;

/// <summary>--json output: exactly one JSON document on stdout.</summary>
public static class CliOutput
{
    public static readonly Option<bool> Json = new("--json") { Description = "Print one JSON document on stdout instead of tables." };

    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>A line of Spectre markup; interpolated values are escaped and formatted invariantly.</summary>
    public static void Say(FormattableString markup) =>
        Spectre.Console.AnsiConsole.MarkupLineInterpolated(System.Globalization.CultureInfo.InvariantCulture, markup);

    public static void WriteJson<T>(T value) => Console.Out.WriteLine(JsonSerializer.Serialize(value, JsonOptions));
}
