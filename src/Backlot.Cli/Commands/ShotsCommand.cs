using System.CommandLine;
using Backlot.Studio.Auth;
using Backlot.Studio.Productions;
using Backlot.Studio.Queries;
using Spectre.Console;

namespace Backlot.Cli.Commands;

public static class ShotsCommand
{
    public static readonly Option<string?> Production = new("--production", "-p") { Description = "Production id, slug or name (default: the only one)." };

    public static Command Create()
    {
        var scene = new Option<string?>("--scene") { Description = "Only this scene number." };
        var command = new Command("shots", "List the shot plan with each shot's latest take.") { Production, scene, CliOutput.Json };
        command.SetAction((parse, ct) => CliErrors.GuardAsync(async () =>
        {
            await using var session = CliSession.Open(parse.GetValue(BacklotCommandLine.Data));
            var production = await session.Get<ProductionService>().FindAsync(parse.GetValue(Production), ct);
            var shots = await session.Get<StudioQueries>().ShotsAsync(AccessScope.Local, production.Id, parse.GetValue(scene), ct);
            if (parse.GetValue(CliOutput.Json))
            {
                CliOutput.WriteJson(new { production = production.Name, productionId = production.Id, shots });
                return 0;
            }

            var table = new Table().Title(Markup.Escape(production.Name))
                .AddColumns("Shot", "Size", "Angle", "Lens", "In frame", "Covers", "Take", "Review");
            foreach (var s in shots)
            {
                table.AddRow(
                    s.Code, s.Size ?? "", s.Angle ?? "", s.Lens is { } l ? $"{l:0} mm" : "",
                    Markup.Escape(string.Join(", ", s.Characters)),
                    Markup.Escape(s.Description.Length > 48 ? s.Description[..47] + "…" : s.Description),
                    s.Latest is { } t ? $"{t.Number} {t.Status.ToLowerInvariant()}" : "-",
                    s.Review);
            }

            AnsiConsole.Write(table);
            return 0;
        }));
        return command;
    }
}
