using System.CommandLine;
using Backlot.Studio.Queries;
using Spectre.Console;

namespace Backlot.Cli.Commands;

public static class EnginesCommand
{
    public static Command Create()
    {
        var command = new Command("engines", "List the registered engines and the knobs each one reads.") { CliOutput.Json };
        command.SetAction((parse, ct) => CliErrors.GuardAsync(async () =>
        {
            await using var session = CliSession.Open(parse.GetValue(BacklotCommandLine.Data));
            var engines = session.Get<StudioQueries>().Engines();
            if (parse.GetValue(CliOutput.Json))
            {
                CliOutput.WriteJson(engines);
                return 0;
            }

            foreach (var e in engines)
            {
                var table = new Table().Title($"{Markup.Escape(e.DisplayName)} ({e.Id} {e.Version}, {e.DataHandling}, queue {e.Queue})")
                    .AddColumns("Knob", "Type", "Default", "Range", "Description");
                foreach (var p in e.Parameters)
                {
                    var range = p.Choices.Count > 0 ? string.Join(" ", p.Choices) : p.Min is null && p.Max is null ? "" : $"{p.Min}..{p.Max} {p.Unit}";
                    table.AddRow(p.Name, p.Type, Markup.Escape($"{p.Default}"), Markup.Escape(range), Markup.Escape(p.Description));
                }

                AnsiConsole.Write(table);
            }

            return await Task.FromResult(0);
        }));
        return command;
    }
}
