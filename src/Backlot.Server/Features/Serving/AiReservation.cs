using System.Text;

namespace Backlot.Server.Features.Serving;

/// <summary>
/// What the server tells machines that read it: every response reserves text and data mining (TDMRep's
/// <c>TDM-Reservation: 1</c>) and asks not to be used for AI (<c>X-Robots-Tag: noai, noimageai</c>); /robots.txt turns
/// known AI crawlers away from everything and every crawler away from /api; /.well-known/tdmrep.json says the same for the whole site.
/// </summary>
internal static class AiReservation
{
    /// <summary>User agents of crawlers that gather training data for AI models (and the opt-out tokens some of them read).</summary>
    public static readonly IReadOnlyList<string> AiCrawlers =
    [
        "GPTBot", "ChatGPT-User", "OAI-SearchBot", "ClaudeBot", "Claude-Web", "anthropic-ai", "CCBot", "Google-Extended",
        "GoogleOther", "PerplexityBot", "Bytespider", "Amazonbot", "Applebot-Extended", "meta-externalagent", "FacebookBot",
        "Diffbot", "cohere-ai", "omgili", "ImagesiftBot", "Timpibot", "YouBot", "AI2Bot",
    ];

    public static IApplicationBuilder UseAiReservation(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers["TDM-Reservation"] = "1";
                context.Response.Headers["X-Robots-Tag"] = "noai, noimageai";
                return Task.CompletedTask;
            });
            await next(context);
        });

    public static void MapAiReservation(this IEndpointRouteBuilder app)
    {
        app.MapGet("/robots.txt", () => Results.Text(RobotsTxt(), "text/plain", Encoding.UTF8)).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/.well-known/tdmrep.json", () => Results.Text("""[{"location":"/*","tdm-reservation":1}]""", "application/json", Encoding.UTF8))
            .AllowAnonymous().ExcludeFromDescription();
    }

    internal static string RobotsTxt()
    {
        var text = new StringBuilder();
        foreach (var agent in AiCrawlers)
            text.Append("User-agent: ").Append(agent).Append('\n');
        text.Append("Disallow: /\n\n");
        text.Append("User-agent: *\nDisallow: /api/\nDisallow: /auth/\n");
        return text.ToString();
    }
}
