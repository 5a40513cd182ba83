using Microsoft.EntityFrameworkCore;

namespace Backlot.Data;

/// <summary>The model on PostgreSQL (timestamptz, uuid), with its own migrations (Migrations/Postgres).</summary>
public sealed class PostgresBacklotDbContext(DbContextOptions<PostgresBacklotDbContext> options) : BacklotDbContext(options);
