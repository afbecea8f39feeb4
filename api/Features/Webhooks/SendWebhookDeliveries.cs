using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Medborgardialog.Api.Features.Webhooks.Common;
using Medborgardialog.Api.Features.Webhooks.Sql;
using Medborgardialog.Api.Infrastructure.Hosting;
using Medborgardialog.Api.Infrastructure.Json;
using Microsoft.Extensions.Options;

namespace Medborgardialog.Api.Features.Webhooks;

/// <summary>
/// Sends the due webhook deliveries of the ledger, a batch at a time: claimed with a short lease (renewed while the run
/// works, freed within seconds if the sender dies), each POSTed signed (Standard Webhooks) and its outcome committed
/// before the next. 2xx is delivered, for good; anything else is retried with back-off and given up after a day.
/// </summary>
public sealed record SendWebhookDeliveriesCommand : ICommand<SendWebhookDeliveriesResponse>, Infrastructure.Http.IChangesNoPublicPage;

/// <summary>What one run did: deliveries claimed, delivered, failed (to be retried or given up).</summary>
public sealed record SendWebhookDeliveriesResponse(int Claimed, int Delivered, int Failed);

/// <summary>The body of every webhook: <c>type</c> is <c>dialogue.</c> + the step (<c>dialogue.opened</c>), <c>timestamp</c>
/// when the step happened, <c>data</c> the dialogue's public facts.</summary>
public sealed record WebhookEventPayload(string Type, DateTimeOffset Timestamp, WebhookEventData Data);

/// <summary>The dialogue the step is of, as the public sees it.</summary>
/// <param name="DialogueId">The dialogue's id (as in the API's dialogue operations).</param>
/// <param name="Slug">The dialogue's slug, as in its public address.</param>
/// <param name="Title">The dialogue's title (Swedish).</param>
/// <param name="Url">The dialogue's public page.</param>
/// <param name="Status">Its status when the delivery was sent.</param>
/// <param name="SessionId">For <c>dialogue.sessionAdded</c>: the session.</param>
public sealed record WebhookEventData(Guid DialogueId, string Slug, string Title, DialogueStatus Status, string Url, Guid? SessionId);

public sealed partial class SendWebhookDeliveriesHandler(
    AppDbContext db,
    IHttpClientFactory http,
    IOptions<WebhookOptions> options,
    TimeProvider clock,
    IConfiguration configuration,
    ILogger<SendWebhookDeliveriesHandler> logger) : ICommandHandler<SendWebhookDeliveriesCommand, SendWebhookDeliveriesResponse>
{
    private static readonly JsonSerializerOptions Json = CreateJson();

    public async ValueTask<SendWebhookDeliveriesResponse> Handle(SendWebhookDeliveriesCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var run = Guid.NewGuid();
        var claimed = await WebhookSql.ClaimDueAsync(db, run, now, now + Lease, Math.Clamp(options.Value.BatchSize, 1, 500), cancellationToken);
        if (claimed.Count == 0)
        {
            return new SendWebhookDeliveriesResponse(0, 0, 0);
        }

        var work = await (
                from d in db.WebhookDeliveries.AsNoTracking()
                join e in db.DialogueEvents on d.DialogueEventId equals e.Id
                join dialogue in db.Dialogues on e.DialogueId equals dialogue.Id
                where claimed.Contains(d.Id)
                orderby d.CreatedAt
                select new { Delivery = d, e.Kind, e.At, e.SessionId, dialogue.Id, dialogue.Slug, dialogue.Title, dialogue.Status, d.EndpointId })
            .ToListAsync(cancellationToken);
        var endpointIds = work.Select(w => w.EndpointId).Distinct().ToList();
        var endpoints = await db.WebhookEndpoints.AsNoTracking().Where(e => endpointIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var site = PublicSite.Url(configuration);
        var client = http.CreateClient(WebhookSetup.HttpClientName);

        int delivered = 0, failed = 0;
        var renewedAt = clock.GetUtcNow();
        var held = claimed.ToHashSet();
        foreach (var item in work)
        {
            if (clock.GetUtcNow() - renewedAt > RenewEvery)
            {
                renewedAt = clock.GetUtcNow();
                held = (await WebhookSql.RenewAsync(db, run, [.. held], renewedAt + Lease, cancellationToken)).ToHashSet();
            }

            if (!held.Remove(item.Delivery.Id) || !endpoints.TryGetValue(item.EndpointId, out var endpoint))
            {
                continue;
            }

            var payload = new WebhookEventPayload(EventType(item.Kind), item.At,
                new WebhookEventData(item.Id, item.Slug, item.Title, item.Status, $"{site}/dialoger/{item.Slug}", item.SessionId));
            var body = JsonSerializer.Serialize(payload, Json);
            var delivery = item.Delivery;
            var entry = db.Attach(delivery);
            var (statusCode, error) = await PostAsync(client, endpoint, delivery.Id, body, cancellationToken);
            if (error is null)
            {
                delivery.MarkDelivered(statusCode!.Value, clock.GetUtcNow());
                delivered++;
            }
            else
            {
                delivery.MarkFailed(error, statusCode, clock.GetUtcNow());
                LogFailed(delivery.Id, error, statusCode, delivery.FailedAt is not null);
                failed++;
            }

            await db.SaveChangesAsync(CancellationToken.None); // each outcome is committed before the next delivery
            entry.State = EntityState.Detached;
        }

        return new SendWebhookDeliveriesResponse(claimed.Count, delivered, failed);
    }

    /// <summary>The <c>type</c> of a step: <c>dialogue.opened</c>, <c>dialogue.sessionAdded</c> …</summary>
    public static string EventType(DialogueEventKind kind) => "dialogue." + JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());

    /// <summary>The Standard Webhooks signature of a body: <c>v1,</c> + base64 HMAC-SHA256, keyed with the secret's bytes, of
    /// <c>{id}.{timestamp}.{body}</c>; one per signing secret, separated by spaces.</summary>
    public static string Signature(IEnumerable<string> secrets, string id, long timestamp, string body) =>
        string.Join(' ', secrets.Select(secret =>
        {
            var key = Convert.FromBase64String(secret.StartsWith(WebhookEndpoint.SecretPrefix, StringComparison.Ordinal)
                ? secret[WebhookEndpoint.SecretPrefix.Length..]
                : secret);
            var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{id}.{timestamp.ToString(CultureInfo.InvariantCulture)}.{body}"));
            return "v1," + Convert.ToBase64String(mac);
        }));

    private async Task<(int? StatusCode, string? Error)> PostAsync(HttpClient client, WebhookEndpoint endpoint, Guid deliveryId, string body,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var timestamp = now.ToUnixTimeSeconds();
        var id = deliveryId.ToString();
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("webhook-id", id);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", Signature(endpoint.SigningSecrets(now), id, timestamp, body));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        try
        {
            // Only the status is read; the receiver's body is never read or kept.
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var status = (int)response.StatusCode;
            return response.IsSuccessStatusCode ? (status, null) : (status, WebhookErrors.HttpStatus);
        }
        catch (HttpRequestException ex) when (FindPrivateTarget(ex))
        {
            return (null, WebhookErrors.PrivateAddress);
        }
        catch (HttpRequestException)
        {
            return (null, WebhookErrors.ConnectionFailed);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, WebhookErrors.Timeout);
        }
    }

    private static bool FindPrivateTarget(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is PrivateTargetException)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How long a claimed row stays with its run without a renewal. Longer than the timeout plus <see cref="RenewEvery"/>.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(90);

    private static readonly TimeSpan RenewEvery = TimeSpan.FromSeconds(10);

    private static JsonSerializerOptions CreateJson()
    {
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        JsonSetup.Apply(json);
        return json;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook delivery {DeliveryId} failed ({Error}, status {StatusCode}); given up: {GivenUp}")]
    private partial void LogFailed(Guid deliveryId, string error, int? statusCode, bool givenUp);
}
