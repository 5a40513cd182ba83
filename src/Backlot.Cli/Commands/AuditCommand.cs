using System.CommandLine;
using System.Security.Cryptography;
using Backlot.Provenance;
using Backlot.Provenance.Audit;
using Backlot.Studio;
using Backlot.Studio.Audit;
using Backlot.Studio.Productions;
using Spectre.Console;

namespace Backlot.Cli.Commands;

/// <summary>`backlot audit list|verify`: read a production's append-only audit log and check its chain and signatures.</summary>
public static class AuditCommand
{
    public static Command Create()
    {
        var command = new Command("audit", "A production's audit log: every transfer, hash-chained and signed.");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Verify());
        return command;
    }

    private static Command List()
    {
        var command = new Command("list", "List the audit log's entries, oldest first.") { ShotsCommand.Production, CliOutput.Json };
        command.SetAction((parse, ct) => CliErrors.GuardAsync(async () =>
        {
            await using var session = CliSession.Open(parse.GetValue(BacklotCommandLine.Data));
            var production = await session.Get<ProductionService>().FindAsync(parse.GetValue(ShotsCommand.Production), ct);
            var entries = await session.Get<AuditService>().ListAsync(production.Id, cancellationToken: ct);
            if (parse.GetValue(CliOutput.Json))
            {
                CliOutput.WriteJson(new { production = production.Name, productionId = production.Id, entries });
                return 0;
            }

            var table = new Table().Title(Markup.Escape(production.Name))
                .AddColumns("#", "Time (UTC)", "Actor", "Action", "Subjects", "Assets", "Engine", "Hash");
            foreach (var e in entries)
            {
                table.AddRow(
                    $"{e.Sequence}", e.Time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
                    Markup.Escape(e.Actor), Markup.Escape(e.Action), Markup.Escape(string.Join(", ", e.SubjectIds)),
                    $"{e.AssetSha256s.Count}", Markup.Escape(e.EngineId ?? ""), e.Hash.Length > 12 ? e.Hash[..12] : e.Hash);
            }

            AnsiConsole.Write(table);
            return 0;
        }));
        return command;
    }

    private static Command Verify()
    {
        var publicKey = new Option<FileInfo?>("--public-key")
        {
            Description = "Trust this PEM (the production's certificate or public key, kept outside the database) instead of the keys stored with the log.",
        };
        var command = new Command("verify", "Check the chain and the signed checkpoints; names the first bad entry and exits non-zero when the log was changed.")
        {
            ShotsCommand.Production, publicKey, CliOutput.Json,
        };
        command.SetAction((parse, ct) => CliErrors.GuardAsync(async () =>
        {
            await using var session = CliSession.Open(parse.GetValue(BacklotCommandLine.Data));
            var production = await session.Get<ProductionService>().FindAsync(parse.GetValue(ShotsCommand.Production), ct);
            using var trusted = parse.GetValue(publicKey) is { } file ? await ReadTrustedKeyAsync(file, ct) : null;
            var result = await session.Get<AuditService>().VerifyAsync(production.Id, trusted, ct);
            if (parse.GetValue(CliOutput.Json))
            {
                CliOutput.WriteJson(new
                {
                    production = production.Name,
                    productionId = production.Id,
                    intact = result.IsIntact,
                    entries = result.Entries,
                    checkpoints = result.Checkpoints,
                    signedThrough = result.SignedThrough,
                    unsigned = result.Unsigned,
                    headHash = result.HeadHash,
                    damage = result.FirstDamage,
                });
            }
            else if (result.IsIntact)
            {
                CliOutput.Say($"[green]intact[/] {production.Name}: {result.Entries} entries, {result.Checkpoints} checkpoints, signed through entry {result.SignedThrough}");
                if (result.Unsigned > 0)
                    CliOutput.Say($"{result.Unsigned} entries after the last checkpoint are chained but not yet signed");
            }

            if (result.FirstDamage is { } damage)
            {
                await Console.Error.WriteLineAsync(
                    $"backlot: the audit log of '{production.Name}' is damaged at entry {damage.Sequence} ({Kebab(damage.Kind)}): {damage.Message}");
                return CliErrors.Failed;
            }

            return 0;
        }));
        return command;
    }

    private static async Task<AuditKeyRing> ReadTrustedKeyAsync(FileInfo file, CancellationToken ct)
    {
        var pem = await File.ReadAllTextAsync(file.FullName, ct);
        var ring = new AuditKeyRing();
        try
        {
            if (pem.Contains("CERTIFICATE-----", StringComparison.Ordinal))
                return ring.AddLeafOf(pem);
            using var key = ECDsa.Create();
            key.ImportFromPem(pem);
            return ring.Add(key);
        }
        catch (Exception e) when (e is ProvenanceException or CryptographicException or ArgumentException)
        {
            ring.Dispose();
            throw new StudioException(StudioErrorKind.Invalid, $"{file.FullName} holds no ECDSA certificate or public key in PEM form", e);
        }
    }

    private static string Kebab(AuditDamageKind kind) => kind switch
    {
        AuditDamageKind.BadCheckpointSignature => "bad-checkpoint-signature",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
