using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Backlot.Data.Model;

/// <summary>
/// SQLite cannot order or compare DateTimeOffset text; UTC ticks in an INTEGER column can.
/// Values come back in UTC (offset zero), as they do from PostgreSQL's timestamptz.
/// </summary>
internal sealed class SqliteDateTimeOffsetConverter()
    : ValueConverter<DateTimeOffset, long>(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
