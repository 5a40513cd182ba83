using Backlot.Server.Auth;
using Backlot.Server.Components;
using Backlot.Server.Features;
using Backlot.Server.Features.Assets;
using Backlot.Server.Features.Exports;
using Backlot.Server.Features.Jobs;
using Backlot.Server.Features.Productions;
using Backlot.Server.Features.Serving;
using Backlot.Server.Features.Shots;
using Backlot.Server.Features.Signing;
using Backlot.Server.Features.Takes;
using Backlot.Server.Hosting;
using Backlot.Studio;
using Microsoft.AspNetCore.DataProtection;

namespace Backlot.Server;

/// <summary>The HTTP API under /api and the web studio, over one data folder.</summary>
public static class BacklotServer
{
    /// <param name="configureServices">Runs after the studio's registrations: a host (or a test) adds engines or replaces services here.</param>
    public static WebApplication Build(StudioOptions options, ServerSettings settings, Action<IServiceCollection>? configureServices = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(settings);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(BacklotServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls(settings.Urls);
        // Serve studio.css and blazor.web.js from a build output too (tests, `dotnet run`, the CLI), not only in
        // Development; where the runtime manifest is absent (published output) this does nothing.
        builder.WebHost.UseStaticWebAssets();
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = settings.MaxUploadBytes + (64 * 1024));
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning)
            .AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning)
            .AddFilter("Hangfire", LogLevel.Warning)
            .AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error)
            .AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);

        builder.Services.AddSingleton(settings);
        // Keys that protect the studio's sign-in cookie live in the data folder, so a restart keeps people signed in.
        builder.Services.AddDataProtection()
            .SetApplicationName("backlot")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(options.DataDirectory, "keys")));
        builder.Services.AddBacklotStudio(options);
        builder.Services.AddBacklotAuthentication();
        builder.Services.AddSingleton<SignedLinks>();
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddCascadingAuthenticationState();
        if (settings.RunWorker)
            builder.Services.AddHostedService<JobServerHostedService>();
        configureServices?.Invoke(builder.Services);

        var app = builder.Build();
        app.UseAiReservation();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapAiReservation();
        app.MapLoginEndpoints();
        var api = app.MapGroup("/api").RequireAuthorization().AddEndpointFilter<StudioErrorFilter>();
        api.MapProductionsApi();
        api.MapShotsApi();
        api.MapShotPlanApi();
        api.MapTakesApi();
        api.MapAssetsApi();
        api.MapJobsApi();
        api.MapExportsApi();
        api.MapSigningApi();

        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
