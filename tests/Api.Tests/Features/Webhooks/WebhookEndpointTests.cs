using System.Net;
using System.Net.Http.Json;
using Medborgardialog.Api.Features.Webhooks;
using Medborgardialog.Api.Features.Webhooks.Common;
using Medborgardialog.Api.Infrastructure.Auth;
using Medborgardialog.Api.Tests.Infrastructure;

namespace Medborgardialog.Api.Tests.Features.Webhooks;

/// <summary>Administrators register, list, change, rotate and delete webhook endpoints; what is refused is refused whole,
/// with a code per field, and production's rules hold (https only, never the server itself or a private network).</summary>
public sealed class WebhookEndpointTests : ApiTest
{
    private HttpClient _admin = null!;

    [SetUp]
    public async Task SignInAsync() => _admin = await Staff.SignedInAsync(Factory, Roles.Administrator);

    [TearDown]
    public void SignOut() => _admin.Dispose();

    private Task<HttpResponseMessage> RegisterAsync(object body) => _admin.PostAsJsonAsync("/api/webhooks", body, Json);

    [Test]
    public async Task An_administrator_registers_an_endpoint_sees_its_secret_once_and_manages_it()
    {
        var response = await RegisterAsync(new { url = "https://integration.example.se/hook", description = "Webbplatsen", events = new[] { "opened", "feedbackPublished" } });
        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var registered = await ReadAsync<WebhookSecretResponse>(response);
        response.Headers.Location!.ToString().Should().Be($"/api/webhooks/{registered.Endpoint.Id}");
        registered.Secret.Should().MatchRegex("^whsec_[A-Za-z0-9+/]{43}=$");
        registered.Endpoint.Should().Match<WebhookEndpointDto>(e => e.Url == "https://integration.example.se/hook" && e.Description == "Webbplatsen"
                                                                   && e.Active && e.SecretRotatedAt == null);

        var listed = await _admin.GetAsync("/api/webhooks");
        (await listed.Content.ReadAsStringAsync()).Should().NotContain("whsec_", "the secret is shown once, never listed");
        (await ReadAsync<List<WebhookEndpointDto>>(listed)).Should().ContainSingle().Which.Id.Should().Be(registered.Endpoint.Id);
        var one = await _admin.GetAsync($"/api/webhooks/{registered.Endpoint.Id}");
        (await one.Content.ReadAsStringAsync()).Should().NotContain("whsec_");

        var changed = await ReadAsync<WebhookEndpointDto>(await _admin.PutAsJsonAsync($"/api/webhooks/{registered.Endpoint.Id}",
            new { url = "https://integration.example.se/hook2", description = (string?)null, events = new[] { "closed" }, active = false }, Json));
        changed.Should().Match<WebhookEndpointDto>(e => e.Url == "https://integration.example.se/hook2" && e.Description == null && !e.Active);
        changed.Events.Should().Equal(Medborgardialog.Api.Domain.DialogueEventKind.Closed);

        var rotated = await ReadAsync<WebhookSecretResponse>(await _admin.PostAsync($"/api/webhooks/{registered.Endpoint.Id}/secret", null));
        rotated.Secret.Should().StartWith("whsec_").And.NotBe(registered.Secret);

        (await _admin.GetAsync($"/api/webhooks/{registered.Endpoint.Id}/deliveries")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await _admin.DeleteAsync($"/api/webhooks/{registered.Endpoint.Id}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await _admin.GetAsync($"/api/webhooks/{registered.Endpoint.Id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [TestCase("http://integration.example.se/hook", "invalidUrl", TestName = "Plain http is refused without Webhooks:AllowInsecure")]
    [TestCase("integration.example.se/hook", "invalidUrl", TestName = "A relative address is refused")]
    [TestCase("ftp://integration.example.se/hook", "invalidUrl", TestName = "An ftp address is refused")]
    [TestCase("https://127.0.0.1/", "privateAddress", TestName = "A loopback address is refused")]
    [TestCase("https://10.0.0.5/x", "privateAddress", TestName = "A private network address is refused")]
    [TestCase("https://192.168.1.20/x", "privateAddress", TestName = "A home network address is refused")]
    [TestCase("https://169.254.169.254/latest/meta-data", "privateAddress", TestName = "The link-local metadata address is refused")]
    [TestCase("https://[::1]/x", "privateAddress", TestName = "The IPv6 loopback is refused")]
    [TestCase("https://[fd00::1]/x", "privateAddress", TestName = "An IPv6 unique local address is refused")]
    [TestCase("https://0.0.0.0/x", "privateAddress", TestName = "The unspecified address is refused")]
    [TestCase("https://localhost/", "privateAddress", TestName = "localhost is refused")]
    [TestCase("https://api.localhost/", "privateAddress", TestName = "A subdomain of localhost is refused")]
    public async Task An_address_the_platform_does_not_send_to_is_refused_with_its_field_code(string url, string code)
    {
        var response = await RegisterAsync(new { url, description = (string?)null, events = new[] { "opened" } });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await ReadProblemAsync(response);
        problem.FieldErrors.Should().ContainSingle().Which.Should().Match<FieldErrorBody>(e => e.Field == "url" && e.Code == code);
        (await ReadAsync<List<WebhookEndpointDto>>(await _admin.GetAsync("/api/webhooks"))).Should().BeEmpty("nothing is half-written");
    }

    [Test]
    public async Task Events_must_be_known_at_least_one_and_each_once()
    {
        var empty = await ReadProblemAsync(await RegisterAsync(new { url = "https://integration.example.se/hook", description = (string?)null, events = Array.Empty<string>() }));
        empty.FieldErrors.Should().ContainSingle().Which.Should().Match<FieldErrorBody>(e => e.Field == "events" && e.Code == "required");

        var twice = await ReadProblemAsync(await RegisterAsync(new { url = "https://integration.example.se/hook", description = (string?)null, events = new[] { "opened", "opened" } }));
        twice.FieldErrors.Should().ContainSingle().Which.Should().Match<FieldErrorBody>(e => e.Field == "events" && e.Code == "duplicate");

        var unknown = await RegisterAsync(new { url = "https://integration.example.se/hook", description = (string?)null, events = new[] { "opened", "demolished" } });
        unknown.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ReadProblemAsync(unknown)).FieldErrors.Should().ContainSingle().Which.Field.Should().StartWith("events");

        var changing = await ReadProblemAsync(await _admin.PutAsJsonAsync($"/api/webhooks/{Guid.NewGuid()}",
            new { url = "https://10.1.2.3/", description = (string?)null, events = Array.Empty<string>(), active = true }, Json));
        changing.FieldErrors!.Select(e => (e.Field, e.Code)).Should().BeEquivalentTo([("url", "privateAddress"), ("events", "required")]);
        (await ReadAsync<List<WebhookEndpointDto>>(await _admin.GetAsync("/api/webhooks"))).Should().BeEmpty();
    }

    [Test]
    public async Task An_unknown_endpoint_is_not_found()
    {
        var id = Guid.NewGuid();
        var body = new { url = "https://integration.example.se/hook", description = (string?)null, events = new[] { "opened" }, active = true };
        foreach (var response in new[]
                 {
                     await _admin.GetAsync($"/api/webhooks/{id}"),
                     await _admin.PutAsJsonAsync($"/api/webhooks/{id}", body, Json),
                     await _admin.DeleteAsync($"/api/webhooks/{id}"),
                     await _admin.PostAsync($"/api/webhooks/{id}/secret", null),
                     await _admin.GetAsync($"/api/webhooks/{id}/deliveries"),
                 })
        {
            response.StatusCode.Should().Be(HttpStatusCode.NotFound);
            (await ReadProblemAsync(response)).Code.Should().Be("webhook.notFound");
        }
    }

    [Test]
    public async Task Only_administrators_manage_webhooks()
    {
        var body = new { url = "https://integration.example.se/hook", description = (string?)null, events = new[] { "opened" } };
        (await Official.PostAsJsonAsync("/api/webhooks", body, Json)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await Official.GetAsync("/api/webhooks")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        using var moderator = await Staff.SignedInAsync(Factory, Roles.Moderator);
        (await moderator.GetAsync("/api/webhooks")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await Client.GetAsync("/api/webhooks")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }
}
