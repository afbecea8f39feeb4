namespace Medborgardialog.Api.Domain;

/// <summary>
/// One e-mail to one recipient, written in the same transaction as what caused it — the ledger the sending
/// job works from. It is sent until delivered, with back-off between attempts; once marked sent it is never
/// sent again. The stable Message-ID lets a receiver recognise a repeat if a crash ever falls between
/// handing the mail over and marking it sent.
/// </summary>
public sealed class OutgoingEmail
{
    private OutgoingEmail() { } // for EF

    /// <summary>A mail to send: its plain-text <c>body</c> and, sent beside it as multipart/alternative, its
    /// <c>htmlBody</c>.</summary>
    public OutgoingEmail(Guid id, string kind, string toAddress, string subject, string body, string? htmlBody, DateTimeOffset now)
    {
        Id = id;
        Kind = kind;
        ToAddress = toAddress;
        Subject = subject;
        Body = body;
        HtmlBody = htmlBody;
        CreatedAt = now;
        NextAttemptAt = now;
    }

    public Guid Id { get; private set; }

    /// <summary>What it is, e.g. "session-sign-up", "feedback".</summary>
    public string Kind { get; private set; } = "";

    /// <summary>Personal data: dropped as soon as the mail is sent (the ledger keeps that it was sent, not to whom).</summary>
    public string? ToAddress { get; private set; }

    public string Subject { get; private set; } = "";
    /// <summary>The plain-text part.</summary>
    public string Body { get; private set; } = "";

    /// <summary>The HTML part of the same words (both rendered from the kind's template); null for rows written at send
    /// time (feedback) and for mail queued before HTML was sent.</summary>
    public string? HtmlBody { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset NextAttemptAt { get; private set; }

    /// <summary>Why the last attempt failed (the kind of failure; never the address).</summary>
    public string? LastError { get; private set; }

    public string MessageId => $"{Id:N}@medborgardialog.karlskoga.se";

    /// <summary>For feedback e-mails: the feedback and the opinion it answers. Subject and body are written when the
    /// mail is sent, from the feedback, so 100,000 recipients are 100,000 small rows, not 100,000 copies of a text.</summary>
    public Guid? FeedbackId { get; private set; }

    /// <summary>The sender run that holds the row's lease (<see cref="NextAttemptAt"/> in the future while it does);
    /// only that run renews the lease, so a run that lost it finds out.</summary>
    public Guid? ClaimedBy { get; private set; }
    public Guid? OpinionId { get; private set; }

    public const string FeedbackKind = "feedback";

    /// <summary>For mail to a follower (<see cref="FollowNoticeKind"/>, <see cref="FollowDigestKind"/>): who. Rendered when
    /// sent, like feedback, in the follower's language; set to null if the follower is deleted after it was sent.</summary>
    public Guid? FollowerId { get; private set; }

    /// <summary>For <see cref="FollowNoticeKind"/>: the step told of. One row per follower and step, whatever happens.</summary>
    public Guid? DialogueEventId { get; private set; }

    /// <summary>For <see cref="FollowDigestKind"/>: the Monday of the week the digest tells of. One per follower and week.</summary>
    public DateOnly? DigestWeek { get; private set; }

    /// <summary>One step of a followed dialogue, to one follower.</summary>
    public const string FollowNoticeKind = "follow-notice";

    /// <summary>A week's steps of what a follower follows, in one mail.</summary>
    public const string FollowDigestKind = "follow-digest";

    /// <summary>The double opt-in mail of a follow.</summary>
    public const string FollowConfirmationKind = "follow-confirmation";

    /// <summary>Marks a mail written to a follower (a confirmation), so it goes with them when they are removed.</summary>
    public OutgoingEmail ToFollower(Guid followerId)
    {
        FollowerId = followerId;
        return this;
    }

    /// <summary>Delivered: the address is no longer needed and is dropped at once (personal data is minimal).</summary>
    public void MarkSent(DateTimeOffset now)
    {
        SentAt = now;
        LastError = null;
        ToAddress = null;
    }

    /// <summary>A failed attempt: try again after 1, 2, 4 … minutes, at most an hour apart.</summary>
    public void MarkFailed(string error, DateTimeOffset now)
    {
        Attempts++;
        LastError = error.Length > 500 ? error[..500] : error;
        NextAttemptAt = now + TimeSpan.FromMinutes(Math.Min(60, Math.Pow(2, Math.Min(Attempts - 1, 6))));
    }
}
