using Backlot.Studio;

namespace Backlot.Server.Features;

/// <summary>A use case's refusal becomes a problem response: 404 for what the caller cannot see, 400, 409, 403.</summary>
internal sealed class StudioErrorFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (StudioException e)
        {
            var status = e.Kind switch
            {
                StudioErrorKind.NotFound => StatusCodes.Status404NotFound,
                StudioErrorKind.Conflict => StatusCodes.Status409Conflict,
                StudioErrorKind.Refused => StatusCodes.Status403Forbidden,
                _ => StatusCodes.Status400BadRequest,
            };
            return Results.Problem(detail: e.Message, statusCode: status);
        }
    }
}
