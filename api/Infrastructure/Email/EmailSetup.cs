using MailKit.Net.Smtp;
using MailKit.Security;
using Medborgardialog.Api.Domain;
using MimeKit;

namespace Medborgardialog.Api.Infrastructure.Email;

/// <summary>
/// Where e-mail goes: an SMTP server (<c>Email:SmtpHost</c>, <c>Email:SmtpPort</c>), or — the local default
/// for <c>./run</c> — a folder where each mail is written as an .eml file (<c>Email:PickupDirectory</c>).
/// </summary>
public sealed class EmailOptions
{
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 25;
    public string? SmtpUser { get; set; }
    public string? SmtpPassword { get; set; }
    public string? PickupDirectory { get; set; }
    public string From { get; set; } = "Karlskoga kommun <medborgardialog@karlskoga.se>";
    public int BatchSize { get; set; } = 200;
}

/// <summary>Hands one message to the world. Throws when it could not.</summary>
/// <summary>Where mail goes: an SMTP server, or a folder of .eml files.</summary>
public interface IEmailTransport
{
    /// <summary>Opens a session that sends many messages over one connection (one SMTP handshake per batch).</summary>
    Task<IEmailSession> OpenAsync(CancellationToken cancellationToken);
}

public interface IEmailSession : IAsyncDisposable
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}

public static class EmailSetup
{
    public static IServiceCollection AddAppEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EmailOptions>(configuration.GetSection("Email"));
        services.AddScoped<IEmailTransport, ConfiguredEmailTransport>();
        services.AddSingleton<EmailTemplates>();
        return services;
    }

    /// <summary>The MIME message of a ledger row, with its stable Message-ID: multipart/alternative, the plain text
    /// first and the HTML second (a row queued before HTML was kept has the text alone). A row written at send time
    /// (feedback) gives its <paramref name="rendered"/> mail; an unsubscribe link becomes a List-Unsubscribe header too.</summary>
    /// <remarks>With <paramref name="oneClick"/>, the unsubscribe address is RFC 8058's: a POST to it unsubscribes, and
    /// <c>List-Unsubscribe-Post: List-Unsubscribe=One-Click</c> says so to the mail client.</remarks>
    public static MimeMessage ToMime(OutgoingEmail email, EmailOptions options, RenderedEmail? rendered = null, string? unsubscribeUrl = null, bool oneClick = false)
    {
        var body = new BodyBuilder { TextBody = rendered?.Text ?? email.Body, HtmlBody = rendered?.Html ?? email.HtmlBody };
        var message = new MimeMessage
        {
            MessageId = email.MessageId,
            Subject = rendered?.Subject ?? email.Subject,
            Date = email.CreatedAt,
            Body = body.ToMessageBody(),
        };
        message.From.Add(MailboxAddress.Parse(options.From));
        message.To.Add(MailboxAddress.Parse(email.ToAddress!));
        if (unsubscribeUrl is not null)
        {
            message.Headers.Add("List-Unsubscribe", $"<{unsubscribeUrl}>");
            if (oneClick)
            {
                message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
        }

        return message;
    }
}

internal sealed class ConfiguredEmailTransport(Microsoft.Extensions.Options.IOptionsSnapshot<EmailOptions> options) : IEmailTransport
{
    public async Task<IEmailSession> OpenAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (string.IsNullOrWhiteSpace(o.SmtpHost))
        {
            var folder = string.IsNullOrWhiteSpace(o.PickupDirectory) ? Path.Combine(Path.GetTempPath(), "medborgardialog-mail") : o.PickupDirectory;
            Directory.CreateDirectory(folder);
            return new PickupSession(folder);
        }

        var smtp = new SmtpClient { Timeout = 15_000 };
        try
        {
            await smtp.ConnectAsync(o.SmtpHost, o.SmtpPort, SecureSocketOptions.Auto, cancellationToken);
            if (!string.IsNullOrEmpty(o.SmtpUser))
            {
                await smtp.AuthenticateAsync(o.SmtpUser, o.SmtpPassword ?? "", cancellationToken);
            }
        }
        catch
        {
            smtp.Dispose();
            throw;
        }

        return new SmtpSession(smtp);
    }

    private sealed class SmtpSession(SmtpClient smtp) : IEmailSession
    {
        public Task SendAsync(MimeMessage message, CancellationToken cancellationToken) => smtp.SendAsync(message, cancellationToken);

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (smtp.IsConnected)
                {
                    await smtp.DisconnectAsync(quit: true);
                }
            }
            catch (Exception e) when (e is IOException or MailKit.ProtocolException or MailKit.CommandException or System.Net.Sockets.SocketException)
            {
                // The server went away after the last mail: nothing is lost, every outcome is already recorded.
            }
            finally
            {
                smtp.Dispose();
            }
        }
    }

    private sealed class PickupSession(string folder) : IEmailSession
    {
        public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            var file = Path.Combine(folder, $"{(message.MessageId ?? Guid.NewGuid().ToString("N")).Split('@')[0]}.eml");
            await message.WriteToAsync(file, cancellationToken);
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
