using Backlot.Cli.Tests.Support;

namespace Backlot.Cli.Tests;

public sealed class CliOutputFolderTests
{
    [Theory]
    [InlineData("backlot.dll")]
    [InlineData("backlot.runtimeconfig.json")]
    [InlineData("backlot.deps.json")]
    public void TheBacklotCommand_IsCopiedBesideTheTests(string file)
    {
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, file)), $"{file} is not in {AppContext.BaseDirectory}");
    }
}
