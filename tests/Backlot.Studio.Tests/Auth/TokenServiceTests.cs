using Backlot.Studio.Auth;
using Backlot.Studio.Productions;
using Backlot.Studio.Queries;
using Backlot.Studio.Tests.Support;

namespace Backlot.Studio.Tests.Auth;

public sealed class TokenServiceTests
{
    private static CancellationToken Ct => StudioHarness.Ct;

    [Fact]
    public async Task EnsureAdminToken_CreatesItOnce_AndThenReusesIt()
    {
        await using var studio = StudioHarness.Create();
        var tokens = studio.Get<TokenService>();

        var (first, created) = await tokens.EnsureAdminTokenAsync(Ct);
        var (second, createdAgain) = await tokens.EnsureAdminTokenAsync(Ct);

        Assert.True(created);
        Assert.False(createdAgain);
        Assert.Equal(first, second);
        Assert.StartsWith(TokenService.Prefix, first, StringComparison.Ordinal);
        Assert.Equal(first, (await File.ReadAllTextAsync(studio.Options.AdminTokenPath, Ct)).Trim());
        var scope = await tokens.ValidateAsync(first, Ct);
        Assert.NotNull(scope);
        Assert.True(scope.IsAdmin);
    }

    [Fact]
    public async Task EnsureAdminToken_KeepsTheFileReadableByItsOwnerOnly()
    {
        if (OperatingSystem.IsWindows())
            Assert.Skip("Unix file modes only");
        await using var studio = StudioHarness.Create();

        await studio.Get<TokenService>().EnsureAdminTokenAsync(Ct);

        var mode = OperatingSystem.IsWindows() ? default : File.GetUnixFileMode(studio.Options.AdminTokenPath);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, mode);
    }

    [Fact]
    public async Task EnsureAdminToken_WhenTheSavedTokenIsUnknown_MakesANewOne()
    {
        await using var studio = StudioHarness.Create();
        await studio.Get<StudioDatabase>().EnsureReadyAsync(Ct);
        await File.WriteAllTextAsync(studio.Options.AdminTokenPath, TokenService.Prefix + "forged\n", Ct);

        var (token, created) = await studio.Get<TokenService>().EnsureAdminTokenAsync(Ct);

        Assert.True(created);
        Assert.NotEqual(TokenService.Prefix + "forged", token);
        Assert.Null(await studio.Get<TokenService>().ValidateAsync(TokenService.Prefix + "forged", Ct));
    }

    [Fact]
    public async Task MemberToken_SeesOnlyItsProductions()
    {
        await using var studio = StudioHarness.Create();
        var reel = await studio.ImportSampleAsync();
        var (other, _) = await studio.Get<ProductionService>().GetOrCreateAsync("Another Film", Ct);
        var tokens = studio.Get<TokenService>();

        var (token, row) = await tokens.CreateAsync("editor", "member", [reel.ProductionId], Ct);
        var scope = await tokens.ValidateAsync(token, Ct);

        Assert.NotEqual(token, row.TokenHash);
        Assert.Equal(TokenService.Hash(token), row.TokenHash);
        Assert.NotNull(scope);
        Assert.False(scope.IsAdmin);
        Assert.True(scope.CanSee(reel.ProductionId));
        Assert.False(scope.CanSee(other.Id));
        var visible = await studio.Get<StudioQueries>().ProductionsAsync(scope, Ct);
        Assert.Equal([reel.ProductionId], visible.Select(p => p.Id));
        await Assert.ThrowsAsync<StudioException>(() => studio.Get<StudioQueries>().ShotsAsync(scope, other.Id, null, Ct));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("blt_0000000000000000000000000000000000000000000000000000000000000000")]
    public async Task Validate_OfAnUnknownToken_IsNull(string? token)
    {
        await using var studio = StudioHarness.Create();
        await studio.Get<TokenService>().EnsureAdminTokenAsync(Ct);

        Assert.Null(await studio.Get<TokenService>().ValidateAsync(token, Ct));
    }

    [Fact]
    public async Task Create_WithAnUnknownRole_IsRejectedNamingIt()
    {
        await using var studio = StudioHarness.Create();

        var e = await Assert.ThrowsAsync<StudioException>(() => studio.Get<TokenService>().CreateAsync("x", "owner", [], Ct));

        Assert.Contains("'owner'", e.Message, StringComparison.Ordinal);
    }
}
