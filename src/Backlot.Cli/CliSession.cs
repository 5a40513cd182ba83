using Backlot.Studio;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Backlot.Cli;

/// <summary>The services of one command run, over the data folder the user chose.</summary>
public sealed class CliSession : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private CliSession(StudioOptions options, ServiceProvider services)
    {
        Options = options;
        _services = services;
    }

    public StudioOptions Options { get; }

    /// <summary>Runs after the studio's registrations in every session: a host that embeds the command (or a test) adds engines here.</summary>
    public static Action<IServiceCollection>? ConfigureServices { get; set; }

    public static CliSession Open(string? dataOption, bool verbose = false)
    {
        var options = StudioOptions.Resolve(dataOption);
        var collection = new ServiceCollection()
            .AddLogging(b => b.AddSimpleConsole(o => o.SingleLine = true)
                // Logs are diagnostics: stderr, so stdout stays one JSON document under --json.
                .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace)
                .SetMinimumLevel(verbose ? LogLevel.Information : LogLevel.Warning)
                .AddFilter("Hangfire", verbose ? LogLevel.Information : LogLevel.Error)
                .AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning))
            .AddBacklotStudio(options);
        ConfigureServices?.Invoke(collection);
        var services = collection.BuildServiceProvider();
        return new CliSession(options, services);
    }

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();
}
