using Backlot.Studio.Renders;
using Backlot.Studio.Signing;
using Backlot.Studio.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Backlot.Studio.Tests.Signing;

/// <summary>BACKLOT_TSA_URL: frames are time-stamped when signed, and a time-stamp authority that fails stops the export.</summary>
public sealed class TimeStampingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Options_ReadTheTimeStampAuthorityFromTheEnvironment()
    {
        var options = StudioOptions.Resolve("data", name => name == StudioOptions.TimeStampEnvironmentVariable ? "https://tsa.example.org/tsr" : null);

        Assert.Equal(new Uri("https://tsa.example.org/tsr"), options.TimeStampAuthority);
        Assert.Null(StudioOptions.Resolve("data", _ => null).TimeStampAuthority);
    }

    [Theory]
    [InlineData("ftp://tsa.example.org")]
    [InlineData("not a url")]
    public void Options_WithABadTimeStampUrl_NameTheVariable(string value)
    {
        var error = Assert.Throws<StudioException>(() => StudioOptions.Resolve("data", name => name == StudioOptions.TimeStampEnvironmentVariable ? value : null));

        Assert.Contains("BACKLOT_TSA_URL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_WithAnUnreachableTimeStampAuthority_FailsNamingIt_AndSignsNothingWithout()
    {
        var tsa = new Uri("http://127.0.0.1:9/tsr");
        await using var studio = StudioHarness.Create(services => services.AddSingleton(sp => new TimeStamping(new StudioOptions
        {
            DataDirectory = sp.GetRequiredService<StudioOptions>().DataDirectory,
            Database = sp.GetRequiredService<StudioOptions>().Database,
            TimeStampAuthority = tsa,
        })));
        var import = await studio.ImportSmallSampleAsync();
        var (_, states) = await studio.RenderAsync(new RenderSelection(import.ProductionId.ToString(), Scene: "1"));

        var error = await Assert.ThrowsAsync<StudioException>(() => studio.Get<FrameSigner>().SignTakeAsync(states[0].TakeId, cancellationToken: Ct));

        Assert.Contains($"time-stamp authority ({tsa})", error.Message, StringComparison.Ordinal);
    }
}
