using System.Net;
using System.Text;
using Medborgardialog.Api.Infrastructure.Auth;
using Medborgardialog.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Medborgardialog.Api.Tests.Features;

/// <summary>
/// Every endpoint × anonymous and each role. A new endpoint without a row here fails
/// <see cref="Every_endpoint_has_a_row_in_the_matrix"/>: access is decided on purpose, never by accident.
/// </summary>
public sealed class AuthorizationMatrixTests : ApiTest
{
    private const string Anonymous = "Anonymous";

    private static readonly string[] Everyone = [Anonymous, .. Roles.All];
    private static readonly string[] SignedIn = [.. Roles.All];
    private static readonly string[] RunsDialogues = [Roles.Administrator, Roles.Official];
    private static readonly string[] AdministratorsOnly = [Roles.Administrator];
    private static readonly string[] Moderates = [Roles.Administrator, Roles.Moderator];

    /// <summary>Who may call what. Everyone else gets 401 (anonymous) or 403 (a role without the right).</summary>
    private static readonly Dictionary<string, string[]> Matrix = new()
    {
        ["GET /api/dialogues"] = Everyone,
        ["GET /api/dialogues/{id:guid}"] = Everyone,
        ["GET /api/dialogue-slugs/{slug}"] = Everyone,
        ["POST /api/dialogues"] = RunsDialogues,
        ["POST /api/dialogues/{id:guid}/publish"] = RunsDialogues,
        ["POST /api/dialogues/{id:guid}/open"] = RunsDialogues,
        ["POST /api/dialogues/{id:guid}/close"] = RunsDialogues,
        ["POST /api/dialogues/{id:guid}/cancel"] = RunsDialogues,
        ["GET /api/dialogues/{id:guid}/history"] = RunsDialogues,
        ["POST /api/dialogues/{id:guid}/sessions"] = RunsDialogues,
        ["PUT /api/dialogues/{id:guid}"] = RunsDialogues,
        ["POST /api/dialogues/{id:guid}/documents"] = RunsDialogues,
        ["GET /api/documents/{id:guid}"] = Everyone,
        ["GET /api/staff/dialogues"] = RunsDialogues,
        ["GET /api/staff/dialogues/{id:guid}"] = RunsDialogues,
        ["GET /api/districts"] = Everyone,
        ["GET /api/officials"] = Everyone,
        ["POST /api/dialogues/{id:guid}/opinions"] = Everyone,
        ["GET /api/receipts/{token}"] = Everyone,
        ["POST /api/receipts/{token}/withdraw"] = Everyone,
        ["DELETE /api/receipts/{token}/email"] = Everyone,
        ["PUT /api/dialogues/{id:guid}/questionnaire"] = RunsDialogues,
        ["PUT /api/dialogues/{id:guid}/map"] = RunsDialogues,
        ["GET /api/map"] = Everyone,
        ["GET /api/dialogues/{id:guid}/marks"] = Everyone,
        ["GET /api/staff/dialogues/{id:guid}/result/map"] = RunsDialogues,
        ["GET /api/staff/dialogues/{id:guid}/result/places"] = RunsDialogues,
        ["GET /api/staff/dialogues/{id:guid}/marks.geojson"] = RunsDialogues,
        ["PUT /api/dialogues/{id:guid}/translations/{language}"] = RunsDialogues,
        ["DELETE /api/dialogues/{id:guid}/translations/{language}"] = RunsDialogues,
        ["POST /api/dialogues/{id:guid}/offline-opinions"] = RunsDialogues,
        ["POST /api/dialogues/{id:guid}/offline-opinions/import"] = RunsDialogues,
        ["GET /api/dialogues/{id:guid}/offline-opinions/template.csv"] = RunsDialogues,
        ["GET /api/staff/dialogues/{id:guid}/reach"] = RunsDialogues,
        ["GET /api/staff/dialogues/{id:guid}/opinions"] = RunsDialogues,
        ["POST /api/dialogues/{id:guid}/themes"] = RunsDialogues,
        ["PUT /api/opinions/{id:guid}/themes"] = RunsDialogues,
        ["GET /api/staff/dialogues/{id:guid}/opinion-groups"] = RunsDialogues,
        ["POST /api/dialogues/{id:guid}/taggings"] = RunsDialogues,
        ["GET /api/staff/dialogues/{id:guid}/taggings"] = RunsDialogues,
        ["POST /api/taggings/{id:guid}/undo"] = RunsDialogues,
        ["GET /api/staff/themes/{id:guid}/similar"] = RunsDialogues,
        ["POST /api/dialogues/{id:guid}/theme-suggestions"] = RunsDialogues,
        ["GET /api/staff/dialogues/{id:guid}/theme-suggestions"] = RunsDialogues,
        ["PUT /api/theme-suggestions/{id:guid}/name"] = RunsDialogues,
        ["POST /api/theme-suggestions/{id:guid}/accept"] = RunsDialogues,
        ["POST /api/theme-suggestions/{id:guid}/reject"] = RunsDialogues,
        ["POST /api/theme-suggestions/{id:guid}/reopen"] = RunsDialogues,
        ["POST /api/theme-suggestions/{id:guid}/merge"] = RunsDialogues,
        ["POST /api/theme-suggestions/{id:guid}/split"] = RunsDialogues,
        ["PUT /api/dialogues/{id:guid}/result"] = RunsDialogues,
        ["GET /api/staff/dialogues/{id:guid}/result"] = RunsDialogues,
        ["POST /api/dialogues/{id:guid}/decision-basis"] = RunsDialogues,
        ["GET /api/staff/dialogues/{id:guid}/decision-basis.html"] = RunsDialogues,
        ["GET /api/staff/dialogues/{id:guid}/opinions.csv"] = RunsDialogues,
        ["POST /api/dialogues/{id:guid}/decision"] = RunsDialogues,
        ["POST /api/dialogues/{id:guid}/feedback"] = RunsDialogues,
        ["GET /api/staff/dialogues/{id:guid}/feedback"] = RunsDialogues,
        ["GET /api/dialogues/{id:guid}/feedback"] = Everyone,
        ["POST /api/feedback-unsubscriptions/{token}"] = Everyone,
        ["POST /api/follows"] = Everyone,
        ["POST /api/follow-confirmations"] = Everyone,
        ["GET /api/followers/{token}"] = Everyone,
        ["PUT /api/followers/{token}"] = Everyone,
        ["DELETE /api/followers/{token}"] = Everyone,
        ["POST /api/followers/{token}/unsubscribe"] = Everyone,
        ["POST /api/followers/{token}/follows"] = Everyone,
        ["DELETE /api/followers/{token}/follows/{followId:guid}"] = Everyone,
        ["GET /api/staff/local-mail"] = AdministratorsOnly,
        ["GET /api/staff/local-mail/{id}"] = AdministratorsOnly,
        ["POST /api/feedback-email-confirmations/{token}"] = Everyone,
        ["POST /api/officials"] = AdministratorsOnly,
        ["POST /api/sessions/{sessionId:guid}/sign-ups"] = Everyone,
        ["GET /api/calendar/sessions.ics"] = Everyone,
        ["GET /api/feeds/dialogues.atom"] = Everyone,
        ["GET /api/calendar/sessions/{sessionId:guid}.ics"] = Everyone,
        ["POST /api/account/sign-in"] = Everyone,
        ["POST /api/account/token"] = Everyone,
        ["POST /api/account/sign-out"] = SignedIn,
        ["GET /api/account/me"] = SignedIn,
        ["GET /api/account/antiforgery"] = Everyone,
        ["POST /api/account/accept-invitation"] = Everyone,
        ["POST /api/staff/invitations"] = AdministratorsOnly,
        ["GET /api/dialogues/{id:guid}/opinions"] = Everyone,
        ["POST /api/opinions/{id:guid}/reports"] = Everyone,
        ["PUT /api/dialogues/{id:guid}/moderation"] = RunsDialogues,
        ["GET /api/moderation/queue"] = Moderates,
        ["GET /api/moderation/log"] = Moderates,
        ["POST /api/moderation/opinions/{id:guid}/approve"] = Moderates,
        ["POST /api/moderation/opinions/{id:guid}/hide"] = Moderates,
        ["POST /api/moderation/opinions/{id:guid}/spam"] = Moderates,
        ["POST /api/moderation/opinions/{id:guid}/police-report"] = Moderates,
        ["GET /api/moderation/opinions/{id:guid}/police-report"] = Moderates,
        ["GET /api/staff/compliance"] = RunsDialogues,
        ["PUT /api/dialogues/{id:guid}/reach-explanations/{group}"] = RunsDialogues,
        ["GET /api/transparency/{year:int}"] = Everyone,
        ["GET /api/transparency/{year:int}.csv"] = Everyone,
        ["POST /api/webhooks"] = AdministratorsOnly,
        ["GET /api/webhooks"] = AdministratorsOnly,
        ["GET /api/webhooks/{id:guid}"] = AdministratorsOnly,
        ["PUT /api/webhooks/{id:guid}"] = AdministratorsOnly,
        ["DELETE /api/webhooks/{id:guid}"] = AdministratorsOnly,
        ["POST /api/webhooks/{id:guid}/secret"] = AdministratorsOnly,
        ["GET /api/webhooks/{id:guid}/deliveries"] = AdministratorsOnly,
    };

    [Test]
    public void Every_endpoint_has_a_row_in_the_matrix() =>
        ApiEndpoints().Should().BeEquivalentTo(Matrix.Keys, "every endpoint needs a decided row in the authorization matrix");

    [TestCaseSource(nameof(Callers))]
    public async Task Each_caller_gets_exactly_the_access_the_matrix_gives(string caller)
    {
        using var client = caller == Anonymous ? Factory.CreateClient() : await Staff.SignedInAsync(Factory, caller);

        var wrong = new List<string>();
        foreach (var (endpoint, allowed) in Matrix)
        {
            var status = await CallAsync(client, endpoint);
            var expected = allowed.Contains(caller) ? "allowed" : caller == Anonymous ? "401" : "403";
            var actual = status switch
            {
                HttpStatusCode.Unauthorized => "401",
                HttpStatusCode.Forbidden => "403",
                _ => "allowed",
            };
            if (actual != expected)
            {
                wrong.Add($"{endpoint}: expected {expected}, got {(int)status}");
            }
        }

        wrong.Should().BeEmpty();
    }

    private static string[] Callers() => Everyone;

    private static List<string> ApiEndpoints() =>
        Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"])
                .Select(m => $"{m} {e.RoutePattern.RawText!.TrimEnd('/')}"))
            .ToList();

    private static Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata? ApiEndpointMetadata(string endpoint) =>
        Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => $"{e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods[0]} {e.RoutePattern.RawText?.TrimEnd('/')}" == endpoint)
            .Select(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>())
            .FirstOrDefault();

    /// <summary>Calls the endpoint with placeholder route values and an empty JSON object: enough to pass or fail authorization.</summary>
    private static async Task<HttpStatusCode> CallAsync(HttpClient client, string endpoint)
    {
        var multipart = ApiEndpointMetadata(endpoint)?.ContentTypes.Contains("multipart/form-data") == true;
        var (method, template) = (endpoint.Split(' ')[0], endpoint.Split(' ')[1]);
        var path = System.Text.RegularExpressions.Regex.Replace(template, @"\{[^}]+\}", Guid.NewGuid().ToString());
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (multipart)
        {
            request.Content = new MultipartFormDataContent { { new StringContent("x"), "title" } };
        }
        else if (method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
