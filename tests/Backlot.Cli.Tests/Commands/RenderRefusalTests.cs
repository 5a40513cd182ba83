using Backlot.Cli.Tests.Support;

namespace Backlot.Cli.Tests.Commands;

/// <summary>The sample imported once; every test here asks for a render that must be refused, so none changes it.</summary>
public sealed class ImportedSample : IAsyncLifetime
{
    public DataFolder Data { get; } = new();

    public async ValueTask InitializeAsync()
    {
        var import = await Data.RunAsync("import", RepoPaths.SampleScript);
        if (import.ExitCode != 0)
            throw new InvalidOperationException(import.ToString());
    }

    public ValueTask DisposeAsync()
    {
        Data.Dispose();
        return ValueTask.CompletedTask;
    }
}

public sealed class RenderRefusalTests(ImportedSample sample) : IClassFixture<ImportedSample>
{
    [Theory]
    [InlineData("--set", "focus=2", "engine 'previs' has no knob 'focus'")]
    [InlineData("--set", "lens=5", "knob 'lens' must be between 8 and 600")]
    [InlineData("--set", "lens", "--set 'lens': expected NAME=VALUE")]
    [InlineData("--shot", "99Z", "shot 99Z in 'THE LAST REEL' was not found")]
    [InlineData("--production", "Another Film", "production 'Another Film' was not found")]
    public async Task Render_WithABadSelection_FailsWithOneLineNamingIt_AndQueuesNothing(string option, string value, string problem)
    {
        var result = await sample.Data.RunAsync("render", option, value, "--json");

        Assert.True(result.ExitCode != 0, result.ToString());
        var line = Assert.Single(result.StderrLines);
        Assert.StartsWith("backlot: ", line, StringComparison.Ordinal);
        Assert.Contains(problem, line, StringComparison.Ordinal);
        Assert.Equal("", result.Stdout);
        Assert.Empty(StudioDb.Takes(sample.Data.Database));
    }
}
