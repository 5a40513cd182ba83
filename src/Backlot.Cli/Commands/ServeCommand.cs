using System.CommandLine;
using Backlot.Server;
using Backlot.Studio;
using Backlot.Studio.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Spectre.Console;

namespace Backlot.Cli.Commands;

public static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5000";

    public static readonly Option<string> Urls = new("--urls")
    {
        Description = "Where the studio listens (semicolon-separated).",
        DefaultValueFactory = _ => DefaultUrls,
    };

    public static Command Create()
    {
        var noWorker = new Option<bool>("--no-worker") { Description = "Do not run jobs in this process (workers run them)." };
        var command = new Command("serve", "Start the HTTP API and the web studio.") { Urls, noWorker };
        command.SetAction((parse, ct) => CliErrors.GuardAsync(() =>
            ServeAsync(parse.GetValue(BacklotCommandLine.Data), parse.GetValue(Urls)!, !parse.GetValue(noWorker), ct)));
        return command;
    }

    public static async Task<int> ServeAsync(string? data, string urls, bool runWorker, CancellationToken ct)
    {
        var options = StudioOptions.Resolve(data);
        await using var app = BacklotServer.Build(options, new ServerSettings { Urls = urls, RunWorker = runWorker });
        var (token, created) = await app.Services.GetRequiredService<TokenService>().EnsureAdminTokenAsync(ct);
        await app.StartAsync(ct);
        var first = urls.Split(';', StringSplitOptions.RemoveEmptyEntries)[0];
        CliOutput.Say($"[bold green]Studio[/] at {first}  (API under {first}/api, OpenAPI at {first}/openapi/v1.json)");
        CliOutput.Say(created
            ? (FormattableString)$"Admin token (created now, kept in {options.AdminTokenPath}): [bold]{token}[/]"
            : $"Admin token: in {options.AdminTokenPath}");
        AnsiConsole.MarkupLine("Press Ctrl+C to stop.");
        await app.WaitForShutdownAsync(ct);
        return 0;
    }
}
