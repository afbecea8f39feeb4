using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Medborgardialog.Api.Tests.Infrastructure;

/// <summary>
/// A real HTTP listener on a loopback port, as an integrator's webhook receiver: it keeps every request (headers and
/// body) and answers with <see cref="Status"/>. Stopping it is an outage; starting it again (same port) ends it.
/// </summary>
public sealed class WebhookReceiver : IDisposable
{
    private HttpListener? _listener;
    private Task? _loop;

    public WebhookReceiver()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}/hooks/medborgardialog";

    /// <summary>What the receiver answers (200 unless told otherwise).</summary>
    public HttpStatusCode Status { get; set; } = HttpStatusCode.OK;

    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();

    public void Start()
    {
        _listener = new HttpListener();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        var listener = _listener;
        _loop = Task.Run(async () =>
        {
            while (listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await listener.GetContextAsync();
                }
                catch (Exception) when (!listener.IsListening)
                {
                    return;
                }
                catch (HttpListenerException)
                {
                    return;
                }

                using var reader = new StreamReader(context.Request.InputStream, context.Request.ContentEncoding);
                var body = await reader.ReadToEndAsync();
                Received.Enqueue(new ReceivedWebhook(
                    context.Request.HttpMethod,
                    context.Request.Url?.AbsolutePath ?? "",
                    context.Request.ContentType,
                    context.Request.Headers["webhook-id"],
                    context.Request.Headers["webhook-timestamp"],
                    context.Request.Headers["webhook-signature"],
                    body));
                context.Response.StatusCode = (int)Status;
                context.Response.Close();
            }
        });
    }

    public void Stop()
    {
        if (_listener is { } listener)
        {
            _listener = null;
            listener.Stop();
            listener.Close();
            _loop?.Wait(TimeSpan.FromSeconds(5));
        }
    }

    public void Dispose() => Stop();
}

/// <summary>One request the receiver got.</summary>
public sealed record ReceivedWebhook(string Method, string Path, string? ContentType, string? Id, string? Timestamp, string? Signature, string Body);
