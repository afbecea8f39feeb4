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

    public Opinion(Guid id, Guid dialogueId, OpinionChannel channel, string text, IReadOnlyList<Answer> answers, Background background, string receiptTokenHash, DateTimeOffset now)
    {
        Id = id;
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

    /// <summary>Groups the opinion under these themes (replacing earlier ones).</summary>
    public void Tag(IEnumerable<Guid> themeIds) => ThemeIds = themeIds.Distinct().ToList();

    /// <summary>An opinion gathered offline and registered by staff: the channel it came through, the session, who registered it.</summary>
    public static Opinion RegisteredOffline(
        Guid id, Guid dialogueId, OpinionChannel channel, Guid? sessionId, Guid registeredByUserId,
        string text, IReadOnlyList<Answer> answers, Background background, string receiptTokenHash, DateTimeOffset now)
    {
        if (channel == OpinionChannel.Online)
        {
            throw new DomainRuleException("An opinion registered by staff was gathered offline: choose the channel it came through.");
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
            throw new DomainRuleException("There is no e-mail address to confirm.");
        }

        FeedbackEmailConfirmedAt ??= now;
        EmailConfirmationTokenHash = null;
    }

    /// <summary>The resident takes the opinion back while the dialogue is open: out of the result, kept as a record.</summary>
    public void Withdraw(DialogueStatus dialogueStatus, DateTimeOffset now)
    {
        if (IsWithdrawn)
        {
            throw new DomainRuleException("The opinion is already withdrawn.");
        }

        if (dialogueStatus != DialogueStatus.Open)
        {
            throw new DomainRuleException("An opinion can only be withdrawn while the dialogue is open.");
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
