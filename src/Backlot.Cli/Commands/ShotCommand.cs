using System.CommandLine;
using Backlot.Studio.Auth;
using Backlot.Studio.Productions;
using Backlot.Studio.Shots;

namespace Backlot.Cli.Commands;

/// <summary>`backlot shot add|edit|move|lock|unlock|omit|restore`: a person's edits to the shot plan; re-planning leaves edited shots alone.</summary>
public static class ShotCommand
{
    public static Command Create()
    {
        var command = new Command("shot", "Edit the shot plan: change, add, move, lock, omit or restore a shot.");
        command.Subcommands.Add(Edit());
        command.Subcommands.Add(Add());
        command.Subcommands.Add(Move());
        command.Subcommands.Add(Lock("lock", locked: true));
        command.Subcommands.Add(Lock("unlock", locked: false));
        command.Subcommands.Add(Omit("omit", omitted: true));
        command.Subcommands.Add(Omit("restore", omitted: false));
        return command;
    }

    private static readonly Argument<string> Code = new("SHOT") { Description = "Shot code, e.g. 3B." };
    private static readonly Option<string?> Size = new("--size") { Description = "EWS, WS, FS, MS, MCU, CU or ECU." };
    private static readonly Option<string?> Framing = new("--framing") { Description = "establishing, two-shot, group, ots, single, insert, cutaway or pov." };
    private static readonly Option<string?> Angle = new("--angle") { Description = "eye, high or low." };
    private static readonly Option<double?> Lens = new("--lens") { Description = "Focal length in mm." };
    private static readonly Option<string?> Subject = new("--subject") { Description = "The character the camera favours (\"\" clears it)." };
    private static readonly Option<string?> Characters = new("--characters") { Description = "Characters in frame, comma-separated (\"\" for none)." };
    private static readonly Option<string?> Description = new("--description") { Description = "What the shot covers." };
    private static readonly Option<double?> Seconds = new("--seconds") { Description = "Planned screen time in seconds." };

    private static Command Edit()
    {
        var command = new Command("edit", "Change a shot; it is then kept as it is when scenes are re-planned.")
        {
            Code, ShotsCommand.Production, Size, Framing, Angle, Lens, Subject, Characters, Description, Seconds,
        };
        command.SetAction((parse, ct) => CliErrors.GuardAsync(async () =>
        {
            await using var session = CliSession.Open(parse.GetValue(BacklotCommandLine.Data));
            var (editor, id, code) = await ResolveAsync(session, parse, ct);
            await editor.EditAsync(AccessScope.Local, id, Changes(parse), ct);
            CliOutput.Say($"Shot {code} changed.");
            return 0;
        }));
        return command;
    }

    private static Command Add()
    {
        var scene = new Option<string>("--scene") { Description = "Scene number.", Required = true };
        var after = new Option<string?>("--after") { Description = "Put the new shot after this one (default: at the end)." };
        var command = new Command("add", "Add a shot to a scene; it takes the first free code.")
        {
            ShotsCommand.Production, scene, after, Size, Framing, Angle, Lens, Subject, Characters, Description, Seconds,
        };
        command.SetAction((parse, ct) => CliErrors.GuardAsync(async () =>
        {
            await using var session = CliSession.Open(parse.GetValue(BacklotCommandLine.Data));
            var production = await session.Get<ProductionService>().FindAsync(parse.GetValue(ShotsCommand.Production), ct);
            var editor = session.Get<ShotEditor>();
            var id = await editor.AddAsync(AccessScope.Local, production.Id, parse.GetRequiredValue(scene), Changes(parse), parse.GetValue(after), ct);
            CliOutput.Say($"Shot added ({id}).");
            return 0;
        }));
        return command;
    }

    private static Command Move()
    {
        var to = new Option<int>("--to") { Description = "New position in the scene, from 1.", Required = true };
        var command = new Command("move", "Move a shot within its scene; codes stay as they are.") { Code, ShotsCommand.Production, to };
        command.SetAction((parse, ct) => CliErrors.GuardAsync(async () =>
        {
            await using var session = CliSession.Open(parse.GetValue(BacklotCommandLine.Data));
            var (editor, id, code) = await ResolveAsync(session, parse, ct);
            await editor.MoveAsync(AccessScope.Local, id, parse.GetValue(to), ct);
            CliOutput.Say($"Shot {code} moved to position {parse.GetValue(to)}.");
            return 0;
        }));
        return command;
    }

    private static Command Lock(string name, bool locked)
    {
        var knobs = new Argument<string[]>("KNOB") { Description = "Knob names, e.g. lens size.", Arity = ArgumentArity.OneOrMore };
        var command = new Command(name, locked ? "Lock knobs of a shot: takes cannot override them and re-planning keeps the shot." : "Unlock knobs of a shot.")
        {
            Code, knobs, ShotsCommand.Production,
        };
        command.SetAction((parse, ct) => CliErrors.GuardAsync(async () =>
        {
            await using var session = CliSession.Open(parse.GetValue(BacklotCommandLine.Data));
            var (editor, id, code) = await ResolveAsync(session, parse, ct);
            var names = parse.GetRequiredValue(knobs);
            await editor.LockAsync(AccessScope.Local, id, names, locked, ct);
            CliOutput.Say($"Shot {code}: {string.Join(", ", names)} {(locked ? "locked" : "unlocked")}.");
            return 0;
        }));
        return command;
    }

    private static Command Omit(string name, bool omitted)
    {
        var command = new Command(name, omitted ? "Omit a shot: it keeps its code and takes, and is not rendered, exported or planned again." : "Bring an omitted shot back.")
        {
            Code, ShotsCommand.Production,
        };
        command.SetAction((parse, ct) => CliErrors.GuardAsync(async () =>
        {
            await using var session = CliSession.Open(parse.GetValue(BacklotCommandLine.Data));
            var (editor, id, code) = await ResolveAsync(session, parse, ct);
            await editor.OmitAsync(AccessScope.Local, id, omitted, ct);
            CliOutput.Say($"Shot {code} {(omitted ? "omitted" : "restored")}.");
            return 0;
        }));
        return command;
    }

    private static async Task<(ShotEditor Editor, Guid Id, string Code)> ResolveAsync(CliSession session, ParseResult parse, CancellationToken ct)
    {
        var production = await session.Get<ProductionService>().FindAsync(parse.GetValue(ShotsCommand.Production), ct);
        var editor = session.Get<ShotEditor>();
        var code = parse.GetRequiredValue(Code).Trim().ToUpperInvariant();
        return (editor, await editor.FindAsync(AccessScope.Local, production.Id, code, ct), code);
    }

    private static ShotChanges Changes(ParseResult parse) => new(
        parse.GetValue(Size),
        parse.GetValue(Framing),
        parse.GetValue(Angle),
        parse.GetValue(Lens),
        parse.GetValue(Subject),
        parse.GetValue(Characters) is { } names ? names.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : null,
        parse.GetValue(Description),
        parse.GetValue(Seconds));
}
