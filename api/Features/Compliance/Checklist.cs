using System.Globalization;
using Medborgardialog.Api.Domain;

namespace Medborgardialog.Api.Features.Compliance;

/// <summary>The municipality's quality commitments (MISSION.md, Q1–Q5) as configured figures.</summary>
public sealed class ComplianceOptions
{
    /// <summary>Q1: the shortest time a dialogue must be open.</summary>
    public int MinimumOpenDays { get; init; } = 14;

    /// <summary>Q3a: announced with when, where and how at least this many days before it opens.</summary>
    public int AnnounceDaysBeforeOpening { get; init; } = 14;

    /// <summary>Q5: feedback published at most this many days after the decision.</summary>
    public int FeedbackWithinDays { get; init; } = 30;

    /// <summary>The responsible official is e-mailed when an item's deadline is this close and it is not yet kept.</summary>
    public int RemindDaysBefore { get; init; } = 3;
}

/// <summary>Where a promise stands for one dialogue.</summary>
public enum ItemState
{
    Met,
    NotMet,
    NotYetDue,

    /// <summary>The dialogue was cancelled: nothing is due.</summary>
    NotApplicable,
}

/// <summary>The promises, as in MISSION.md.</summary>
public enum CompliancePromise
{
    Q1Heard,
    Q2Basis,
    Q3aInformed,
    Q3bFacts,
    Q4Reach,
    Q5Feedback,
}

/// <summary>One promise for one dialogue: met / not met / not yet due, by when, and the evidence — dates, counts,
/// links — it was judged on. <c>Warnings</c> are shortfalls that do not break the promise (no easy-read text).</summary>
public sealed record ChecklistItem(CompliancePromise Promise, ItemState State, DateTimeOffset? DueAt, IReadOnlyList<string> Evidence, IReadOnlyList<string> Warnings, IReadOnlyList<EvidenceLink> Links)
{
    /// <summary>Not kept yet, and due within the reminder window (or already past due).</summary>
    public bool AboutToBeMissed { get; init; }

    /// <summary>When what the promise asks was done: the basis first exported (Q2), the dialogue announced (Q3a), the
    /// feedback published (Q5); null when not done or not a single act.</summary>
    public DateTimeOffset? DoneAt { get; init; }

    /// <summary>Q4: the target groups reached below their configured share whose shortfall is not explained yet.</summary>
    public IReadOnlyList<TargetGroup> UnexplainedGroups { get; init; } = [];
}

/// <summary>A link to where the evidence can be seen.</summary>
public sealed record EvidenceLink(string Title, string Url);

/// <summary>What a checklist is computed from: the dialogue's own data, never typed in by hand.</summary>
public sealed record DialogueFacts(
    Guid Id,
    string Slug,
    DialogueStatus Status,
    DateTimeOffset OpensAt,
    DateTimeOffset ClosesAt,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? OpenedAt,
    DateTimeOffset? ClosedAt,
    IReadOnlyList<DialogueForm> Forms,
    bool HasPlaces,
    int SessionsWithAccessibility,
    string Summary,
    bool HasEasyRead,
    int OnlineOpinions,
    int OfflineOpinions,
    int Withdrawn,
    int Spam,
    DateTimeOffset? LastOpinionAt,
    DateTimeOffset? ResultCompiledAt,
    DateTimeOffset? FirstExportedAt,
    DateOnly? DecidedOn,
    bool DecisionSaysHowResultWasUsed,
    DateOnly? PlannedDecisionDate,
    DateTimeOffset? FeedbackPublishedAt,
    int FeedbackMailsQueued,
    int FeedbackMailsSent,
    IReadOnlyList<GroupReach> Reach);

/// <summary>A target group's reach at the end, and the official's explanation when it fell short.</summary>
public sealed record GroupReach(TargetGroup Group, bool Measured, double? Share, double? ExpectedShare, int Answered, string? Explanation);

/// <summary>Computes the checklist (promises Q1–Q5) of one dialogue from its facts. Pure: the same facts and time
/// give the same checklist.</summary>
public static class Checklist
{
    public static IReadOnlyList<ChecklistItem> For(DialogueFacts f, ComplianceOptions o, DateTimeOffset now, string site)
    {
        if (f.Status == DialogueStatus.Cancelled)
        {
            return Enum.GetValues<CompliancePromise>().Select(p => new ChecklistItem(p, ItemState.NotApplicable, null, ["The dialogue was cancelled."], [], [])).ToList();
        }

        var page = new EvidenceLink("Dialogue page", $"{site}/dialoger/{f.Slug}");
        var items = new List<ChecklistItem> { Heard(f, o), Basis(f), Informed(f, o, now, page), Facts(f, page), Reach(f), Feedback(f, o, now, site) };
        return items.Select(i => i with { AboutToBeMissed = i.State == ItemState.NotYetDue && i.DueAt is { } due && due - now <= TimeSpan.FromDays(o.RemindDaysBefore) }).ToList();
    }

    /// <summary>Q1: open long enough, online and offline input accepted, every opinion received in the result.</summary>
    private static ChecklistItem Heard(DialogueFacts f, ComplianceOptions o)
    {
        var opened = f.OpenedAt ?? f.OpensAt;
        var closed = f.ClosedAt ?? f.ClosesAt;
        var openDays = (closed - opened).TotalDays;
        var offlineOffered = f.Forms.Any(form => form != DialogueForm.Survey && form != DialogueForm.DigitalForum) || f.OfflineOpinions > 0;
        var received = f.OnlineOpinions + f.OfflineOpinions;
        var evidence = new List<string>
        {
            $"Open {Date(opened)}–{Date(closed)}: {openDays:0.#} days (at least {o.MinimumOpenDays}).",
            $"Opinions received: {received} ({f.OnlineOpinions} online, {f.OfflineOpinions} offline); withdrawn {f.Withdrawn}, rejected as spam {f.Spam}; in the result {received - f.Withdrawn - f.Spam}.",
            offlineOffered ? "Offline input accepted (meetings, walks, pop-ups, paper or phone)." : "No offline form of dialogue and no offline opinions.",
        };
        var late = f.ResultCompiledAt is { } compiled && f.LastOpinionAt > compiled;
        if (f.ResultCompiledAt is { } at)
        {
            evidence.Add(late ? $"An opinion arrived after the result was compiled ({Date(at)}): compile it again." : $"Result compiled {Date(at)}, after the last opinion.");
        }

        if (f.Status.IsBeforeClosing())
        {
            return Item(CompliancePromise.Q1Heard, ItemState.NotYetDue, f.ClosesAt, evidence);
        }

        var kept = openDays >= o.MinimumOpenDays - 0.01 && f.OpenedAt is not null && offlineOffered;
        if (!kept)
        {
            return Item(CompliancePromise.Q1Heard, ItemState.NotMet, closed, evidence);
        }

        // The result must hold every opinion by the time it informs the decision.
        if (f.DecidedOn is null)
        {
            return f.ResultCompiledAt is not null && !late
                ? Item(CompliancePromise.Q1Heard, ItemState.Met, closed, evidence)
                : Item(CompliancePromise.Q1Heard, ItemState.NotYetDue, DecisionDue(f), evidence);
        }

        return Item(CompliancePromise.Q1Heard, f.ResultCompiledAt is not null && !late ? ItemState.Met : ItemState.NotMet, DecisionDue(f), evidence);
    }

    /// <summary>Q2: a decision basis exported on or before the decision date, and the decision says how the result was used.</summary>
    private static ChecklistItem Basis(DialogueFacts f)
    {
        var evidence = new List<string>
        {
            f.FirstExportedAt is { } exported ? $"Decision basis first exported {Date(exported)}." : "No decision basis exported yet.",
            f.DecidedOn is { } decided ? $"Decision taken {decided.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}." : f.PlannedDecisionDate is { } planned ? $"Decision planned {planned.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}." : "No decision date planned.",
        };
        if (f.DecidedOn is not { } on)
        {
            return Item(CompliancePromise.Q2Basis, ItemState.NotYetDue, DecisionDue(f), evidence);
        }

        evidence.Add(f.DecisionSaysHowResultWasUsed ? "The decision records how the result was used." : "The decision does not say how the result was used.");
        var exportedInTime = f.FirstExportedAt is { } first && DateOnly.FromDateTime(first.UtcDateTime) <= on;
        if (f.FirstExportedAt is not null && !exportedInTime)
        {
            evidence.Add("The basis was exported after the decision.");
        }

        return Item(CompliancePromise.Q2Basis, exportedInTime && f.DecisionSaysHowResultWasUsed ? ItemState.Met : ItemState.NotMet, At(on), evidence)
            with { DoneAt = f.FirstExportedAt };
    }

    /// <summary>Q3a: announced with when, where and how in good time; varied forms; a session with accessibility information.</summary>
    private static ChecklistItem Informed(DialogueFacts f, ComplianceOptions o, DateTimeOffset now, EvidenceLink page)
    {
        var opened = f.OpenedAt ?? f.OpensAt;
        var deadline = opened.AddDays(-o.AnnounceDaysBeforeOpening);
        var inTime = f.PublishedAt is { } published && published <= deadline;
        var evidence = new List<string>
        {
            f.PublishedAt is { } p ? $"Announced {Date(p)}, {(opened - p).TotalDays:0} days before it opened {Date(opened)} (at least {o.AnnounceDaysBeforeOpening})." : $"Not announced yet; announce by {Date(deadline)}.",
            $"Forms of dialogue: {f.Forms.Count} (at least 2).",
            $"Sessions with accessibility information: {f.SessionsWithAccessibility} (at least 1).",
        };
        var kept = inTime && f.Forms.Count >= 2 && f.SessionsWithAccessibility >= 1 && f.HasPlaces;
        if (kept)
        {
            return Item(CompliancePromise.Q3aInformed, ItemState.Met, deadline, evidence, links: [page]) with { DoneAt = f.PublishedAt };
        }

        var tooLate = f.PublishedAt is null ? now > deadline : !inTime;
        var due = f.Status is DialogueStatus.Draft or DialogueStatus.Announced && !tooLate;
        return Item(CompliancePromise.Q3aInformed, due ? ItemState.NotYetDue : ItemState.NotMet, deadline, evidence, links: f.PublishedAt is null ? [] : [page])
            with { DoneAt = f.PublishedAt };
    }

    /// <summary>Q3b: a plain-language summary at announcement; easy-read text (a warning when missing).</summary>
    private static ChecklistItem Facts(DialogueFacts f, EvidenceLink page)
    {
        var evidence = new List<string>
        {
            string.IsNullOrWhiteSpace(f.Summary) ? "No plain-language summary." : $"Plain-language summary of {f.Summary.Length} characters (required before announcement).",
            f.HasEasyRead ? "Easy-read text (lättläst) present." : "No easy-read text (lättläst).",
        };
        IReadOnlyList<string> warnings = f.HasEasyRead ? [] : ["Add an easy-read text (lättläst) so more residents can take part."];
        if (f.PublishedAt is null)
        {
            return Item(CompliancePromise.Q3bFacts, ItemState.NotYetDue, f.OpensAt, evidence, warnings);
        }

        return Item(CompliancePromise.Q3bFacts, string.IsNullOrWhiteSpace(f.Summary) ? ItemState.NotMet : ItemState.Met, f.PublishedAt, evidence, warnings, [page]);
    }

    /// <summary>Q4: every target group reached at its configured share, or the shortfall explained.</summary>
    private static ChecklistItem Reach(DialogueFacts f)
    {
        var evidence = new List<string>();
        var warnings = new List<string>();
        var unexplained = new List<TargetGroup>();
        foreach (var group in f.Reach)
        {
            if (!group.Measured || group.ExpectedShare is null)
            {
                warnings.Add($"{group.Group}: not measured by the background questions{(group.Explanation is null ? "" : $"; explained: {group.Explanation}")}.");
                continue;
            }

            var reached = group.Share >= group.ExpectedShare;
            var line = $"{group.Group}: {(group.Share is { } s ? s.ToString("P0", CultureInfo.InvariantCulture) : "no answers")} of {group.Answered} who answered, configured share {group.ExpectedShare.Value.ToString("P0", CultureInfo.InvariantCulture)}";
            if (reached)
            {
                evidence.Add(line + ": reached.");
            }
            else if (group.Explanation is not null)
            {
                evidence.Add(line + $": under-reached, explained: {group.Explanation}");
            }
            else
            {
                evidence.Add(line + ": under-reached, not explained.");
                unexplained.Add(group.Group);
            }
        }

        if (f.Reach.Count == 0)
        {
            evidence.Add("No target groups named.");
        }

        if (f.Status.IsBeforeClosing())
        {
            return Item(CompliancePromise.Q4Reach, ItemState.NotYetDue, f.ClosesAt, evidence, warnings) with { UnexplainedGroups = unexplained };
        }

        return Item(CompliancePromise.Q4Reach, unexplained.Count == 0 ? ItemState.Met : ItemState.NotMet, f.ClosedAt ?? f.ClosesAt, evidence, warnings)
            with { UnexplainedGroups = unexplained };
    }

    /// <summary>Q5: feedback published in time after the decision, e-mail delivered to every confirmed participant, an entry in the public feed.</summary>
    private static ChecklistItem Feedback(DialogueFacts f, ComplianceOptions o, DateTimeOffset now, string site)
    {
        if (f.DecidedOn is not { } decided)
        {
            return Item(CompliancePromise.Q5Feedback, ItemState.NotYetDue, null, ["No decision yet."]);
        }

        var deadline = At(decided).AddDays(o.FeedbackWithinDays + 1).AddTicks(-1); // the whole last day counts
        var evidence = new List<string> { $"Decision {decided.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}; feedback due by {Date(deadline)} ({o.FeedbackWithinDays} days)." };
        if (f.FeedbackPublishedAt is not { } published)
        {
            evidence.Add("No feedback published.");
            return Item(CompliancePromise.Q5Feedback, now > deadline ? ItemState.NotMet : ItemState.NotYetDue, deadline, evidence);
        }

        var days = DateOnly.FromDateTime(published.UtcDateTime).DayNumber - decided.DayNumber;
        var onTime = published <= deadline;
        evidence.Add(onTime ? $"Feedback published {Date(published)}, {days} days after the decision." : $"Feedback published {Date(published)}, {days} days after the decision: {days - o.FeedbackWithinDays} days late.");
        evidence.Add($"Feedback e-mails: {f.FeedbackMailsSent} of {f.FeedbackMailsQueued} confirmed participants delivered.");
        evidence.Add("Entry in the public feed.");
        IReadOnlyList<EvidenceLink> links = [new("Feedback page", $"{site}/dialoger/{f.Slug}/aterkoppling"), new("Feed", $"{site}/api/feeds/dialogues.atom")];
        if (!onTime)
        {
            return Item(CompliancePromise.Q5Feedback, ItemState.NotMet, deadline, evidence, links: links) with { DoneAt = published };
        }

        return Item(CompliancePromise.Q5Feedback, f.FeedbackMailsSent >= f.FeedbackMailsQueued ? ItemState.Met : ItemState.NotYetDue, deadline, evidence, links: links)
            with { DoneAt = published };
    }

    private static DateTimeOffset? DecisionDue(DialogueFacts f) => f.DecidedOn is { } d ? At(d) : f.PlannedDecisionDate is { } p ? At(p) : null;

    private static DateTimeOffset At(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static string Date(DateTimeOffset at) => at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static ChecklistItem Item(CompliancePromise promise, ItemState state, DateTimeOffset? due, IReadOnlyList<string> evidence,
        IReadOnlyList<string>? warnings = null, IReadOnlyList<EvidenceLink>? links = null) =>
        new(promise, state, due, evidence, warnings ?? [], links ?? []);
}
