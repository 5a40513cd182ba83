using System.CommandLine;
using Backlot.Studio;
using Backlot.Studio.Productions;
using Backlot.Studio.Signing;

namespace Backlot.Cli.Commands;

/// <summary>`backlot keys show|import`: a production's C2PA signing identity.</summary>
public static class KeysCommand
{
    public static Command Create()
    {
        var command = new Command("keys", "A production's signing identity: who signs its exports, and the root to trust.");
        command.Subcommands.Add(Show());
        command.Subcommands.Add(Import());
        return command;
    }

    private static Command Show()
    {
        var rootPem = new Option<string?>("--root-pem") { Description = "Write the root certificate (PEM) here: the trust anchor to give verifiers (backlot verify --trust, c2pa tools)." };
        var command = new Command("show", "Print the signing certificate's subject and fingerprints (creates the identity if the production has none yet).")
        {
            ShotsCommand.Production, rootPem, CliOutput.Json,
        };
        command.SetAction((parse, ct) => CliErrors.GuardAsync(async () =>
        {
            await using var session = CliSession.Open(parse.GetValue(BacklotCommandLine.Data));
            var production = await session.Get<ProductionService>().FindAsync(parse.GetValue(ShotsCommand.Production), ct);
            var identity = await session.Get<SigningIdentityService>().EnsureAsync(production.Id, ct);
            string? written = null;
            if (parse.GetValue(rootPem) is { Length: > 0 } path)
            {
                written = Path.GetFullPath(path);
                await File.WriteAllTextAsync(written, identity.RootPem, ct);
            }

            if (parse.GetValue(CliOutput.Json))
            {
                CliOutput.WriteJson(new
                {
                    identity.ProductionId, identity.Production, identity.Subject, identity.Issuer, identity.CertificateSha256,
                    identity.RootSubject, identity.RootSha256, identity.KeyId, identity.NotBefore, identity.NotAfter, identity.RootPem,
                    rootPemFile = written,
                });
                return 0;
            }

            Print(identity);
            if (written is not null)
                CliOutput.Say($"Root certificate written to {written}: pass it to verifiers as the trust anchor.");
            return 0;
        }));
        return command;
    }

    private static Command Import()
    {
        var chain = new Option<FileInfo>("--chain") { Description = "PEM certificates, the signing certificate first, then up to the studio's root.", Required = true };
        var key = new Option<FileInfo>("--key") { Description = "The signing certificate's EC P-256 private key (PKCS#8 or SEC1 PEM).", Required = true };
        var command = new Command("import", "Sign this production's exports with the studio's own certificate chain and key.")
        {
            ShotsCommand.Production, chain, key, CliOutput.Json,
        };
        command.SetAction((parse, ct) => CliErrors.GuardAsync(async () =>
        {
            var chainFile = parse.GetRequiredValue(chain);
            var keyFile = parse.GetRequiredValue(key);
            foreach (var file in new[] { chainFile, keyFile })
            {
                if (!file.Exists)
                    throw new StudioException(StudioErrorKind.Invalid, $"{file.FullName} does not exist");
            }

            await using var session = CliSession.Open(parse.GetValue(BacklotCommandLine.Data));
            var production = await session.Get<ProductionService>().FindAsync(parse.GetValue(ShotsCommand.Production), ct);
            var identity = await session.Get<SigningIdentityService>().ImportAsync(
                production.Id, await File.ReadAllTextAsync(chainFile.FullName, ct), await File.ReadAllTextAsync(keyFile.FullName, ct), Environment.UserName, ct);
            if (parse.GetValue(CliOutput.Json))
            {
                CliOutput.WriteJson(new { identity.ProductionId, identity.Production, identity.Subject, identity.Issuer, identity.CertificateSha256, identity.RootSubject, identity.RootSha256, identity.KeyId });
                return 0;
            }

            CliOutput.Say($"[green]imported[/] {production.Name} now signs as {identity.Subject}");
            Print(identity);
            return 0;
        }));
        return command;
    }

    private static void Print(SigningIdentityView identity)
    {
        CliOutput.Say($"production   {identity.Production} ({identity.ProductionId})");
        CliOutput.Say($"subject      {identity.Subject}");
        CliOutput.Say($"issuer       {identity.Issuer}");
        CliOutput.Say($"certificate  sha256 {identity.CertificateSha256}");
        CliOutput.Say($"valid        {identity.NotBefore.UtcDateTime:u} to {identity.NotAfter.UtcDateTime:u}");
        CliOutput.Say($"root         {identity.RootSubject}");
        CliOutput.Say($"root sha256  {identity.RootSha256}");
        CliOutput.Say($"key id       {identity.KeyId}");
    }
}
