using Backlot.Server;
using Backlot.Studio;

// `dotnet run --project src/Backlot.Server` serves the data folder from BACKLOT_DATA (else ./backlot-data).
// The `backlot serve` command does the same with options.
var app = BacklotServer.Build(StudioOptions.Resolve(null), new ServerSettings
{
    Urls = Environment.GetEnvironmentVariable("ASPNETCORE_URLS") ?? "http://127.0.0.1:5000",
});
await app.RunAsync();
