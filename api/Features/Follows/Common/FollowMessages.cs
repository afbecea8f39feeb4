using Medborgardialog.Api.Infrastructure.Email;
using Medborgardialog.Api.Infrastructure.Hosting;

namespace Medborgardialog.Api.Features.Follows.Common;

/// <summary>
/// Writes a follower's mail when it is sent (SendOutgoingEmails): a notice of one step, or the weekly digest, in the
/// follower's language, with their own manage link and RFC 8058's one-click unsubscribe address. A notice is the same
/// text for every follower in a language but for the follower's own link, so it is rendered once per step and language
/// and the link put in per mail — 100,000 notices are one Razor rendering per language, not 100,000.
/// </summary>
public sealed class FollowMessages(AppDbContext db, EmailTemplates templates, FollowerLinks links, IConfiguration configuration)
{
    private const string LinkSlot = "https://follower.invalid/link-slot";
    private readonly Dictionary<(Guid Step, string Language), RenderedEmail?> _notices = [];
    private Dictionary<Guid, string> _languages = [];

    /// <summary>How many days after a dialogue's feedback its followers' addresses are kept (<c>Follows:RetentionDaysAfterFeedback</c>).</summary>
    public static int RetentionDays(IConfiguration configuration) => Math.Clamp(configuration.GetValue("Follows:RetentionDaysAfterFeedback", 30), 0, 3650);

    /// <summary>Whether a ledger row is a follower's mail written at send time.</summary>
    public static bool IsFollowerMail(OutgoingEmail email) =>
        email.FollowerId is not null && email.Kind is OutgoingEmail.FollowNoticeKind or OutgoingEmail.FollowDigestKind;

    /// <summary>Reads the languages of a batch's followers, once per batch.</summary>
    public async Task PrepareAsync(IReadOnlyCollection<OutgoingEmail> batch, CancellationToken cancellationToken)
    {
        var ids = batch.Where(IsFollowerMail).Select(e => e.FollowerId!.Value).Distinct().ToList();
        _languages = ids.Count == 0 ? [] : await db.Followers.AsNoTracking().Where(f => ids.Contains(f.Id))
            .ToDictionaryAsync(f => f.Id, f => f.Language, cancellationToken);
    }

    /// <summary>The mail of a follower's row and its one-click unsubscribe address; null when there is nothing left to say
    /// (the step's dialogue is gone, or the digest's week has no steps for them any more).</summary>
    public async Task<(RenderedEmail Mail, string OneClickUrl)?> RenderAsync(OutgoingEmail email, CancellationToken cancellationToken)
    {
        var followerId = email.FollowerId!.Value;
        var language = _languages.GetValueOrDefault(followerId, Words.Languages.Swedish);
        // One Data Protection Protect per mail, for both links: the token is the same kind of link either way.
        var token = links.FollowerToken(followerId);
        var manage = links.ManageUrlOf(token, language);
        RenderedEmail? mail;
        if (email.DialogueEventId is { } step)
        {
            if (!_notices.TryGetValue((step, language), out mail))
            {
                var steps = await FollowMail.StepsAsync(db, db.DialogueEvents.Where(e => e.Id == step), language, PublicSite.Url(configuration), cancellationToken);
                mail = steps.Count == 0 ? null
                    : await templates.RenderAsync(new FollowNoticeEmail.Content(steps, false, LinkSlot, RetentionDays(configuration), language));
                _notices[(step, language)] = mail;
            }

            mail = mail is null ? null : mail with { Html = mail.Html.Replace(LinkSlot, manage, StringComparison.Ordinal), Text = mail.Text.Replace(LinkSlot, manage, StringComparison.Ordinal) };
        }
        else if (email.DigestWeek is { } week)
        {
            var steps = await FollowMail.StepsAsync(db, DigestSteps.Of(db, followerId, week), language, PublicSite.Url(configuration), cancellationToken);
            mail = steps.Count == 0 ? null : await templates.RenderAsync(new FollowNoticeEmail.Content(steps, true, manage, RetentionDays(configuration), language));
        }
        else
        {
            mail = null;
        }

        return mail is null ? null : (mail, links.OneClickUrlOf(token));
    }
}

/// <summary>The steps a weekly follower's digest tells of: those of the week starting on <c>week</c> (Monday, Karlskoga
/// time) in the dialogues they follow, and the first public steps of new dialogues that match a follow of new dialogues.</summary>
internal static class DigestSteps
{
    public static IQueryable<DialogueEvent> Of(AppDbContext db, Guid followerId, DateOnly week)
    {
        var (from, to) = (FollowMail.StartOf(week), FollowMail.StartOf(week.AddDays(7)));
        var follows = db.Follows.Where(w => w.FollowerId == followerId && w.ConfirmedAt != null);
        return db.DialogueEvents.Where(e => e.At >= from && e.At < to)
            .Where(e => follows.Any(w => w.DialogueId == e.DialogueId)
                || ((e.Kind == DialogueEventKind.Announced
                        || (e.Kind == DialogueEventKind.Opened && !db.DialogueEvents.Any(a => a.DialogueId == e.DialogueId && a.Kind == DialogueEventKind.Announced)))
                    && db.Dialogues.Any(d => d.Id == e.DialogueId
                        && follows.Any(w => w.Scope == FollowScope.NewDialogues
                            && (w.District == null || d.Districts.Contains(w.District))
                            && (w.Topic == null || d.Topics.Contains(w.Topic))))));
    }
}
