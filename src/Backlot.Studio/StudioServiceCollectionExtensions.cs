using Backlot.Data;
using Backlot.Engines;
using Backlot.Engines.Previs;
using Backlot.Studio.Audit;
using Backlot.Studio.Auth;
using Backlot.Studio.Breakdowns;
using Backlot.Studio.Demo;
using Backlot.Studio.Exports;
using Backlot.Studio.Jobs;
using Backlot.Studio.Policy;
using Backlot.Studio.Productions;
using Backlot.Studio.Queries;
using Backlot.Studio.Renders;
using Backlot.Studio.Reviews;
using Backlot.Studio.Scripts;
using Backlot.Studio.Shots;
using Backlot.Studio.Signing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Backlot.Studio;

public static class StudioServiceCollectionExtensions
{
    /// <summary>Everything the CLI and the server share: data, engines, use cases and jobs.</summary>
    public static IServiceCollection AddBacklotStudio(this IServiceCollection services, StudioOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Directory.CreateDirectory(options.DataDirectory);
        services.AddSingleton(options);
        services.AddBacklotData(options.Database, options.BlobDirectory);

        // Engines: one line each. The router picks among them by capability and policy.
        services.AddSingleton<IFrameEngine, PrevisEngine>();
        services.AddSingleton(sp => new EngineRouter(sp.GetServices<IFrameEngine>()));

        services.AddBacklotJobs(options);
        services.AddSingleton<StudioDatabase>();
        services.AddSingleton<TokenService>();
        services.AddSingleton<ProductionService>();
        services.AddSingleton<ScriptImporter>();
        services.AddSingleton<TakeScheduler>();
        services.AddSingleton<TakeWaiter>();
        services.AddSingleton<RenderRunner>();
        services.AddSingleton<ReviewService>();
        services.AddSingleton<ShotEditor>();
        services.AddSingleton<StudioQueries>();
        services.AddSingleton<DemoRunner>();
        services.AddSingleton<AnimaticBuilder>();
        services.AddSingleton<CutImporter>();
        services.AddSingleton<ExportService>();
        services.AddSingleton<BreakdownService>();
        services.AddBacklotAudit(options);
        services.AddSingleton<SigningIdentityService>();
        services.AddSingleton<PolicyService>();
        services.AddSingleton<SignedFrameCache>();
        services.AddSingleton<TimeStamping>();
        services.AddSingleton<FrameSigner>();
        services.AddSingleton<FrameExporter>();
        services.AddSingleton<TakeCredentialsQuery>();

        // Every frame that leaves is invisibly watermarked (PassThroughFrameWatermarker is the no-mark alternative).
        services.AddSingleton<WatermarkKeys>();
        services.TryAddSingleton<IFrameWatermarker, InvisibleFrameWatermarker>();
        services.AddSingleton<FrameTracer>();
        return services;
    }
}
