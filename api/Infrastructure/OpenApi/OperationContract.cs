using System.Text;
using Medborgardialog.Api.Infrastructure.Auth;
using Medborgardialog.Api.Infrastructure.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Medborgardialog.Api.Infrastructure.OpenApi;

/// <summary>
/// What every operation's contract says, derived from the endpoint's own metadata so it cannot drift: who may call it
/// (security requirements and the roles in words), every status it can answer (401/403 for staff operations, 404 where
/// a path names a resource, 400/413/415 where there is input, 429 where it is rate limited, 503 when the database is
/// away) with the one problem schema, and a description with those facts.
/// </summary>
public sealed class OperationContract(IOptions<AuthorizationOptions> authorization) : IOperationFilter
{
    public const string CookieScheme = "staffCookie";
    public const string AntiforgeryScheme = "antiforgeryHeader";
    public const string BearerScheme = "bearerToken";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        var method = context.ApiDescription.HttpMethod ?? "GET";
        var unsafeMethod = !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method));
        var facts = new StringBuilder();
        operation.Responses ??= [];

        var anonymous = metadata.OfType<IAllowAnonymous>().Any();
        var policies = metadata.OfType<IAuthorizeData>().Select(a => a.Policy).OfType<string>().Distinct().ToList();
        var secured = !anonymous && metadata.OfType<IAuthorizeData>().Any();
        if (secured)
        {
            var roles = policies
                .SelectMany(p => authorization.Value.GetPolicy(p)?.Requirements.OfType<RolesAuthorizationRequirement>() ?? [])
                .SelectMany(r => r.AllowedRoles)
                .Distinct()
                .ToList();
            facts.Append(roles.Count > 0
                ? $"**Who may call it:** staff signed in with the role {string.Join(" or ", roles)}."
                : "**Who may call it:** any signed-in member of staff.");
            facts.Append(unsafeMethod
                ? " Sign in with a cookie (`POST /api/account/sign-in`) and send the `X-XSRF-TOKEN` header from `GET /api/account/antiforgery`, or send a bearer token (`POST /api/account/token`)."
                : " Sign in with a cookie (`POST /api/account/sign-in`) or send a bearer token (`POST /api/account/token`).");
            operation.Security = [Requirement(context.Document, unsafeMethod ? [CookieScheme, AntiforgeryScheme] : [CookieScheme]), Requirement(context.Document, [BearerScheme])];
            AddProblem(operation, context, StatusCodes.Status401Unauthorized, "Not signed in, or the sign-in has expired (`auth.required`).");
            if (roles.Count > 0)
            {
                AddProblem(operation, context, StatusCodes.Status403Forbidden, "Signed in, but without a role that may do this (`auth.forbidden`).");
            }
        }
        else
        {
            facts.Append("**Who may call it:** anyone, without signing in.");
            operation.Security = [new OpenApiSecurityRequirement()];
        }

        foreach (var declared in metadata.OfType<Http.EnumParameter>())
        {
            if (operation.Parameters?.FirstOrDefault(p => p.Name == declared.Parameter) is OpenApiParameter parameter)
            {
                parameter.Schema = context.SchemaGenerator.GenerateSchema(declared.EnumType, context.SchemaRepository);
            }
        }

        var hasBody = operation.RequestBody is not null;
        // Any parameter can be refused: a query value of the wrong type, a token or slug too long, an empty id.
        var hasInput = hasBody || operation.Parameters?.Count > 0;
        if (hasBody)
        {
            if (operation.RequestBody is OpenApiRequestBody body)
            {
                body.Required = true;
            }

            AddProblem(operation, context, StatusCodes.Status413PayloadTooLarge, "The request body is larger than allowed (`request.tooLarge`).");
            AddProblem(operation, context, StatusCodes.Status415UnsupportedMediaType, "The request body is not of a media type this operation reads (`request.unsupportedMediaType`).");
        }

        if (hasInput || (secured && unsafeMethod))
        {
            AddProblem(operation, context, StatusCodes.Status400BadRequest, secured && unsafeMethod
                ? "The input is not valid (`request.invalid`, with `fieldErrors`), cannot be read, or the anti-forgery header is missing."
                : "The input is not valid (`request.invalid`, with `fieldErrors`) or cannot be read.");
        }

        if (operation.Parameters?.Any(p => p.In == ParameterLocation.Path) == true)
        {
            AddProblem(operation, context, StatusCodes.Status404NotFound, "What the path names does not exist, or is not visible to the caller.");
        }

        var rateLimit = metadata.OfType<EnableRateLimitingAttribute>().FirstOrDefault();
        if (rateLimit is not null)
        {
            facts.Append(" **Rate limited** per client; past the limit the answer is 429 with `Retry-After`.");
            AddProblem(operation, context, StatusCodes.Status429TooManyRequests, "Too many requests from this client; wait the seconds in `Retry-After` (`rateLimit.exceeded`).");
        }

        if (metadata.OfType<IOutputCachePolicy>().Any() || metadata.OfType<OutputCacheAttribute>().Any())
        {
            facts.Append(" Answers are cached briefly for everyone and emptied when staff change what they show.");
        }

        if (operation.Parameters?.Any(p => p.In == ParameterLocation.Header && p.Name == "Idempotency-Key") == true)
        {
            facts.Append(" Send an `Idempotency-Key` header to make a retry safe: the same key and body answer the first result again.");
            AddProblem(operation, context, StatusCodes.Status422UnprocessableEntity, "The `Idempotency-Key` was already used with a different request (`idempotency.keyReused`).");
        }

        AddProblem(operation, context, StatusCodes.Status503ServiceUnavailable, "The database is briefly unavailable; try again after `Retry-After` seconds (`service.unavailable`).");

        // Every problem answer, whatever declared it, is the one problem schema.
        foreach (var (status, response) in operation.Responses)
        {
            if (status.Length == 3 && status[0] is '4' or '5' && response is OpenApiResponse r && IsProblem(r))
            {
                r.Content = ProblemContent(context);
                if (string.IsNullOrEmpty(r.Description) || r.Description == ReasonPhrase(status))
                {
                    r.Description = ReasonPhrase(status);
                }
            }
        }

        operation.Responses = Sorted(operation.Responses);
        var lead = operation.Description ?? operation.Summary ?? "";
        operation.Description = string.IsNullOrWhiteSpace(lead) ? facts.ToString() : $"{lead}\n\n{facts}";
    }

    private static OpenApiSecurityRequirement Requirement(OpenApiDocument document, string[] schemes)
    {
        var requirement = new OpenApiSecurityRequirement();
        foreach (var scheme in schemes)
        {
            requirement[new OpenApiSecuritySchemeReference(scheme, document)] = [];
        }

        return requirement;
    }

    private static void AddProblem(OpenApiOperation operation, OperationFilterContext context, int status, string description)
    {
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (operation.Responses!.TryGetValue(key, out var existing) && existing is OpenApiResponse declared)
        {
            if (string.IsNullOrEmpty(declared.Description) || declared.Description == ReasonPhrase(key))
            {
                declared.Description = IsProblem(declared) ? description : ReasonPhrase(key);
            }

            return;
        }

        operation.Responses[key] = new OpenApiResponse { Description = description, Content = ProblemContent(context) };
    }

    /// <summary>A declared error answer that is (or will be) a problem document; health's plain-text 503 is not.</summary>
    private static bool IsProblem(OpenApiResponse response) =>
        response.Content is null || response.Content.Count == 0
        || response.Content.ContainsKey("application/json") || response.Content.ContainsKey("application/problem+json");

    private static Dictionary<string, IOpenApiMediaType> ProblemContent(OperationFilterContext context) => new()
    {
        ["application/problem+json"] = new OpenApiMediaType
        {
            Schema = context.SchemaGenerator.GenerateSchema(typeof(ApiProblem), context.SchemaRepository),
        },
    };

    private static string ReasonPhrase(string status) =>
        int.TryParse(status, out var code) ? Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(code) : status;

    private static OpenApiResponses Sorted(OpenApiResponses responses)
    {
        var sorted = new OpenApiResponses();
        foreach (var (status, response) in responses.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            sorted[status] = response;
        }

        return sorted;
    }
}
