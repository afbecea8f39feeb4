using MailKit;
using MailKit.Net.Smtp;
using Mediator;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Infrastructure.Email;
using Medborgardialog.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Medborgardialog.Api.Features.Email;

/// <summary>
/// Sends the due e-mails of the ledger, a batch at a time. Rows are first claimed (a five-minute lease, so a
/// second worker or a restarted one leaves them alone); each mail is marked sent in its own commit right after
/// the server accepted it, so a crash mid-batch re-sends nothing already marked. A failure is recorded and
/// retried later with back-off.
/// </summary>
public sealed record SendOutgoingEmailsCommand : ICommand<SendOutgoingEmailsResponse>;

/// <summary>What one run did.</summary>
public sealed record SendOutgoingEmailsResponse(int Sent, int Failed);

public sealed partial class SendOutgoingEmailsHandler(
    AppDbContext db,
    IEmailTransport transport,
    IOptionsSnapshot<EmailOptions> options,
    TimeProvider clock,
    ILogger<SendOutgoingEmailsHandler> logger) : ICommandHandler<SendOutgoingEmailsCommand, SendOutgoingEmailsResponse>
{
    public async ValueTask<SendOutgoingEmailsResponse> Handle(SendOutgoingEmailsCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var lease = now.AddMinutes(5);
        var batch = options.Value.BatchSize;
        var claimed = await db.Database.SqlQuery<Guid>($"""
            UPDATE outgoing_emails SET next_attempt_at = {lease}
            WHERE id IN (SELECT id FROM outgoing_emails
                         WHERE sent_at IS NULL AND to_address IS NOT NULL AND next_attempt_at <= {now}
                         ORDER BY next_attempt_at LIMIT {batch} FOR UPDATE SKIP LOCKED)
            RETURNING id AS "Value"
            """).ToListAsync(cancellationToken);
        if (claimed.Count == 0)
        {
            return new SendOutgoingEmailsResponse(0, 0);
        }

        var emails = await db.OutgoingEmails.Where(e => claimed.Contains(e.Id)).OrderBy(e => e.CreatedAt).ToListAsync(cancellationToken);
        int sent = 0, failed = 0;
        foreach (var email in emails)
        {
            try
            {
                await transport.SendAsync(EmailSetup.ToMime(email, options.Value), cancellationToken);
                email.MarkSent(clock.GetUtcNow());
                sent++;
            }
            catch (Exception ex) when (ex is SmtpCommandException or SmtpProtocolException or ServiceNotConnectedException
                                           or IOException or System.Net.Sockets.SocketException or TimeoutException or OperationCanceledException
                                           or MailKit.Security.AuthenticationException)
            {
                // The failure's kind only: SMTP replies can quote the address, which must not be stored or logged.
                var reason = ex is SmtpCommandException smtp ? $"SMTP {(int)smtp.StatusCode} {smtp.ErrorCode}" : ex.GetType().Name;
                email.MarkFailed(reason, clock.GetUtcNow());
                LogFailed(email.Id, reason);
                failed++;
            }

            await db.SaveChangesAsync(CancellationToken.None); // each outcome is committed before the next mail
        }

        return new SendOutgoingEmailsResponse(sent, failed);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "E-mail {EmailId} not sent ({Reason}); it will be retried")]
    private partial void LogFailed(Guid emailId, string reason);
}
