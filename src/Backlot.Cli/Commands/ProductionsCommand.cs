using System.CommandLine;
using Backlot.Studio.Auth;
using Backlot.Studio.Queries;
using Spectre.Console;

namespace Backlot.Cli.Commands;

public static class ProductionsCommand
{
    public static Command Create()
    {
        var command = new Command("productions", "List productions.") { CliOutput.Json };
        command.SetAction((parse, ct) => CliErrors.GuardAsync(async () =>
        {
            await using var session = CliSession.Open(parse.GetValue(BacklotCommandLine.Data));
            var list = await session.Get<StudioQueries>().ProductionsAsync(AccessScope.Local, ct);
            if (parse.GetValue(CliOutput.Json))
            {
                CliOutput.WriteJson(list);
                return 0;
            }

            var table = new Table().AddColumns("Production", "Id", "Scenes", "Shots", "Completed takes");
            foreach (var p in list)
                table.AddRow(Markup.Escape(p.Name), p.Id.ToString(), $"{p.Scenes}", $"{p.Shots}", $"{p.CompletedTakes}");
            AnsiConsole.Write(table);
            return 0;
        }));
        return command;
    }
}
