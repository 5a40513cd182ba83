using Backlot.Cli.Tests.Support;

namespace Backlot.Cli.Tests.Commands;

public sealed class HelpTests
{
    [Theory]
    [InlineData("")]
    [InlineData("demo")]
    [InlineData("import")]
    [InlineData("productions")]
    [InlineData("shots")]
    [InlineData("render")]
    [InlineData("engines")]
    [InlineData("serve")]
    [InlineData("worker")]
    [InlineData("token")]
    [InlineData("token create")]
    [InlineData("token admin")]
    public async Task Help_OfEveryCommand_PrintsUsageAndExitsZero(string command)
    {
        var args = command.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        var result = await BacklotProcess.RunAsync([.. args, "--help"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Usage:", result.Stdout, StringComparison.Ordinal);
        Assert.Contains($"backlot {command}".Trim(), result.Stdout, StringComparison.Ordinal);
        Assert.Contains("--data", result.Stdout, StringComparison.Ordinal);
        Assert.Equal("", result.Stderr);
    }
}
