using Backlot.Data;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.Storage.SQLite;
using Microsoft.Extensions.DependencyInjection;

namespace Backlot.Studio.Jobs;

public static class JobServiceCollectionExtensions
{
    /// <summary>
    /// Hangfire storage beside the metadata: SQLite in the data folder by default, PostgreSQL with PostgreSQL.
    /// The storage is an instance, not Hangfire's global, so several productions' data folders can live in one process.
    /// </summary>
    public static IServiceCollection AddBacklotJobs(this IServiceCollection services, StudioOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton<JobStorage>(_ => CreateStorage(options));
        services.AddSingleton<IJobScheduler, HangfireJobScheduler>();
        services.AddSingleton<WorkerIdentity>();
        services.AddSingleton<TakeEvents>();
        services.AddSingleton<JobRecovery>();
        services.AddSingleton<JobServerHost>();
        services.AddTransient<RenderTakeJob>();
        return services;
    }

    private static JobStorage CreateStorage(StudioOptions options)
    {
        // A killed worker's job is handed out again only after the invisibility timeout; recovery at start
        // re-enqueues interrupted takes at once, and the job is idempotent, so the timeout can stay long.
        if (options.Database.Provider == DatabaseProvider.PostgreSql)
        {
            return new PostgreSqlStorage(
                new Hangfire.PostgreSql.Factories.NpgsqlConnectionFactory(options.Database.ConnectionString, new PostgreSqlStorageOptions()),
                new PostgreSqlStorageOptions
                {
                    QueuePollInterval = TimeSpan.FromMilliseconds(200),
                    InvisibilityTimeout = TimeSpan.FromMinutes(30),
                    PrepareSchemaIfNecessary = true,
                    SchemaName = "hangfire",
                });
        }

        return new SQLiteStorage(options.JobsDatabasePath, new SQLiteStorageOptions
        {
            QueuePollInterval = TimeSpan.FromMilliseconds(200),
            InvisibilityTimeout = TimeSpan.FromMinutes(30),
        });
    }
}
