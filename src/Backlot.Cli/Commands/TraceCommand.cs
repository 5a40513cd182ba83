using System.CommandLine;
using Backlot.Studio;
using Backlot.Studio.Auth;
using Backlot.Studio.Signing;

namespace Backlot.Cli.Commands;

/// <summary>`backlot trace FILE`: finds the invisible watermark in a frame (also after recompression, resizing or cropping) and names the production, shot and take it left as.</summary>
public static class TraceCommand
{
    /// <summary>Larger than any frame Backlot exports; a bigger file is refused before it is read.</summary>
    public const long MaxFileBytes = 256L * 1024 * 1024;

    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A PNG or JPEG that may have left the studio." };
        var command = new Command("trace", "Find the invisible watermark in a frame and name the production, shot and take it came from. Exits 1 when none is found.")
        {
            file, CliOutput.Json,
        };
        command.SetAction((parse, ct) => CliErrors.GuardAsync(async () =>
        {
            var input = parse.GetRequiredValue(file);
            if (!input.Exists)
                throw new StudioException(StudioErrorKind.Invalid, $"{input.FullName} does not exist");
            if (input.Length > MaxFileBytes)
                throw new StudioException(StudioErrorKind.Invalid, $"{input.Name}: {input.Length:N0} bytes is over the {MaxFileBytes:N0}-byte limit");
            await using var session = CliSession.Open(parse.GetValue(BacklotCommandLine.Data));
            var result = await session.Get<FrameTracer>().TraceAsync(AccessScope.Local, await File.ReadAllBytesAsync(input.FullName, ct), input.Name, ct);
            if (parse.GetValue(CliOutput.Json))
                CliOutput.WriteJson(result);
            else
                Console.Out.WriteLine(result.Found ? $"watermark found: {result.Verdict}; confidence {result.Confidence:0.########}" : result.Verdict);
            return result.Found ? 0 : CliErrors.Failed;
        }));
        return command;
    }
}
