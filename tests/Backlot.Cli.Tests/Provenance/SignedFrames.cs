using Backlot.Cli.Tests.Exports;
using Backlot.Cli.Tests.Support;

namespace Backlot.Cli.Tests.Provenance;

/// <summary>The sample rendered (small frames), its frames exported signed, and the production's root written beside them.</summary>
public sealed class SignedFrames : IAsyncLifetime
{
    public RenderedSample Sample { get; } = new();

    public DataFolder Data => Sample.Data;

    public string Folder => Data.File("frames");

    public string RootPem => Data.File("root.pem");

    public IReadOnlyList<string> Files { get; private set; } = [];

    public CliResult Export { get; private set; } = new(0, "", "");

    public async ValueTask InitializeAsync()
    {
        await Sample.InitializeAsync();
        Export = await Data.RunAsync("export", "frames", "-o", Folder, "--json");
        Assert.True(Export.ExitCode == 0, Export.ToString());
        var keys = await Data.RunAsync("keys", "show", "--root-pem", RootPem);
        Assert.True(keys.ExitCode == 0, keys.ToString());
        Files = [.. Directory.EnumerateFiles(Folder).Order(StringComparer.Ordinal)];
    }

    public ValueTask DisposeAsync() => Sample.DisposeAsync();
}
