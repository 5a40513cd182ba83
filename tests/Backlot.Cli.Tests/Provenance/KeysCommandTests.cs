using System.Security.Cryptography;
using System.Text.Json;
using Backlot.Cli.Tests.Support;
using Backlot.Provenance.Signing;

namespace Backlot.Cli.Tests.Provenance;

public sealed class KeysCommandTests
{
    private const string Script = """
        Title: Signal Box

        INT. SIGNAL BOX - NIGHT

        ADA pulls a lever.
        """;

    [Fact]
    public async Task Show_PrintsTheSubjectAndFingerprints_AndWritesTheRootPem()
    {
        using var data = await ImportedAsync();
        var rootFile = data.File("root.pem");

        var result = await data.RunAsync("keys", "show", "--root-pem", rootFile, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var root = Assert.Single(C2paPem.ImportCertificates(await File.ReadAllTextAsync(rootFile, TestContext.Current.CancellationToken)));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(root.RawData)), json.RootElement.GetProperty("rootSha256").GetString());
        Assert.Contains("Signal Box", json.RootElement.GetProperty("subject").GetString(), StringComparison.Ordinal);
        Assert.Equal(64, json.RootElement.GetProperty("certificateSha256").GetString()!.Length);
        Assert.Contains(json.RootElement.GetProperty("certificateSha256").GetString()!, StudioDb.Column(data.Database, "SELECT SigningIdentity FROM Productions").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_TheStudiosChain_ThenShowNamesIt()
    {
        using var data = await ImportedAsync();
        var root = C2paCertificateAuthority.CreateRoot("Studio Nine");
        var credential = C2paCertificateAuthority.IssueSigningCredential(root, "Studio Nine signing");
        await File.WriteAllTextAsync(data.File("chain.pem"), C2paPem.ExportCertificates(credential.Chain), TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(data.File("key.pem"), C2paPem.ExportKey(credential.Key), TestContext.Current.CancellationToken);

        var import = await data.RunAsync("keys", "import", "--chain", data.File("chain.pem"), "--key", data.File("key.pem"));
        var show = await data.RunAsync("keys", "show", "--json");

        Assert.True(import.ExitCode == 0, import.ToString());
        using var json = JsonDocument.Parse(show.Stdout);
        Assert.Equal(credential.Leaf.Subject, json.RootElement.GetProperty("subject").GetString());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(root.Certificate.RawData)), json.RootElement.GetProperty("rootSha256").GetString());
    }

    [Fact]
    public async Task Import_ACaCertificateAsLeaf_FailsWithOneLineSayingWhy()
    {
        using var data = await ImportedAsync();
        var root = C2paCertificateAuthority.CreateRoot("Lone Wolf");
        await File.WriteAllTextAsync(data.File("chain.pem"), C2paPem.ExportCertificates([root.Certificate]), TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(data.File("key.pem"), C2paPem.ExportKey(root.Key), TestContext.Current.CancellationToken);

        var result = await data.RunAsync("keys", "import", "--chain", data.File("chain.pem"), "--key", data.File("key.pem"));

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.StderrLines);
        Assert.StartsWith("backlot: the imported identity cannot sign C2PA manifests", line, StringComparison.Ordinal);
        Assert.Contains("CA certificate", line, StringComparison.Ordinal);
    }

    private static async Task<DataFolder> ImportedAsync()
    {
        var data = new DataFolder();
        await File.WriteAllTextAsync(data.File("signal-box.fountain"), Script, TestContext.Current.CancellationToken);
        var import = await data.RunAsync("import", data.File("signal-box.fountain"));
        Assert.True(import.ExitCode == 0, import.ToString());
        return data;
    }
}
