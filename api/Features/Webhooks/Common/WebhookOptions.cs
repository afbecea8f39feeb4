using System.Net;
using System.Net.Sockets;

namespace Medborgardialog.Api.Features.Webhooks.Common;

/// <summary>The configuration <c>Webhooks:*</c>. Production refuses plain http and private targets; tests and local
/// development, which use a listener on the machine itself, allow both.</summary>
public sealed class WebhookOptions
{
    /// <summary><c>Webhooks:AllowInsecure</c>: accept http:// addresses (default false: https only).</summary>
    public bool AllowInsecure { get; set; }

    /// <summary><c>Webhooks:AllowPrivateTargets</c>: accept and send to localhost, loopback and private networks (default false).</summary>
    public bool AllowPrivateTargets { get; set; }

    /// <summary><c>Webhooks:TimeoutSeconds</c>: how long one attempt may take (default 10).</summary>
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary><c>Webhooks:BatchSize</c>: deliveries one sender run claims (default 20).</summary>
    public int BatchSize { get; set; } = 20;
}

/// <summary>The webhooks' HTTP client: no redirects, a timeout, no cookies, and — unless private targets are allowed — a
/// connection only to an address that is public once resolved (the check is made on the address connected to, so a
/// name that resolves differently a second time cannot slip through).</summary>
public static class WebhookSetup
{
    public const string HttpClientName = "webhooks";

    public static IServiceCollection AddWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<WebhookOptions>(configuration.GetSection("Webhooks"));
        var options = configuration.GetSection("Webhooks").Get<WebhookOptions>() ?? new WebhookOptions();
        services.AddHttpClient(HttpClientName, client =>
            {
                client.Timeout = TimeSpan.FromSeconds(Math.Clamp(options.TimeoutSeconds, 1, 60));
                client.DefaultRequestHeaders.UserAgent.ParseAdd("Medborgardialog-Webhooks/1.0");
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseCookies = false,
                UseProxy = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                ConnectTimeout = TimeSpan.FromSeconds(Math.Clamp(options.TimeoutSeconds, 1, 60)),
                ConnectCallback = (context, ct) => ConnectAsync(context, options.AllowPrivateTargets, ct),
            });
        return services;
    }

    private static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, bool allowPrivate, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken);
        if (!allowPrivate && (addresses.Length == 0 || addresses.Any(WebhookTargets.IsPrivate)))
        {
            throw new PrivateTargetException();
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}

/// <summary>The target resolved to an address the sender refuses (<see cref="WebhookTargets.IsPrivate"/>).</summary>
public sealed class PrivateTargetException() : Exception("The webhook's host resolves to a private address.");

/// <summary>The rules of a webhook's address, for the validators of registering and changing one.</summary>
public static class WebhookUrlRules
{
    public static void WebhookUrl<T>(this IRuleBuilderInitial<T, string> rule, WebhookOptions options) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty()
            .MaximumLength(2000)
            .Must(url => Uri.TryCreate(url, UriKind.Absolute, out var u)
                         && (u.Scheme == Uri.UriSchemeHttps || (options.AllowInsecure && u.Scheme == Uri.UriSchemeHttp))
                         && string.IsNullOrEmpty(u.UserInfo) && string.IsNullOrEmpty(u.Fragment))
            .WithMessage(options.AllowInsecure
                ? "Give a full web address starting with https:// (or http://), without a user name or a #fragment."
                : "Give a full web address starting with https://, without a user name or a #fragment.")
            .WithFieldCode(FieldErrorCodes.InvalidUrl)
            .Must(url => options.AllowPrivateTargets || !WebhookTargets.NamesPrivateHost(new Uri(url)))
            .WithMessage("Webhooks are not sent to localhost or to loopback, link-local or private network addresses.")
            .WithFieldCode(FieldErrorCodes.PrivateAddress);

    public static void WebhookEvents<T>(this IRuleBuilderInitial<T, IReadOnlyList<DialogueEventKind>> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Choose at least one event.")
            .Must(events => events.Distinct().Count() == events.Count).WithMessage("Each event is listed once.")
            .WithFieldCode(FieldErrorCodes.Duplicate);
}
