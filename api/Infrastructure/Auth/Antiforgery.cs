using Microsoft.AspNetCore.Antiforgery;

namespace Medborgardialog.Api.Infrastructure.Auth;

/// <summary>
/// Cross-site request forgery protection for cookie sign-in: every unsafe request (POST, PUT, PATCH, DELETE)
/// authenticated by the staff cookie must carry the token from <c>GET /api/account/antiforgery</c> in the
/// <c>X-XSRF-TOKEN</c> header. Bearer-token callers and anonymous residents are not affected (no ambient cookie).
/// </summary>
public static class Antiforgery
{
    public const string HeaderName = "X-XSRF-TOKEN";

    /// <summary>The request token for the SPA; the matching cookie is set on the response.</summary>
    public sealed record AntiforgeryToken(string Token, string HeaderName);

    internal static Microsoft.AspNetCore.Http.HttpResults.Ok<AntiforgeryToken> IssueToken(HttpContext context, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new AntiforgeryToken(tokens.RequestToken!, HeaderName));
    }

    public static WebApplication UseCookieAntiforgery(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var method = context.Request.Method;
            var unsafeMethod = !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method));
            var byBearer = context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
            if (unsafeMethod && !byBearer && context.User.Identity is { IsAuthenticated: true })
            {
                var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
                if (!await antiforgery.IsRequestValidAsync(context))
                {
                    context.Response.StatusCode = StatusCodes.Status400BadRequest;
                    await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                    {
                        HttpContext = context,
                        ProblemDetails =
                        {
                            Status = StatusCodes.Status400BadRequest,
                            Title = "The request is missing its anti-forgery token.",
                            Detail = $"Signed-in requests that change data must send the {HeaderName} header from GET /api/account/antiforgery.",
                            Extensions = { ["code"] = Domain.ProblemCodes.AntiforgeryMissing },
                        },
                    });
                    return;
                }
            }

            await next();
        });
        return app;
    }
}
