using Backlot.Studio.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Backlot.Server.Auth;

/// <summary>The studio's sign-in: a form posts the token, which becomes a cookie session.</summary>
internal static class LoginEndpoints
{
    public static void MapLoginEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/auth/login", async (HttpContext http, TokenService tokens) =>
        {
            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            var returnUrl = form["returnUrl"].ToString();
            if (string.IsNullOrEmpty(returnUrl) || !returnUrl.StartsWith('/') || returnUrl.StartsWith("//", StringComparison.Ordinal))
                returnUrl = "/";
            var scope = await tokens.ValidateAsync(form["token"].ToString(), http.RequestAborted);
            if (scope is null)
                return Results.Redirect($"/login?failed=1&returnUrl={Uri.EscapeDataString(returnUrl)}");
            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, scope.ToPrincipal(CookieAuthenticationDefaults.AuthenticationScheme));
            return Results.LocalRedirect(returnUrl);
        }).DisableAntiforgery().ExcludeFromDescription();

        app.MapPost("/auth/logout", async (HttpContext http) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect("/login");
        }).DisableAntiforgery().ExcludeFromDescription();
    }
}
