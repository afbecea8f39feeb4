using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Mediator;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Features.Follows;
using Medborgardialog.Api.Features.Webhooks;
using Medborgardialog.Api.Features.Webhooks.Common;
using Medborgardialog.Api.Infrastructure.Auth;
using Medborgardialog.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Medborgardialog.Api.Tests.Features.Webhooks;

/// <summary>
/// Webhooks through the ledger to a real HTTP listener on a loopback port: one signed delivery per endpoint and step,
/// the signature checked here with our own HMAC, retried after a failure until the receiver takes it — exactly once.
/// </summary>
public sealed class WebhookDeliveryTests : ApiTest
{
    private const string PublicUrl = "https://medborgardialog.karlskoga.se";
    private WebhookReceiver _receiver = null!;
    private ApiFactory _app = null!;
    private HttpClient _admin = null!;
    private HttpClient _official = null!;

    private static ApiFactory App(bool allowPrivateTargets) =>
        new(TestEnvironment.Database.ConnectionString, new Dictionary<string, string?>
        {
            ["Database:MigrateOnStartup"] = "false",
            ["Web:PublicUrl"] = PublicUrl,
            ["Webhooks:AllowInsecure"] = "true",
            ["Webhooks:AllowPrivateTargets"] = allowPrivateTargets ? "true" : "false",
            ["Webhooks:TimeoutSeconds"] = "5",
        });

    [SetUp]
    public async Task StartAsync()
    {
        _receiver = new WebhookReceiver();
        _receiver.Start();
        _app = App(allowPrivateTargets: true);
        _app.Clock.Set(TestClock.Start);
        _admin = await Staff.SignedInAsync(_app, Roles.Administrator);
        _official = await Staff.SignedInAsync(_app, Roles.Official);
    }

    [TearDown]
    public async Task StopAsync()
    {
        _admin.Dispose();
        _official.Dispose();
        await _app.DisposeAsync();
        _receiver.Dispose();
    }

    private async Task<WebhookSecretResponse> RegisterAsync(params string[] events)
    {
        var response = await _admin.PostAsJsonAsync("/api/webhooks", new { url = _receiver.Url, description = "Kommunens webbplats", events }, Json);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await ReadAsync<WebhookSecretResponse>(response);
    }

    private static async Task<T> SendAsync<T>(ApiFactory app, Mediator.ICommand<T> command)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command);
    }

    /// <summary>What the jobs would do: distribute the new steps, then send the due deliveries.</summary>
    private async Task<SendWebhookDeliveriesResponse> RunJobsAsync(ApiFactory? app = null)
    {
        await SendAsync(app ?? _app, new DistributeDialogueEventsCommand());
        return await SendAsync(app ?? _app, new SendWebhookDeliveriesCommand());
    }

    /// <summary>The delivery log, read by a freshly signed-in administrator (a bearer token lasts an hour; tests move the clock by days).</summary>
    private async Task<WebhookDeliveriesPage> LogAsync(Guid endpointId)
    {
        using var admin = await Staff.SignedInAsync(_app, Roles.Administrator);
        var response = await admin.GetAsync($"/api/webhooks/{endpointId}/deliveries");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return await ReadAsync<WebhookDeliveriesPage>(response);
    }

    /// <summary>The Standard Webhooks signature, computed here independently of the API's code.</summary>
    private static string Sign(string secret, ReceivedWebhook hook)
    {
        secret.Should().StartWith("whsec_");
        var key = Convert.FromBase64String(secret["whsec_".Length..]);
        var mac = new HMACSHA256(key).ComputeHash(Encoding.UTF8.GetBytes($"{hook.Id}.{hook.Timestamp}.{hook.Body}"));
        return "v1," + Convert.ToBase64String(mac);
    }

    [Test]
    public async Task A_registered_endpoint_gets_one_signed_delivery_per_step_with_the_dialogues_public_facts()
    {
        var registered = await RegisterAsync("announced", "opened", "closed");
        Convert.FromBase64String(registered.Secret["whsec_".Length..]).Should().HaveCount(32);
        registered.Endpoint.Events.Should().Equal(DialogueEventKind.Announced, DialogueEventKind.Opened, DialogueEventKind.Closed);

        var dialogue = await Scenario.Dialogue(_official).Titled("Ny skatepark vid Skranta").InStageAsync(Stage.Open);
        var result = await RunJobsAsync();

        result.Delivered.Should().Be(2);
        var received = _receiver.Received.ToList();
        received.Should().HaveCount(2, "announced and opened, once each; no other step happened");
        foreach (var hook in received)
        {
            hook.Method.Should().Be("POST");
            hook.Path.Should().Be("/hooks/medborgardialog");
            hook.ContentType.Should().StartWith("application/json");
            hook.Signature.Should().Be(Sign(registered.Secret, hook));
            long.Parse(hook.Timestamp!, System.Globalization.CultureInfo.InvariantCulture)
                .Should().Be(TestClock.Start.ToUnixTimeSeconds());
        }

        received.Select(h => h.Id).Should().OnlyHaveUniqueItems();
        var bodies = received.Select(h => JsonDocument.Parse(h.Body).RootElement).ToList();
        bodies.Select(b => b.GetProperty("type").GetString()).Should().BeEquivalentTo(["dialogue.announced", "dialogue.opened"]);
        foreach (var body in bodies)
        {
            DateTimeOffset.Parse(body.GetProperty("timestamp").GetString()!, System.Globalization.CultureInfo.InvariantCulture).Should().Be(TestClock.Start);
            var data = body.GetProperty("data");
            data.GetProperty("dialogueId").GetGuid().Should().Be(dialogue.Id);
            data.GetProperty("slug").GetString().Should().Be(dialogue.Slug);
            data.GetProperty("title").GetString().Should().Be("Ny skatepark vid Skranta");
            data.GetProperty("status").GetString().Should().Be("open");
            data.GetProperty("url").GetString().Should().Be($"{PublicUrl}/dialoger/{dialogue.Slug}");
            data.GetProperty("sessionId").ValueKind.Should().Be(JsonValueKind.Null);
            data.EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo(["dialogueId", "slug", "title", "status", "url", "sessionId"],
                "only the public facts of the dialogue");
        }

        // Nothing is sent twice: not by another run, not after the steps are distributed again.
        _app.Clock.Advance(TimeSpan.FromHours(2));
        (await RunJobsAsync()).Claimed.Should().Be(0);
        _receiver.Received.Should().HaveCount(2);

        var log = await LogAsync(registered.Endpoint.Id);
        log.Total.Should().Be(2);
        log.Items.Should().OnlyContain(d => d.DeliveredAt == TestClock.Start && d.Attempts == 1 && d.LastStatusCode == 200
                                            && d.LastError == null && d.NextAttemptAt == null && d.DialogueId == dialogue.Id);
        log.Items.Select(d => d.Id.ToString()).Should().BeEquivalentTo(received.Select(h => h.Id));
    }

    [Test]
    public async Task A_receiver_that_answers_500_gets_the_delivery_again_after_the_back_off_exactly_once()
    {
        var registered = await RegisterAsync("opened");
        _receiver.Status = HttpStatusCode.InternalServerError;
        await Scenario.Dialogue(_official).InStageAsync(Stage.Open);

        (await RunJobsAsync()).Failed.Should().Be(1);
        var failed = (await LogAsync(registered.Endpoint.Id)).Items.Should().ContainSingle().Subject;
        failed.Should().Match<WebhookDeliveryDto>(d => d.Attempts == 1 && d.LastStatusCode == 500 && d.LastError == "httpStatus"
                                                       && d.DeliveredAt == null && d.NextAttemptAt == TestClock.Start.AddMinutes(1));

        // Not due yet: nothing is sent before the back-off.
        _receiver.Status = HttpStatusCode.NoContent;
        _app.Clock.Advance(TimeSpan.FromSeconds(30));
        (await RunJobsAsync()).Claimed.Should().Be(0);

        _app.Clock.Advance(TimeSpan.FromSeconds(31));
        (await RunJobsAsync()).Delivered.Should().Be(1);
        _app.Clock.Advance(TimeSpan.FromHours(1));
        (await RunJobsAsync()).Claimed.Should().Be(0);

        var received = _receiver.Received.ToList();
        received.Should().HaveCount(2, "the failed attempt and the one retry");
        received.Select(h => h.Id).Distinct().Should().ContainSingle("webhook-id is the delivery's, the same on every attempt");
        received.Select(h => h.Body).Distinct().Should().ContainSingle();
        received[1].Signature.Should().Be(Sign(registered.Secret, received[1]), "each attempt is signed with its own timestamp");
        received[1].Timestamp.Should().NotBe(received[0].Timestamp);
        (await LogAsync(registered.Endpoint.Id)).Items.Should().ContainSingle()
            .Which.Should().Match<WebhookDeliveryDto>(d => d.Attempts == 2 && d.LastStatusCode == 204 && d.DeliveredAt != null && d.LastError == null);
    }

    [Test]
    public async Task A_receiver_that_is_down_gets_the_delivery_when_it_comes_back_and_one_that_stays_down_is_given_up_after_a_day()
    {
        var registered = await RegisterAsync("announced");
        _receiver.Stop();
        await Scenario.Dialogue(_official).InStageAsync(Stage.Announced);

        (await RunJobsAsync()).Failed.Should().Be(1);
        (await LogAsync(registered.Endpoint.Id)).Items.Single().LastError.Should().Be("connectionFailed");

        _receiver.Start();
        _app.Clock.Advance(TimeSpan.FromMinutes(1));
        (await RunJobsAsync()).Delivered.Should().Be(1);
        _receiver.Received.Should().ContainSingle().Which.Signature.Should().Be(Sign(registered.Secret, _receiver.Received.Single()));

        // A second dialogue while the receiver stays down: retried with back-off, at most an hour apart, for a day.
        _receiver.Stop();
        await Scenario.Dialogue(_official).Titled("Belysning i Bregårdsparken").InStageAsync(Stage.Announced);
        var attempts = 0;
        for (var hour = 0; hour < 30; hour++)
        {
            attempts += (await RunJobsAsync()).Failed;
            _app.Clock.Advance(TimeSpan.FromHours(1));
        }

        var given = (await LogAsync(registered.Endpoint.Id)).Items[0];
        given.FailedAt.Should().NotBeNull("it is given up after a day");
        given.NextAttemptAt.Should().BeNull();
        given.Attempts.Should().Be(attempts).And.BeInRange(24, 26);
    }

    [Test]
    public async Task Only_steps_after_the_endpoint_was_registered_and_of_its_events_are_delivered_and_a_paused_one_gets_none()
    {
        await Scenario.Dialogue(_official).InStageAsync(Stage.Announced);
        _app.Clock.Advance(TimeSpan.FromMinutes(5));
        var registered = await RegisterAsync("opened", "cancelled");
        (await RunJobsAsync()).Claimed.Should().Be(0, "the announcement happened before the endpoint existed");

        var dialogue = await Scenario.Dialogue(_official).Titled("Ny lekplats på Karlbergsskolan").InStageAsync(Stage.Announced);
        (await RunJobsAsync()).Claimed.Should().Be(0, "the endpoint does not subscribe to announcements");

        var paused = await _admin.PutAsJsonAsync($"/api/webhooks/{registered.Endpoint.Id}",
            new { url = _receiver.Url, description = (string?)null, events = new[] { "opened", "cancelled" }, active = false }, Json);
        paused.StatusCode.Should().Be(HttpStatusCode.OK);
        (await ReadAsync<WebhookEndpointDto>(paused)).Active.Should().BeFalse();
        (await _official.PostAsync($"/api/dialogues/{dialogue.Id}/open", null)).EnsureSuccessStatusCode();
        (await RunJobsAsync()).Claimed.Should().Be(0, "a paused endpoint is told of nothing");
        _receiver.Received.Should().BeEmpty();
    }

    [Test]
    public async Task After_a_rotation_deliveries_carry_the_new_signature_and_for_a_day_the_old_one_too()
    {
        var registered = await RegisterAsync("opened", "closed");
        var rotated = await ReadAsync<WebhookSecretResponse>(await _admin.PostAsync($"/api/webhooks/{registered.Endpoint.Id}/secret", null));
        rotated.Secret.Should().StartWith("whsec_").And.NotBe(registered.Secret);
        rotated.Endpoint.SecretRotatedAt.Should().Be(TestClock.Start);

        var dialogue = await Scenario.Dialogue(_official).InStageAsync(Stage.Open);
        await RunJobsAsync();
        var first = _receiver.Received.Should().ContainSingle().Subject;
        first.Signature!.Split(' ').Should().Equal(Sign(rotated.Secret, first), Sign(registered.Secret, first));

        _app.Clock.Advance(TimeSpan.FromHours(25));
        using var official = await Staff.SignedInAsync(_app, Roles.Official);
        await Scenario.CloseAsync(official, dialogue.Id);
        await RunJobsAsync();
        var second = _receiver.Received.Last();
        second.Signature.Should().Be(Sign(rotated.Secret, second), "the old secret no longer signs after a day");
    }

    [Test]
    public async Task The_sender_refuses_a_host_that_resolves_to_a_private_address_when_private_targets_are_not_allowed()
    {
        // Registered where private targets are allowed (a local listener), sent where they are not, as in production.
        var registered = await RegisterAsync("announced");
        await Scenario.Dialogue(_official).InStageAsync(Stage.Announced);
        await using var strict = App(allowPrivateTargets: false);
        strict.Clock.Set(TestClock.Start);

        (await RunJobsAsync(strict)).Failed.Should().Be(1);

        _receiver.Received.Should().BeEmpty("the sender never connected");
        (await LogAsync(registered.Endpoint.Id)).Items.Single().LastError.Should().Be("privateAddress");
    }
}
