using System.Security.Claims;
using System.Text.Encodings.Web;
using Backlot.Studio.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Backlot.Server.Auth;

/// <summary>`Authorization: Bearer blt_…`: an API token checked against its stored hash.</summary>
internal sealed class TokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, TokenService tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(header))
            return AuthenticateResult.NoResult();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return AuthenticateResult.Fail("the Authorization header must be 'Bearer <token>'");
        var scope = await tokens.ValidateAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        return scope is null
            ? AuthenticateResult.Fail("the token is unknown or revoked")
            : AuthenticateResult.Success(new AuthenticationTicket(scope.ToPrincipal(SchemeName), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer realm=\"backlot\"";
        return Task.CompletedTask;
    }
}

internal static class ScopeClaims
{
    public const string Role = "backlot:role";
    public const string Production = "backlot:production";

    public static ClaimsPrincipal ToPrincipal(this AccessScope scope, string scheme)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, scope.Subject), new(Role, scope.IsAdmin ? "admin" : "member") };
        claims.AddRange(scope.ProductionIds.Select(id => new Claim(Production, id.ToString())));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    /// <summary>The caller's scope; an unauthenticated caller sees nothing.</summary>
    public static AccessScope ToScope(this ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
            return new AccessScope("anonymous", false, []);
        return new AccessScope(
            user.Identity.Name ?? "unknown",
            user.HasClaim(Role, "admin"),
            [.. user.FindAll(Production).Select(c => Guid.Parse(c.Value))]);
    }
}
