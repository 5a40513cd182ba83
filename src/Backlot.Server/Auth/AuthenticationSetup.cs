using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Backlot.Server.Auth;

internal static class AuthenticationSetup
{
    public const string Policy = "Backlot";

    /// <summary>
    /// API callers present a bearer token; the studio signs in once with a token and then holds a cookie.
    /// A request with an Authorization header is judged by the token only. Under /api a missing or bad
    /// credential is 401, never a redirect.
    /// </summary>
    public static IServiceCollection AddBacklotAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(Policy)
            .AddPolicyScheme(Policy, "Bearer token or studio cookie", o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Headers.Authorization.Count > 0 ? TokenAuthenticationHandler.SchemeName : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, TokenAuthenticationHandler>(TokenAuthenticationHandler.SchemeName, null)
            .AddCookie(o =>
            {
                o.Cookie.Name = "backlot";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.ExpireTimeSpan = TimeSpan.FromHours(12);
                o.LoginPath = "/login";
                o.Events.OnRedirectToLogin = ctx => ApiOr(ctx, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = ctx => ApiOr(ctx, StatusCodes.Status403Forbidden);
            });
        services.AddAuthorization();
        return services;
    }

    private static Task ApiOr(RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
            ctx.Response.StatusCode = status;
        else
            ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}
