using System.Security.Cryptography;

namespace Medborgardialog.Api.Domain;

/// <summary>
/// An opinion (synpunkt) given to a dialogue — online, or registered by staff from a meeting, walk, pop-up,
/// paper or phone. It is a public record: a resident can withdraw it (out of the result and out of view) but it
/// is not erased. The receipt token is the resident's private key to it; only its hash is stored.
/// </summary>
public sealed class Opinion
{
    private Opinion() { } // for EF

    public Opinion(Guid id, Guid dialogueId, OpinionChannel channel, string text, IReadOnlyList<Answer> answers, Background background, string receiptTokenHash, DateTimeOffset now,
        string language = Words.Languages.Swedish)
    {
        Id = id;
        Language = language;
        DialogueId = dialogueId;
        Channel = channel;
        Text = text;
        Answers = answers.ToList();
        Background = background;
        ReceiptTokenHash = receiptTokenHash;
        SubmittedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid DialogueId { get; private set; }

    /// <summary>The language the resident gave it in (a code of <see cref="Words.Languages.Codes"/>): their e-mails are
    /// written in it, and reach counts answers by language (promise Q4).</summary>
    public string Language { get; private set; } = Words.Languages.Swedish;
    public OpinionChannel Channel { get; private set; }
    /// <summary>The answer to the open question, or a free comment beside a questionnaire (may be empty then).</summary>
    public string Text { get; private set; } = "";

    /// <summary>The answers to the dialogue's questionnaire (empty for an open question).</summary>
    public List<Answer> Answers { get; private set; } = [];

    /// <summary>For an opinion gathered offline: the session (meeting, walk, pop-up) it came from, if any.</summary>
    public Guid? SessionId { get; private set; }

    /// <summary>For an opinion gathered offline: the member of staff who registered it.</summary>
    public Guid? RegisteredByUserId { get; private set; }

    /// <summary>The themes officials grouped it under while compiling the result.</summary>
    public List<Guid> ThemeIds { get; private set; } = [];
    public Background Background { get; private set; } = new(null, null, null);
    public string ReceiptTokenHash { get; private set; } = "";
    public DateTimeOffset SubmittedAt { get; private set; }
    public DateTimeOffset? WithdrawnAt { get; private set; }

    /// <summary>Personal data, optional: where to send feedback after the decision. Confirmed by a link (double opt-in).</summary>
    public string? FeedbackEmail { get; private set; }
    public string? ConsentTextVersion { get; private set; }
    public DateTimeOffset? FeedbackEmailConfirmedAt { get; private set; }
    public string? EmailConfirmationTokenHash { get; private set; }

    public bool IsWithdrawn => WithdrawnAt is not null;

    /// <summary>The opinions that count in the result: not withdrawn, not rejected as spam. Held and hidden ones count.</summary>
    public static readonly System.Linq.Expressions.Expression<Func<Opinion, bool>> InResult =
        o => o.WithdrawnAt == null && o.Moderation != ModerationStatus.Spam;

    /// <summary>Where the opinion stands in moderation (see <see cref="ModerationStatus"/>).</summary>
    public ModerationStatus Moderation { get; private set; }

    /// <summary>What the automatic check found: lexicon entries and kinds of personal data.</summary>
    public List<ContentHit> ContentHits { get; private set; } = [];

    /// <summary>Held because it arrived in a burst of near-identical opinions to the same dialogue.</summary>
    public bool NearDuplicate { get; private set; }

    /// <summary>Since when it has waited for a moderator (held or reported); a pre-moderated opinion waits since it was submitted.</summary>
    public DateTimeOffset? AwaitingReviewSince { get; private set; }

    /// <summary>Reports since a moderator last acted on it.</summary>
    public int ReportsSinceReview { get; private set; }

    /// <summary>The moderator's reason for hiding it, shown publicly instead of the text.</summary>
    public string? HiddenReason { get; private set; }
    public DateTimeOffset? ModeratedAt { get; private set; }
    public Guid? ModeratedByUserId { get; private set; }

    /// <summary>Marked for a police report: kept whatever retention says, exportable with its metadata.</summary>
    public DateTimeOffset? PoliceReportMarkedAt { get; private set; }
    public Guid? PoliceReportMarkedByUserId { get; private set; }
    public string? PoliceReportNote { get; private set; }

    /// <summary>Records what the automatic check found; anything found holds the opinion for a moderator.</summary>
    /// <returns>Whether the opinion is now held.</returns>
    public bool Screen(IReadOnlyList<ContentHit> hits, bool nearDuplicate, DateTimeOffset now)
    {
        ContentHits = hits.ToList();
        NearDuplicate = nearDuplicate;
        if (hits.Count == 0 && !nearDuplicate)
        {
            return false;
        }

        Moderation = ModerationStatus.Held;
        AwaitingReviewSince = now;
        return true;
    }

    /// <summary>Someone reported it. When the reports since the last review reach <paramref name="reportsToHide"/>, a
    /// shown opinion is held pending review.</summary>
    /// <returns>Whether this report held it.</returns>
    public bool Reported(int reportsToHide, DateTimeOffset now)
    {
        ReportsSinceReview++;
        AwaitingReviewSince ??= now;
        if (Moderation is ModerationStatus.Unreviewed or ModerationStatus.Approved && ReportsSinceReview >= reportsToHide)
        {
            Moderation = ModerationStatus.Held;
            return true;
        }

        return false;
    }

    /// <summary>A moderator passes it: shown (on a public dialogue), out of the queue.</summary>
    public void Approve(Guid moderatorId, DateTimeOffset now) => Moderate(ModerationStatus.Approved, null, moderatorId, now);

    /// <summary>A moderator hides it; <paramref name="publicReason"/> is shown in its place.</summary>
    public void Hide(string publicReason, Guid moderatorId, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(publicReason))
        {
            throw new DomainRuleException(ProblemCodes.ModerationHideNeedsReason, "Say why the opinion is hidden: the reason is shown publicly.");
        }

        Moderate(ModerationStatus.Hidden, publicReason.Trim(), moderatorId, now);
    }

    /// <summary>A moderator rejects it as spam: out of view and out of the result.</summary>
    public void MarkAsSpam(Guid moderatorId, DateTimeOffset now) => Moderate(ModerationStatus.Spam, null, moderatorId, now);

    /// <summary>A moderator marks a threat for a police report: it is kept (retention skips it) and can be exported.</summary>
    public void MarkForPoliceReport(string note, Guid moderatorId, DateTimeOffset now)
    {
        if (PoliceReportMarkedAt is not null)
        {
            throw new DomainRuleException(ProblemCodes.ModerationAlreadyMarkedForPoliceReport, "The opinion is already marked for a police report.");
        }

        PoliceReportMarkedAt = now;
        PoliceReportMarkedByUserId = moderatorId;
        PoliceReportNote = note.Trim();
    }

    /// <summary>Retention: the text of spam, or of a hidden opinion that held personal data, is erased. The answers to
    /// choice questions stay (they are in the result); free-text answers go with the text.</summary>
    public void EraseText(DateTimeOffset now)
    {
        if (PoliceReportMarkedAt is not null)
        {
            throw new DomainRuleException(ProblemCodes.ModerationPoliceReportKept, "An opinion marked for a police report is kept.");
        }

        Text = "";
        Answers = Answers.Select(a => a.Text is null ? a : a with { Text = "" }).ToList();
        TextErasedAt ??= now;
    }

    /// <summary>When retention erased the text (<see cref="EraseText"/>).</summary>
    public DateTimeOffset? TextErasedAt { get; private set; }

    private void Moderate(ModerationStatus status, string? hiddenReason, Guid moderatorId, DateTimeOffset now)
    {
        if (IsWithdrawn)
        {
            throw new DomainRuleException(ProblemCodes.ModerationOpinionWithdrawn, "The resident has withdrawn the opinion; it is no longer shown or moderated.");
        }

        Moderation = status;
        HiddenReason = hiddenReason;
        ModeratedAt = now;
        ModeratedByUserId = moderatorId;
        ReportsSinceReview = 0;
        AwaitingReviewSince = null;
    }

    /// <summary>Groups the opinion under these themes (replacing earlier ones).</summary>
    public void Tag(IEnumerable<Guid> themeIds) => ThemeIds = themeIds.Distinct().ToList();

    /// <summary>An opinion gathered offline and registered by staff: the channel it came through, the session, who registered it.</summary>
    public static Opinion RegisteredOffline(
        Guid id, Guid dialogueId, OpinionChannel channel, Guid? sessionId, Guid registeredByUserId,
        string text, IReadOnlyList<Answer> answers, Background background, string receiptTokenHash, DateTimeOffset now)
    {
        if (channel == OpinionChannel.Online)
        {
            throw new DomainRuleException(ProblemCodes.OpinionOfflineNeedsChannel, "An opinion registered by staff was gathered offline: choose the channel it came through.");
        }

        return new Opinion(id, dialogueId, channel, text, answers, background, receiptTokenHash, now)
        {
            SessionId = sessionId,
            RegisteredByUserId = registeredByUserId,
        };
    }

    public void AskForFeedback(string email, string consentTextVersion, string confirmationTokenHash)
    {
        FeedbackEmail = email;
        ConsentTextVersion = consentTextVersion;
        EmailConfirmationTokenHash = confirmationTokenHash;
    }

    public void ConfirmFeedbackEmail(DateTimeOffset now)
    {
        if (FeedbackEmail is null)
        {
            throw new DomainRuleException(ProblemCodes.OpinionNoEmailToConfirm, "There is no e-mail address to confirm.");
        }

        FeedbackEmailConfirmedAt ??= now;
        EmailConfirmationTokenHash = null;
    }

    /// <summary>The resident takes the opinion back while the dialogue is open: out of the result, kept as a record.</summary>
    public void Withdraw(DialogueStatus dialogueStatus, DateTimeOffset now)
    {
        if (IsWithdrawn)
        {
            throw new DomainRuleException(ProblemCodes.OpinionAlreadyWithdrawn, "The opinion is already withdrawn.");
        }

        if (dialogueStatus != DialogueStatus.Open)
        {
            throw new DomainRuleException(ProblemCodes.OpinionWithdrawalNeedsOpenDialogue, "An opinion can only be withdrawn while the dialogue is open.");
        }

        WithdrawnAt = now;
    }

    /// <summary>Removes the e-mail address at the owner's request (any time).</summary>
    public void RemoveFeedbackEmail()
    {
        FeedbackEmail = null;
        FeedbackEmailConfirmedAt = null;
        EmailConfirmationTokenHash = null;
    }

    /// <summary>A new secret token (URL-safe) and the hash stored for it.</summary>
    public static (string Token, string Hash) NewToken()
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (token, Hash(token));
    }

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));
}

/// <summary>How an opinion reached the municipality. Every channel counts the same.</summary>
public enum OpinionChannel
{
    Online,
    Meeting,
    DialogueWalk,
    PopUp,
    Paper,
    Phone,
}

/// <summary>Optional, minimal background: age band, district, relation to Karlskoga.</summary>
public sealed record Background(AgeBand? AgeBand, string? District, Relation? Relation);

public enum AgeBand
{
    Under16,
    Age16To25,
    Age26To40,
    Age41To64,
    Age65Plus,
}

public enum Relation
{
    Resident,
    BusinessOwner,
    WorksOrStudiesHere,
    YoungPerson,
}
