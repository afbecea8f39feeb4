using MailKit;
using MailKit.Net.Smtp;
using Mediator;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Features.Feedback;
using Medborgardialog.Api.Infrastructure.Hosting;
using Medborgardialog.Api.Infrastructure.Email;
using Medborgardialog.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Medborgardialog.Api.Features.Feedback.Common;
using Medborgardialog.Api.Features.Email.Sql;

namespace Medborgardialog.Api.Features.Email;

/// <summary>
/// Sends the due e-mails of the ledger, a batch at a time. Rows are first claimed with a short lease
/// (<see cref="SendOutgoingEmailsHandler.Lease"/>) that the run renews while it works, so a second sender leaves them alone while a sender that
/// died (a killed process) frees them within seconds; each mail is marked sent in its own commit right after the
/// server accepted it, so a crash mid-batch re-sends at most the one mail in flight. A failure is recorded and
/// retried later with back-off.
/// </summary>
public sealed record SendOutgoingEmailsCommand : ICommand<SendOutgoingEmailsResponse>, Infrastructure.Http.IChangesNoPublicPage;

/// <summary>What one run did.</summary>
public sealed record SendOutgoingEmailsResponse(int Sent, int Failed);

public sealed partial class SendOutgoingEmailsHandler(
    AppDbContext db,
    IEmailTransport transport,
    IOptionsSnapshot<EmailOptions> options,
    TimeProvider clock,
    IConfiguration configuration,
    FeedbackLinks links,
    EmailTemplates templates,
    Follows.Common.FollowMessages followMessages,
    ILogger<SendOutgoingEmailsHandler> logger) : ICommandHandler<SendOutgoingEmailsCommand, SendOutgoingEmailsResponse>
{
    public async ValueTask<SendOutgoingEmailsResponse> Handle(SendOutgoingEmailsCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var run = Guid.NewGuid();
        var batch = options.Value.BatchSize;
        var claimed = await OutboxSql.ClaimDueAsync(db, run, now, now + Lease, batch, cancellationToken);
        if (claimed.Count == 0)
        {
            return new SendOutgoingEmailsResponse(0, 0);
        }

        // Read untracked and tracked one at a time below: with the whole batch tracked, every per-mail commit would
        // scan every row of the batch for changes.
        var emails = await db.OutgoingEmails.AsNoTracking().Where(e => claimed.Contains(e.Id)).OrderBy(e => e.CreatedAt).ToListAsync(cancellationToken);
        var feedbackIds = emails.Where(e => e.FeedbackId != null).Select(e => e.FeedbackId!.Value).Distinct().ToList();
        var feedbacks = feedbackIds.Count == 0 ? [] : await (
                from f in db.Feedbacks.AsNoTracking()
                join d in db.Dialogues on f.DialogueId equals d.Id
                join decision in db.Decisions on f.DialogueId equals decision.DialogueId
                where feedbackIds.Contains(f.Id)
                select new FeedbackMail(f.Id, d.Title, d.Translations, d.Slug, decision.Committee, decision.DecidedOn, decision.Text, decision.HowResultWasUsed, f.Text, f.Links))
            .ToDictionaryAsync(f => f.Id, cancellationToken);
        // Each participant is written to in the language they gave their opinion in.
        var opinionIds = emails.Where(e => e.FeedbackId != null && e.OpinionId != null).Select(e => e.OpinionId!.Value).ToList();
        var languages = opinionIds.Count == 0 ? [] : await db.Opinions.AsNoTracking().Where(o => opinionIds.Contains(o.Id))
            .Select(o => new { o.Id, o.Language }).ToDictionaryAsync(o => o.Id, o => o.Language, cancellationToken);
        var site = PublicSite.Url(configuration);
        await followMessages.PrepareAsync(emails, cancellationToken);

        int sent = 0, failed = 0;
        IEmailSession? session = null;
        var renewedAt = clock.GetUtcNow();
        var held = claimed.ToHashSet();
        try
        {
            foreach (var email in emails)
            {
                if (clock.GetUtcNow() - renewedAt > RenewEvery)
                {
                    // Still working: keep the lease on what is left. Rows whose lease another run took are skipped.
                    var left = held.ToList();
                    renewedAt = clock.GetUtcNow();
                    held = (await OutboxSql.RenewAsync(db, run, left, renewedAt + Lease, cancellationToken)).ToHashSet();
                }

                if (!held.Contains(email.Id))
                {
                    continue;
                }

                held.Remove(email.Id);
                string? failure = null;
                try
                {
                    var message = email.FeedbackId is { } feedbackId && feedbacks.TryGetValue(feedbackId, out var feedback)
                        ? await FeedbackMessageAsync(email, feedback, languages.GetValueOrDefault(email.OpinionId ?? Guid.Empty, Words.Languages.Swedish), site)
                        : Follows.Common.FollowMessages.IsFollowerMail(email)
                            ? await FollowerMessageAsync(email, cancellationToken)
                            : EmailSetup.ToMime(email, options.Value);
                    // A follower's digest whose steps are all gone has nothing to say: done without a mail.
                    if (message is not null)
                    {
                        session ??= await transport.OpenAsync(cancellationToken);
                        await session.SendAsync(message, cancellationToken);
                    }
                }
                catch (Exception ex) when (IsDeliveryFailure(ex))
                {
                    // The failure's kind only: SMTP replies can quote the address, which must not be stored or logged.
                    failure = ex is SmtpCommandException smtp ? $"SMTP {(int)smtp.StatusCode} {smtp.ErrorCode}" : ex.GetType().Name;
                    LogFailed(email.Id, failure);
                    if (ex is not SmtpCommandException)
                    {
                        // The connection is gone: the next mail opens a new one (and fails fast if the server is down).
                        await DisposeAsync(session);
                        session = null;
                    }
                }

                // Each outcome is committed before the next mail. Accepted: one UPDATE by id in its own commit (no change
                // tracking or command building per mail, as attach and SaveChanges had); failed, rarely: through the entity.
                if (failure is null)
                {
                    email.MarkSent(clock.GetUtcNow());
                    await OutboxSql.MarkSentAsync(db, email, CancellationToken.None);
                    sent++;
                }
                else
                {
                    var entry = db.Attach(email);
                    email.MarkFailed(failure, clock.GetUtcNow());
                    await db.SaveChangesAsync(CancellationToken.None);
                    entry.State = EntityState.Detached;
                    failed++;
                }
            }
        }
        finally
        {
            await DisposeAsync(session);
        }

        return new SendOutgoingEmailsResponse(sent, failed);
    }

    /// <summary>How long a claimed row stays with its run without a renewal: a killed sender's rows are free again
    /// after this. Longer than the SMTP timeout (15 s) plus <see cref="RenewEvery"/>, so a live run never loses them.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan RenewEvery = TimeSpan.FromSeconds(10);

    /// <summary>A feedback row's message, rendered now from the feedback (its template: Feedback/FeedbackEmail.razor), once
    /// per feedback and language in a run; the recipient's own unsubscribe token is put in afterwards.</summary>
    private async Task<MimeKit.MimeMessage> FeedbackMessageAsync(OutgoingEmail email, FeedbackMail f, string language, string site)
    {
        var token = links.UnsubscribeToken(email.OpinionId!.Value);
        var mail = await RenderedOnceAsync((f.Id, language), token, standIn =>
        {
            var title = f.Translations.FirstOrDefault(t => t.Language == language)?.Title ?? f.Title;
            return templates.RenderAsync(new FeedbackEmail.Content(title, f.Committee, f.DecidedOn, f.DecisionText, f.HowUsed, f.Text, f.Links,
                PublicSite.InLanguage($"{site}/dialoger/{f.Slug}/aterkoppling", language), PublicSite.InLanguage($"{site}/avregistrera/{standIn}", language), language));
        });
        return EmailSetup.ToMime(email, options.Value, mail, PublicSite.InLanguage($"{site}/avregistrera/{token}", language));
    }

    /// <summary>A follower's row (notice or digest), rendered now (Follows/Common/FollowMessages) with RFC 8058's one-click
    /// unsubscribe headers; null when there is nothing left to tell.</summary>
    private async Task<MimeKit.MimeMessage?> FollowerMessageAsync(OutgoingEmail email, CancellationToken cancellationToken) =>
        await followMessages.RenderAsync(email, cancellationToken) is { } rendered
            ? EmailSetup.ToMime(email, options.Value, rendered.Mail, rendered.OneClickUrl, oneClick: true)
            : null;

    /// <summary>
    /// A send-time mail that is the same for every recipient of one <paramref name="key"/> (what is sent, the language)
    /// but for one token of theirs (an unsubscribe link's): rendered once in this run with <see cref="RecipientStandIn"/>
    /// for the token, which is then replaced by <paramref name="recipientToken"/>. Rendering the Razor template for each
    /// of a batch's mails cost more CPU than everything else the sender does per mail. The token must be one that the
    /// template writes unchanged, as the stand-in is (letters, digits, '-' and '_', as Data Protection's base64url):
    /// the HTML encoder and the text part's decoding leave those alone.
    /// </summary>
    private async Task<RenderedEmail> RenderedOnceAsync((Guid Source, string Language) key, string recipientToken, Func<string, Task<RenderedEmail>> render)
    {
        if (!_rendered.TryGetValue(key, out var mail))
        {
            mail = await render(RecipientStandIn);
            if (!mail.Html.Contains(RecipientStandIn, StringComparison.Ordinal) || !mail.Text.Contains(RecipientStandIn, StringComparison.Ordinal))
            {
                throw new InvalidOperationException("The template did not write the recipient's token as given; it cannot be rendered once for all.");
            }

            _rendered[key] = mail;
        }

        return mail with
        {
            Subject = mail.Subject.Replace(RecipientStandIn, recipientToken, StringComparison.Ordinal),
            Html = mail.Html.Replace(RecipientStandIn, recipientToken, StringComparison.Ordinal),
            Text = mail.Text.Replace(RecipientStandIn, recipientToken, StringComparison.Ordinal),
        };
    }

    /// <summary>Where a recipient's token goes in a mail rendered once for all (<see cref="RenderedOnceAsync"/>): random per
    /// process, so no text of the municipality's can hold it.</summary>
    private static readonly string RecipientStandIn = $"recipient{Guid.NewGuid():N}";

    private readonly Dictionary<(Guid Source, string Language), RenderedEmail> _rendered = [];

    private static bool IsDeliveryFailure(Exception ex) =>
        ex is SmtpCommandException or SmtpProtocolException or ServiceNotConnectedException or IOException
            or System.Net.Sockets.SocketException or TimeoutException or OperationCanceledException
            or MailKit.Security.AuthenticationException;

    private static async Task DisposeAsync(IEmailSession? session)
    {
        if (session is not null)
        {
            await session.DisposeAsync();
        }
    }

    private sealed record FeedbackMail(Guid Id, string Title, List<DialogueTranslation> Translations, string Slug, string Committee, DateOnly DecidedOn, string DecisionText, string HowUsed, string Text, List<FactLink> Links);

    [LoggerMessage(Level = LogLevel.Warning, Message = "E-mail {EmailId} not sent ({Reason}); it will be retried")]
    private partial void LogFailed(Guid emailId, string reason);
}
