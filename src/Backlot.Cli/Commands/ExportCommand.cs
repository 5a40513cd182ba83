using System.CommandLine;
using Backlot.Studio;
using Backlot.Studio.Auth;
using Backlot.Studio.Exports;
using Backlot.Studio.Signing;

namespace Backlot.Cli.Commands;

public static class ExportCommand
{
    public static Command Create()
    {
        var format = new Argument<string>("FORMAT")
        {
            Description = "otio, edl, xmeml, fcpxml (animatic with its frames), pdf (storyboard), contact (PNG), csv (shot list), breakdown (CSV), exr (a file per shot), frames (each shot's chosen take as a signed PNG with content credentials, <shot>_t<take>.png).",
        };
        var scene = new Option<string?>("--scene") { Description = "Only this scene number." };
        var output = new Option<string?>("--output", "-o") { Description = "Where to write: FILE.ext names the main file (frames go beside it); a folder (or a name without an extension) takes every file. EXRs always go to a folder. Default: the current folder." };
        var jpeg = new Option<bool>("--jpeg") { Description = "frames: write JPEG (quality 92) instead of PNG." };
        var command = new Command("export", "Export the animatic, storyboard, shot list or signed frames for an edit suite, a compositor or a production office.")
        {
            format, ShotsCommand.Production, scene, output, jpeg, CliOutput.Json,
        };
        command.SetAction((parse, ct) => CliErrors.GuardAsync(async () =>
        {
            var kind = ExportService.ParseFormat(parse.GetRequiredValue(format));
            await using var session = CliSession.Open(parse.GetValue(BacklotCommandLine.Data));
            if (parse.GetValue(jpeg) && kind != ExportFormat.Frames)
                throw new StudioException(StudioErrorKind.Invalid, "--jpeg applies to 'export frames' only");
            var result = await session.Get<ExportService>().ExportAsync(
                AccessScope.Local, kind, parse.GetValue(ShotsCommand.Production), parse.GetValue(scene),
                parse.GetValue(jpeg) ? FrameFileFormat.Jpeg : FrameFileFormat.Png, ct);
            var written = await WriteAsync(result, parse.GetValue(output), ct);
            if (parse.GetValue(CliOutput.Json))
                CliOutput.WriteJson(new { format = kind.ToString().ToLowerInvariant(), files = written });
            else
                CliOutput.Say($"Wrote {written[0]}{(written.Count > 1 ? $" and {written.Count - 1} more files beside it" : "")}.");
            return 0;
        }));
        return command;
    }

    /// <summary>
    /// Writes the export under a folder: -o DIR (an existing folder, a name ending in '/' or without an extension, and
    /// always for EXRs) puts every file in it; -o FILE.ext names the main file and the rest go beside it.
    /// Every path stays inside that folder.
    /// </summary>
    private static async Task<List<string>> WriteAsync(ExportResult result, string? output, CancellationToken ct)
    {
        string folder;
        var files = result.Files.ToList();
        if (string.IsNullOrEmpty(output) || Directory.Exists(output) || output.EndsWith('/') || result.IsFolder || !Path.HasExtension(output))
        {
            folder = Path.GetFullPath(string.IsNullOrEmpty(output) ? "." : output);
        }
        else
        {
            var full = Path.GetFullPath(output);
            folder = Path.GetDirectoryName(full)!;
            files[0] = files[0] with { Path = Path.GetFileName(full) };
        }

        var written = new List<string>();
        foreach (var file in files)
        {
            var path = Path.GetFullPath(Path.Combine(folder, file.Path));
            if (!path.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                throw new StudioException(StudioErrorKind.Invalid, $"export path '{file.Path}' would leave {folder}");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temp = path + ".part";
            await File.WriteAllBytesAsync(temp, file.Content, ct);
            File.Move(temp, path, overwrite: true);
            written.Add(path);
        }

        return written;
    }
}
