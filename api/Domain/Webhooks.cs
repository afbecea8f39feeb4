using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace Medborgardialog.Api.Domain;

/// <summary>
/// An integrator's address that is told of the dialogues' steps (issue 17): a signed POST per step it subscribes to.
/// The secret signs each delivery (Standard Webhooks: <c>whsec_</c> + base64 of 32 random bytes); it is shown once, when
/// registered or rotated. After a rotation the previous secret still signs beside the new one for
/// <see cref="RotationOverlap"/>, so a receiver can switch without losing a delivery.
/// </summary>
public sealed class WebhookEndpoint
{
    private WebhookEndpoint() { } // for EF

    public WebhookEndpoint(Guid id, string url, string? description, IEnumerable<DialogueEventKind> events, DateTimeOffset now)
    {
        Id = id;
        Url = url;
        Description = description;
        Events = [.. events.Distinct().Order()];
        Active = true;
        Secret = NewSecret();
        CreatedAt = now;
        UpdatedAt = now;
    }

    public Guid Id { get; private set; }
    public string Url { get; private set; } = "";
    public string? Description { get; private set; }

    /// <summary>The steps it is told of.</summary>
    public List<DialogueEventKind> Events { get; private set; } = [];

    /// <summary>A paused endpoint is told of nothing (steps while it is paused are not delivered later).</summary>
    public bool Active { get; private set; }

    /// <summary>The signing secret, <c>whsec_…</c>. Never logged, never listed.</summary>
    public string Secret { get; private set; } = "";

    /// <summary>The secret before the last rotation, still signing until <see cref="PreviousSecretUntil"/>.</summary>
    public string? PreviousSecret { get; private set; }
    public DateTimeOffset? PreviousSecretUntil { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? SecretRotatedAt { get; private set; }

    /// <summary>How long the previous secret keeps signing after a rotation.</summary>
    public static readonly TimeSpan RotationOverlap = TimeSpan.FromHours(24);

    public const string SecretPrefix = "whsec_";

    public void Change(string url, string? description, IEnumerable<DialogueEventKind> events, bool active, DateTimeOffset now)
    {
        Url = url;
        Description = description;
        Events = [.. events.Distinct().Order()];
        Active = active;
        UpdatedAt = now;
    }

    /// <summary>A new secret; the old one signs beside it for <see cref="RotationOverlap"/>.</summary>
    public string RotateSecret(DateTimeOffset now)
    {
        PreviousSecret = Secret;
        PreviousSecretUntil = now + RotationOverlap;
        Secret = NewSecret();
        SecretRotatedAt = now;
        UpdatedAt = now;
        return Secret;
    }

    /// <summary>The secrets that sign a delivery now: the current one, and the previous one during the overlap.</summary>
    public IEnumerable<string> SigningSecrets(DateTimeOffset now)
    {
        yield return Secret;
        if (PreviousSecret is not null && PreviousSecretUntil > now)
        {
            yield return PreviousSecret;
        }
    }

    private static string NewSecret() => SecretPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}

/// <summary>
/// One step to one endpoint — the webhook ledger the sender works from, written in the same transaction as the step's
/// distribution (one row per endpoint and step, whatever happens). Retried with back-off until the receiver answers
/// 2xx; given up after <see cref="GiveUpAfter"/>. Once delivered it is never sent again; its id is the
/// <c>webhook-id</c> header, the same on every attempt, so a receiver can recognise a repeat.
/// </summary>
public sealed class WebhookDelivery
{
    private WebhookDelivery() { } // for EF

    public Guid Id { get; private set; }
    public Guid EndpointId { get; private set; }
    public Guid DialogueEventId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset NextAttemptAt { get; private set; }

    /// <summary>The sender run that holds the row's lease (<see cref="NextAttemptAt"/> in the future while it does).</summary>
    public Guid? ClaimedBy { get; private set; }
    public DateTimeOffset? DeliveredAt { get; private set; }

    /// <summary>When the sender gave up (after <see cref="GiveUpAfter"/> of failures): not tried again.</summary>
    public DateTimeOffset? FailedAt { get; private set; }

    /// <summary>The HTTP status of the last answer (null: none came, e.g. a timeout). The body is never kept.</summary>
    public int? LastStatusCode { get; private set; }

    /// <summary>What went wrong the last time, as a <see cref="WebhookErrors"/> kind.</summary>
    public string? LastError { get; private set; }

    /// <summary>How long a delivery is retried before the sender gives up.</summary>
    public static readonly TimeSpan GiveUpAfter = TimeSpan.FromHours(24);

    public void MarkDelivered(int statusCode, DateTimeOffset now)
    {
        Attempts++;
        DeliveredAt = now;
        LastStatusCode = statusCode;
        LastError = null;
        ClaimedBy = null;
    }

    /// <summary>A failed attempt: again after 1, 2, 4 … minutes, at most an hour apart; given up after a day.</summary>
    public void MarkFailed(string error, int? statusCode, DateTimeOffset now)
    {
        Attempts++;
        LastError = error;
        LastStatusCode = statusCode;
        ClaimedBy = null;
        NextAttemptAt = now + TimeSpan.FromMinutes(Math.Min(60, Math.Pow(2, Math.Min(Attempts - 1, 6))));
        if (now - CreatedAt >= GiveUpAfter)
        {
            FailedAt = now;
        }
    }
}

/// <summary>Why a delivery attempt failed, by kind (never the receiver's words).</summary>
public static class WebhookErrors
{
    /// <summary>The receiver answered, but not with 2xx (a redirect included: redirects are not followed).</summary>
    public const string HttpStatus = "httpStatus";
    /// <summary>No answer within the timeout.</summary>
    public const string Timeout = "timeout";
    /// <summary>No connection (refused, the name does not resolve, TLS failed).</summary>
    public const string ConnectionFailed = "connectionFailed";
    /// <summary>The host resolved to a private, loopback or link-local address, which the sender refuses.</summary>
    public const string PrivateAddress = "privateAddress";
}

/// <summary>Which addresses a webhook may be sent to: not to the municipality's own network or the server itself (SSRF).</summary>
public static class WebhookTargets
{
    /// <summary>Whether the address is loopback, link-local, private (RFC 1918, fc00::/7, CGNAT), unspecified or multicast.</summary>
    public static bool IsPrivate(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)
            || address.Equals(IPAddress.None) || address.Equals(IPAddress.IPv6None))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return b[0] == 0 || b[0] == 10 || b[0] == 127
                || (b[0] == 169 && b[1] == 254)
                || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
                || (b[0] == 192 && b[1] == 168)
                || (b[0] == 100 && b[1] >= 64 && b[1] <= 127)
                || b[0] >= 224;
        }

        var v6 = address.GetAddressBytes();
        return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast
            || (v6[0] & 0xfe) == 0xfc;
    }

    /// <summary>Whether the URL's host, as written, is the server itself or a private network: <c>localhost</c> (and its
    /// subdomains) or a private IP literal. Names are checked again, resolved, when sending.</summary>
    public static bool NamesPrivateHost(Uri url)
    {
        var host = url.IdnHost.TrimEnd('.');
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IsPrivate(ip);
    }
}
