using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Features.Feeds;
using Medborgardialog.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Medborgardialog.Api.Features.Compliance;

/// <summary>A dialogue with its checklist, as the dashboard, the transparency report and the reminders see it.</summary>
public sealed record DialogueChecklist(
    Guid DialogueId,
    string Slug,
    string Title,
    string Committee,
    DialogueStatus Status,
    DateTimeOffset OpensAt,
    DateTimeOffset ClosesAt,
    Guid? ResponsibleStaffId,
    IReadOnlyList<ChecklistItem> Items)
{
    public int NotMet => Items.Count(i => i.State == ItemState.NotMet);
    public int AboutToBeMissed => Items.Count(i => i.AboutToBeMissed);
}

/// <summary>Reads the facts of many dialogues in a fixed number of grouped queries — never a round of queries per
/// dialogue, and no other use case — and computes their checklists with the domain's <see cref="Checklist"/>. Reach is
/// measured by the domain's <see cref="Reach"/>, as on the reach dashboard, from one grouped count for all dialogues.</summary>
public sealed class ComplianceFacts(AppDbContext db, TimeProvider clock, IConfiguration configuration,
    Microsoft.Extensions.Options.IOptions<ComplianceOptions> options, Microsoft.Extensions.Options.IOptions<ReachOptions> reachOptions)
{
    public async Task<List<DialogueChecklist>> ChecklistsAsync(IQueryable<Dialogue> dialogues, CancellationToken cancellationToken)
    {
        var rows = await dialogues.AsNoTracking()
            .Select(d => new
            {
                d.Id, d.Slug, d.Title, d.Committee, d.Status, d.OpensAt, d.ClosesAt, d.PublishedAt, d.Forms, d.Places, d.Summary,
                HasEasyRead = d.EasyReadText != null, d.PlannedDecisionDate, d.CreatedByUserId, d.TargetGroups, d.Districts,
            })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var changes = await db.Dialogues.AsNoTracking().Where(d => ids.Contains(d.Id))
            .SelectMany(d => d.StatusChanges.Where(c => c.To == DialogueStatus.Open || c.To == DialogueStatus.Closed)
                .Select(c => new { DialogueId = d.Id, c.To, c.At }))
            .ToListAsync(cancellationToken);
        var sessions = await db.Set<DialogueSession>().AsNoTracking().Where(s => ids.Contains(s.DialogueId))
            .Select(s => new { s.DialogueId, s.Accessibility }).ToListAsync(cancellationToken);
        var opinions = await db.Opinions.AsNoTracking().Where(o => ids.Contains(o.DialogueId))
            .GroupBy(o => o.DialogueId)
            .Select(g => new
            {
                DialogueId = g.Key,
                Online = g.Count(o => o.Channel == OpinionChannel.Online),
                Offline = g.Count(o => o.Channel != OpinionChannel.Online),
                Withdrawn = g.Count(o => o.WithdrawnAt != null),
                Spam = g.Count(o => o.WithdrawnAt == null && o.Moderation == ModerationStatus.Spam),
                Last = g.Max(o => (DateTimeOffset?)o.SubmittedAt),
            })
            .ToDictionaryAsync(x => x.DialogueId, cancellationToken);
        var results = await db.DialogueResults.AsNoTracking().Where(r => ids.Contains(r.DialogueId))
            .ToDictionaryAsync(r => r.DialogueId, cancellationToken);
        var decisions = await db.Decisions.AsNoTracking().Where(d => ids.Contains(d.DialogueId))
            .ToDictionaryAsync(d => d.DialogueId, cancellationToken);
        var feedEntries = FeedEntries.Feedback(db);
        var feedbacks = await db.Feedbacks.AsNoTracking().Where(f => ids.Contains(f.DialogueId))
            .Select(f => new
            {
                f.DialogueId,
                f.PublishedAt,
                Queued = db.OutgoingEmails.Count(e => e.FeedbackId == f.Id),
                Sent = db.OutgoingEmails.Count(e => e.FeedbackId == f.Id && e.SentAt != null),
                InFeed = feedEntries.Any(e => e.Id == f.Id),
            })
            .ToDictionaryAsync(f => f.DialogueId, cancellationToken);
        var explanations = (await db.ReachExplanations.AsNoTracking().Where(e => ids.Contains(e.DialogueId)).ToListAsync(cancellationToken))
            .ToLookup(e => e.DialogueId);
        // Reach is measured once the dialogue is public, for the dialogues that name target groups: one grouped count
        // of the opinions in the result by dialogue and background, whatever the number of dialogues.
        var measured = rows.Where(r => r.TargetGroups.Count > 0 && r.Status != DialogueStatus.Draft).Select(r => r.Id).ToHashSet();
        var backgrounds = (measured.Count == 0 ? [] : await db.Opinions.AsNoTracking().Where(Opinion.InResult).Where(o => measured.Contains(o.DialogueId))
                .GroupBy(o => new { o.DialogueId, o.Background.AgeBand, o.Background.District, o.Background.Relation })
                .Select(g => new CountedBackground(g.Key.DialogueId, new BackgroundCount(g.Key.AgeBand, g.Key.District, g.Key.Relation, g.Count())))
                .ToListAsync(cancellationToken))
            .ToLookup(g => g.DialogueId, g => g.Count);
        var opened = changes.Where(c => c.To == DialogueStatus.Open).ToLookup(c => c.DialogueId, c => c.At);
        var closed = changes.Where(c => c.To == DialogueStatus.Closed).ToLookup(c => c.DialogueId, c => c.At);
        var accessible = sessions.Where(s => HasAccessibilityInformation(s.Accessibility)).ToLookup(s => s.DialogueId);

        var now = clock.GetUtcNow();
        var site = Infrastructure.Hosting.PublicSite.Url(configuration);
        var checklists = new List<DialogueChecklist>(rows.Count);
        foreach (var d in rows)
        {
            var reach = measured.Contains(d.Id)
                ? Reach.Measure(d.TargetGroups, d.Districts, backgrounds[d.Id].ToList(), reachOptions.Value)
                    .Select(g => new GroupReach(g.Group, g.Measured && g.ExpectedShare is not null, g.Share, g.ExpectedShare, g.Answered,
                        explanations[d.Id].FirstOrDefault(e => e.Group == g.Group)?.Text))
                    .ToList()
                : [];

            opinions.TryGetValue(d.Id, out var counted);
            results.TryGetValue(d.Id, out var result);
            decisions.TryGetValue(d.Id, out var decision);
            feedbacks.TryGetValue(d.Id, out var feedback);
            var facts = new DialogueFacts(
                d.Id, d.Slug, d.Status, d.OpensAt, d.ClosesAt, d.PublishedAt,
                opened[d.Id].Min(at => (DateTimeOffset?)at),
                closed[d.Id].Min(at => (DateTimeOffset?)at),
                d.Forms, d.Places.Count > 0,
                accessible[d.Id].Count(),
                d.Summary, d.HasEasyRead,
                counted?.Online ?? 0, counted?.Offline ?? 0, counted?.Withdrawn ?? 0, counted?.Spam ?? 0, counted?.Last,
                result?.UpdatedAt, result?.FirstExportedAt,
                decision?.DecidedOn, !string.IsNullOrWhiteSpace(decision?.HowResultWasUsed), d.PlannedDecisionDate,
                feedback?.PublishedAt, feedback?.Queued ?? 0, feedback?.Sent ?? 0,
                reach)
            {
                FeedbackInFeed = feedback?.InFeed ?? false,
            };
            checklists.Add(new DialogueChecklist(d.Id, d.Slug, d.Title, d.Committee, d.Status, d.OpensAt, d.ClosesAt, d.CreatedByUserId,
                Checklist.For(facts, options.Value, now, site)));
        }

        return checklists;
    }

    private sealed record CountedBackground(Guid DialogueId, BackgroundCount Count);

    private static bool HasAccessibilityInformation(SessionAccessibility a) =>
        a.StepFreeAccess || a.HearingLoop || a.SignLanguage || !string.IsNullOrWhiteSpace(a.Interpretation) || !string.IsNullOrWhiteSpace(a.Notes);
}

/// <summary>Calendar years (in UTC) of dialogue openings: the dashboard's filter and the transparency report's year.</summary>
internal static class Years
{
    public static (DateTimeOffset From, DateTimeOffset To) Span(int year) =>
        (new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(year + 1, 1, 1, 0, 0, 0, TimeSpan.Zero));

    /// <summary>The transparency report's dialogues: the public ones that open in the year.</summary>
    public static IQueryable<Dialogue> PublicOf(IQueryable<Dialogue> dialogues, int year)
    {
        var (from, to) = Span(year);
        return dialogues.Where(Dialogue.IsPublic).Where(d => d.OpensAt >= from && d.OpensAt < to);
    }

    public static async Task<List<int>> WithDialoguesAsync(IQueryable<Dialogue> dialogues, CancellationToken cancellationToken) =>
        await dialogues.Select(d => d.OpensAt.Year).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);
}
