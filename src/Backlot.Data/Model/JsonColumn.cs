using System.Text.Json;
using System.Text.Json.Serialization;
using Backlot.Domain.Sheets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Backlot.Data.Model;

/// <summary>
/// Value objects and collections live in one JSON text column, the same on every provider.
/// The comparer compares JSON, so a list changed in place is noticed and saved.
/// </summary>
internal static class JsonColumn
{
    internal static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static PropertyBuilder<T> HasJsonConversion<T>(this PropertyBuilder<T> property)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(property);
        var converter = new ValueConverter<T, string>(v => Serialize(v), s => Deserialize<T>(s));
        var comparer = new ValueComparer<T>(
            (a, b) => Serialize(a) == Serialize(b),
            v => Serialize(v).GetHashCode(StringComparison.Ordinal),
            v => Deserialize<T>(Serialize(v)));
        property.HasConversion(converter, comparer).IsRequired();
        return property;
    }

    /// <summary>A control sheet keeps its own JSON form (<see cref="ControlSheet.ToJson"/>); it is immutable, so snapshots share it.</summary>
    public static PropertyBuilder<ControlSheet> HasControlSheetConversion(this PropertyBuilder<ControlSheet> property)
    {
        ArgumentNullException.ThrowIfNull(property);
        var converter = new ValueConverter<ControlSheet, string>(v => v.ToJson(), s => ControlSheet.FromJson(s));
        var comparer = new ValueComparer<ControlSheet>(
            (a, b) => Equals(a, b),
            v => v.GetHashCode(),
            v => v);
        property.HasConversion(converter, comparer).IsRequired();
        return property;
    }

    internal static string Serialize<T>(T? value) => JsonSerializer.Serialize(value, Options);

    internal static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"a {typeof(T).Name} column holds null");
}
