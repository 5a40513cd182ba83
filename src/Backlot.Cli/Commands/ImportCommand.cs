using System.CommandLine;
using Backlot.Studio;
using Backlot.Studio.Characters;
using Backlot.Studio.Scripts;
using Spectre.Console;

namespace Backlot.Cli.Commands;

public static class ImportCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A screenplay: Fountain (.fountain) or Final Draft (.fdx)." };
        var production = new Option<string?>("--production", "-p") { Description = "Production to import into (default: the script's title)." };
        var characters = new Option<FileInfo?>("--characters") { Description = "Character bibles (JSON) to apply: heights, builds, looks." };
        var command = new Command("import", "Import a screenplay: scenes, characters and a first shot plan.")
        {
            file, production, characters, CliOutput.Json,
        };
        command.SetAction((parse, ct) => CliErrors.GuardAsync(async () =>
        {
            await using var session = CliSession.Open(parse.GetValue(BacklotCommandLine.Data));
            var result = await ImportAsync(session, parse.GetRequiredValue(file), parse.GetValue(production), parse.GetValue(characters), ct);
            if (parse.GetValue(CliOutput.Json))
            {
                CliOutput.WriteJson(result);
                return 0;
            }

            CliOutput.Say(
                $"[green]{(result.AlreadyImported ? "Already imported" : "Imported")}[/] draft {result.DraftNumber} into [bold]{result.ProductionName}[/]: {result.Scenes} scenes, {result.Characters} characters, {result.ShotsPlanned} shots planned{(result.DraftNumber > 1 && !result.AlreadyImported ? $"; {result.ScenesAdded} scenes new, {result.ScenesChanged} changed, {result.ScenesUnchanged} unchanged, {result.ScenesArchived} archived" : "")}.");
            return 0;
        }));
        return command;
    }

    public static async Task<ImportResult> ImportAsync(CliSession session, FileInfo file, string? production, FileInfo? characters, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(file);
        if (!file.Exists)
            throw new StudioException(StudioErrorKind.Invalid, $"{file.FullName}: no such file");
        if (file.Length > session.Options.MaxScriptBytes)
            throw new StudioException(StudioErrorKind.Invalid, $"{file.Name}: the file is {file.Length:N0} bytes, over the {session.Options.MaxScriptBytes:N0}-byte limit for a screenplay");
        var bibles = characters is null ? null : CharacterBibleFile.Read(await File.ReadAllTextAsync(characters.FullName, ct));
        var bytes = await File.ReadAllBytesAsync(file.FullName, ct);
        return await session.Get<ScriptImporter>().ImportAsync(file.Name, bytes, production, bibles, ct);
    }
}
