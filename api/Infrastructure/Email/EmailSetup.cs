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
public interface IEmailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}

public static class EmailSetup
{
    public static IServiceCollection AddAppEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EmailOptions>(configuration.GetSection("Email"));
        services.AddScoped<IEmailTransport, ConfiguredEmailTransport>();
        return services;
    }

    public static MimeMessage ToMime(OutgoingEmail email, EmailOptions options)
    {
        var message = new MimeMessage
        {
            MessageId = email.MessageId,
            Subject = email.Subject,
            Date = email.CreatedAt,
            Body = new TextPart("plain") { Text = email.Body },
        };
        message.From.Add(MailboxAddress.Parse(options.From));
        message.To.Add(MailboxAddress.Parse(email.ToAddress!));
        return message;
    }
}

internal sealed class ConfiguredEmailTransport(Microsoft.Extensions.Options.IOptionsSnapshot<EmailOptions> options) : IEmailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (!string.IsNullOrWhiteSpace(o.SmtpHost))
        {
            using var smtp = new SmtpClient { Timeout = 15_000 };
            await smtp.ConnectAsync(o.SmtpHost, o.SmtpPort, SecureSocketOptions.Auto, cancellationToken);
            if (!string.IsNullOrEmpty(o.SmtpUser))
            {
                await smtp.AuthenticateAsync(o.SmtpUser, o.SmtpPassword ?? "", cancellationToken);
            }

            await smtp.SendAsync(message, cancellationToken);
            await smtp.DisconnectAsync(quit: true, cancellationToken);
            return;
        }

        var folder = string.IsNullOrWhiteSpace(o.PickupDirectory) ? Path.Combine(Path.GetTempPath(), "medborgardialog-mail") : o.PickupDirectory;
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"{(message.MessageId ?? Guid.NewGuid().ToString("N")).Split('@')[0]}.eml");
        await message.WriteToAsync(file, cancellationToken);
    }
}
