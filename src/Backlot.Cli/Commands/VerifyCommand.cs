using System.CommandLine;
using System.Security.Cryptography.X509Certificates;
using Backlot.Provenance;
using Backlot.Provenance.C2pa;
using Backlot.Provenance.Signing;
using Backlot.Studio;

namespace Backlot.Cli.Commands;

/// <summary>
/// `backlot verify FILE`: reads and checks the content credentials (C2PA) of any PNG or JPEG, ours or anyone's, and
/// prints what the manifest says and the verdict: None, Invalid, Valid or Trusted (with --trust). Needs no data folder.
/// </summary>
public static class VerifyCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A PNG or JPEG." };
        var trust = new Option<FileInfo?>("--trust")
        {
            Description = "PEM certificates to trust (e.g. the production root from 'backlot keys show --root-pem'): a valid file signed under them is Trusted.",
        };
        var command = new Command("verify", "Check a file's content credentials (C2PA): who signed it, how it was made, and whether it was changed. Exits 1 when Invalid.")
        {
            file, trust, CliOutput.Json,
        };
        command.SetAction((parse, ct) => CliErrors.GuardAsync(async () =>
        {
            var input = parse.GetRequiredValue(file);
            if (!input.Exists)
                throw new StudioException(StudioErrorKind.Invalid, $"{input.FullName} does not exist");
            var anchors = parse.GetValue(trust) is { } pem ? await AnchorsAsync(pem, ct) : null;
            var verdict = Check(await File.ReadAllBytesAsync(input.FullName, ct), anchors);
            if (parse.GetValue(CliOutput.Json))
            {
                CliOutput.WriteJson(new
                {
                    file = input.FullName,
                    state = verdict.State.ToString(),
                    failures = verdict.Failures,
                    note = verdict.Note,
                    manifest = verdict.Manifest,
                });
            }
            else
            {
                if (verdict.Manifest is { } manifest)
                    Console.Out.Write(manifest.Describe());
                if (verdict.Note is { } note)
                    Console.Out.WriteLine(note);
                foreach (var failure in verdict.Failures)
                    Console.Out.WriteLine($"failed {failure.Code}: {failure.Explanation}");
                Console.Out.WriteLine($"state={verdict.State}  failures={string.Join(',', verdict.Failures.Select(f => f.Code))}");
            }

            return verdict.State == C2paValidationState.Invalid ? CliErrors.Failed : 0;
        }));
        return command;
    }

    /// <summary>The verdict on a file's bytes; a file that is neither PNG nor JPEG carries nothing Backlot can read (None).</summary>
    public static Verdict Check(byte[] bytes, IReadOnlyList<X509Certificate2>? anchors)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (!IsPng(bytes) && !IsJpeg(bytes))
            return new Verdict(C2paValidationState.None, [], null, "not a PNG or JPEG: Backlot reads content credentials in PNG and JPEG files");
        try
        {
            var result = C2paReader.Read(bytes, anchors);
            return new Verdict(result.State, result.Failures, result.Manifest, result.State == C2paValidationState.None ? "no content credentials" : null);
        }
        catch (ProvenanceException e)
        {
            return new Verdict(C2paValidationState.Invalid, [new C2paFailure(C2paFailureCodes.ClaimMalformed, e.Message)], null, null);
        }
    }

    private static async Task<IReadOnlyList<X509Certificate2>> AnchorsAsync(FileInfo pem, CancellationToken ct)
    {
        if (!pem.Exists)
            throw new StudioException(StudioErrorKind.Invalid, $"--trust: {pem.FullName} does not exist");
        try
        {
            return C2paPem.ImportCertificates(await File.ReadAllTextAsync(pem.FullName, ct));
        }
        catch (ProvenanceException e)
        {
            throw new StudioException(StudioErrorKind.Invalid, $"--trust {pem.FullName}: {e.Message}", e);
        }
    }

    private static bool IsPng(ReadOnlySpan<byte> bytes) => bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);

    private static bool IsJpeg(ReadOnlySpan<byte> bytes) => bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8]);

    public sealed record Verdict(C2paValidationState State, IReadOnlyList<C2paFailure> Failures, C2paManifestSummary? Manifest, string? Note);
}
