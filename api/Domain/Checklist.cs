using System.Globalization;

namespace Medborgardialog.Api.Domain;

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
/// links — it was judged on, as codes with parameters. <c>Warnings</c> are shortfalls that
/// do not break the promise (no easy-read text).</summary>
public sealed record ChecklistItem(CompliancePromise Promise, ItemState State, DateTimeOffset? DueAt, IReadOnlyList<EvidenceLine> Evidence, IReadOnlyList<EvidenceLine> Warnings, IReadOnlyList<EvidenceLink> Links)
{
    /// <summary>Not kept yet, and due within the reminder window (or already past due).</summary>
    public bool AboutToBeMissed { get; init; }

    /// <summary>When what the promise asks was done: the basis first exported (Q2), the dialogue announced (Q3a), the
    /// feedback published (Q5); null when not done or not a single act.</summary>
    public DateTimeOffset? DoneAt { get; init; }

    /// <summary>Q4: the target groups reached below their configured share whose shortfall is not explained yet.</summary>
    public IReadOnlyList<TargetGroup> UnexplainedGroups { get; init; } = [];
}

/// <summary>Computes the checklist (promises Q1–Q5) of one dialogue from its facts. Pure: the same facts and time
/// give the same checklist; no database, no other use case.</summary>
public static class Checklist
{
    public static IReadOnlyList<ChecklistItem> For(DialogueFacts f, ComplianceOptions o, DateTimeOffset now, string site)
    {
        if (f.Status == DialogueStatus.Cancelled)
        {
            return Enum.GetValues<CompliancePromise>().Select(p => new ChecklistItem(p, ItemState.NotApplicable, null, [E(EvidenceCode.DialogueCancelled)], [], [])).ToList();
        }

        var page = new EvidenceLink(EvidenceLinkKind.DialoguePage, $"{site}/dialoger/{f.Slug}");
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
        var evidence = new List<EvidenceLine>
        {
            E(EvidenceCode.OpenPeriod, ("openedOn", Day(opened)), ("closedOn", Day(closed)), ("days", Number(openDays, "0.#")), ("minimumDays", Number(o.MinimumOpenDays))),
            E(EvidenceCode.OpinionsReceived, ("received", Number(received)), ("online", Number(f.OnlineOpinions)), ("offline", Number(f.OfflineOpinions)),
                ("withdrawn", Number(f.Withdrawn)), ("spam", Number(f.Spam)), ("inResult", Number(received - f.Withdrawn - f.Spam))),
            E(offlineOffered ? EvidenceCode.OfflineInputAccepted : EvidenceCode.NoOfflineInput),
        };
        var late = f.ResultCompiledAt is { } compiled && f.LastOpinionAt > compiled;
        if (f.ResultCompiledAt is { } at)
        {
            evidence.Add(E(late ? EvidenceCode.OpinionAfterResult : EvidenceCode.ResultCompiled, ("compiledOn", Day(at))));
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
        var evidence = new List<EvidenceLine>
        {
            f.FirstExportedAt is { } exported ? E(EvidenceCode.BasisExported, ("exportedOn", Day(exported))) : E(EvidenceCode.NoBasisExported),
            f.DecidedOn is { } decided ? E(EvidenceCode.DecisionTaken, ("decidedOn", Day(decided)))
                : f.PlannedDecisionDate is { } planned ? E(EvidenceCode.DecisionPlanned, ("plannedOn", Day(planned))) : E(EvidenceCode.NoDecisionDate),
        };
        if (f.DecidedOn is not { } on)
        {
            return Item(CompliancePromise.Q2Basis, ItemState.NotYetDue, DecisionDue(f), evidence);
        }

        evidence.Add(E(f.DecisionSaysHowResultWasUsed ? EvidenceCode.DecisionSaysHowResultWasUsed : EvidenceCode.DecisionDoesNotSayHowResultWasUsed));
        var exportedInTime = f.FirstExportedAt is { } first && DateOnly.FromDateTime(first.UtcDateTime) <= on;
        if (f.FirstExportedAt is not null && !exportedInTime)
        {
            evidence.Add(E(EvidenceCode.BasisExportedAfterDecision));
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
        var evidence = new List<EvidenceLine>
        {
            f.PublishedAt is { } p
                ? E(EvidenceCode.Announced, ("announcedOn", Day(p)), ("days", Number((opened - p).TotalDays, "0")), ("openedOn", Day(opened)), ("minimumDays", Number(o.AnnounceDaysBeforeOpening)))
                : E(EvidenceCode.NotAnnounced, ("announceByOn", Day(deadline))),
            E(EvidenceCode.FormsOfDialogue, ("count", Number(f.Forms.Count)), ("minimum", Number(MinimumForms))),
            E(EvidenceCode.SessionsWithAccessibility, ("count", Number(f.SessionsWithAccessibility)), ("minimum", Number(MinimumAccessibleSessions))),
        };
        if (!f.HasPlaces)
        {
            evidence.Add(E(EvidenceCode.NoPlace));
        }

        var kept = inTime && f.Forms.Count >= MinimumForms && f.SessionsWithAccessibility >= MinimumAccessibleSessions && f.HasPlaces;
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
        var evidence = new List<EvidenceLine>
        {
            string.IsNullOrWhiteSpace(f.Summary) ? E(EvidenceCode.NoPlainSummary) : E(EvidenceCode.PlainSummary, ("characters", Number(f.Summary.Length))),
            E(f.HasEasyRead ? EvidenceCode.EasyReadText : EvidenceCode.NoEasyReadText),
        };
        IReadOnlyList<EvidenceLine> warnings = f.HasEasyRead ? [] : [E(EvidenceCode.AddEasyReadText)];
        if (f.PublishedAt is null)
        {
            return Item(CompliancePromise.Q3bFacts, ItemState.NotYetDue, f.OpensAt, evidence, warnings);
        }

        return Item(CompliancePromise.Q3bFacts, string.IsNullOrWhiteSpace(f.Summary) ? ItemState.NotMet : ItemState.Met, f.PublishedAt, evidence, warnings, [page]);
    }

    /// <summary>Q4: every target group reached at its configured share, or the shortfall explained.</summary>
    private static ChecklistItem Reach(DialogueFacts f)
    {
        var evidence = new List<EvidenceLine>();
        var warnings = new List<EvidenceLine>();
        var unexplained = new List<TargetGroup>();
        foreach (var group in f.Reach)
        {
            var code = GroupCode(group.Group);
            if (!group.Measured || group.ExpectedShare is not { } expected)
            {
                warnings.Add(group.Explanation is { } why
                    ? E(EvidenceCode.GroupNotMeasuredExplained, ("group", code), ("explanation", why))
                    : E(EvidenceCode.GroupNotMeasured, ("group", code)));
                continue;
            }

            (string, string)[] measured = group.Share is { } share
                ? [("group", code), ("share", Fraction(share)), ("answered", Number(group.Answered)), ("expectedShare", Fraction(expected))]
                : [("group", code), ("expectedShare", Fraction(expected))];
            if (group.Share >= expected)
            {
                evidence.Add(E(EvidenceCode.GroupReached, measured));
            }
            else if (group.Explanation is { } why)
            {
                evidence.Add(E(group.Share is null ? EvidenceCode.GroupNoAnswersExplained : EvidenceCode.GroupUnderReachedExplained, [.. measured, ("explanation", why)]));
            }
            else
            {
                evidence.Add(E(group.Share is null ? EvidenceCode.GroupNoAnswers : EvidenceCode.GroupUnderReached, measured));
                unexplained.Add(group.Group);
            }
        }

        if (f.Reach.Count == 0)
        {
            evidence.Add(E(EvidenceCode.NoTargetGroups));
        }

        if (f.Status.IsBeforeClosing())
        {
            return Item(CompliancePromise.Q4Reach, ItemState.NotYetDue, f.ClosesAt, evidence, warnings) with { UnexplainedGroups = unexplained };
        }

        return Item(CompliancePromise.Q4Reach, unexplained.Count == 0 ? ItemState.Met : ItemState.NotMet, f.ClosedAt ?? f.ClosesAt, evidence, warnings)
            with { UnexplainedGroups = unexplained };
    }

    /// <summary>Q5: feedback published in time after the decision, e-mail delivered to every confirmed participant, and an
    /// entry in the public feed — checked against the feed's own selection (<see cref="DialogueFacts.FeedbackInFeed"/>).</summary>
    private static ChecklistItem Feedback(DialogueFacts f, ComplianceOptions o, DateTimeOffset now, string site)
    {
        if (f.DecidedOn is not { } decided)
        {
            return Item(CompliancePromise.Q5Feedback, ItemState.NotYetDue, null, [E(EvidenceCode.NoDecisionYet)]);
        }

        var deadline = At(decided).AddDays(o.FeedbackWithinDays + 1).AddTicks(-1); // the whole last day counts
        var evidence = new List<EvidenceLine>
        {
            E(EvidenceCode.FeedbackDue, ("decidedOn", Day(decided)), ("dueOn", Day(deadline)), ("days", Number(o.FeedbackWithinDays))),
        };
        if (f.FeedbackPublishedAt is not { } published)
        {
            evidence.Add(E(EvidenceCode.NoFeedbackPublished));
            return Item(CompliancePromise.Q5Feedback, now > deadline ? ItemState.NotMet : ItemState.NotYetDue, deadline, evidence);
        }

        var days = DateOnly.FromDateTime(published.UtcDateTime).DayNumber - decided.DayNumber;
        var onTime = published <= deadline;
        evidence.Add(onTime
            ? E(EvidenceCode.FeedbackPublished, ("publishedOn", Day(published)), ("days", Number(days)))
            : E(EvidenceCode.FeedbackPublishedLate, ("publishedOn", Day(published)), ("days", Number(days)), ("daysLate", Number(days - o.FeedbackWithinDays))));
        evidence.Add(E(EvidenceCode.FeedbackEmailsDelivered, ("sent", Number(f.FeedbackMailsSent)), ("queued", Number(f.FeedbackMailsQueued))));
        evidence.Add(E(f.FeedbackInFeed ? EvidenceCode.InPublicFeed : EvidenceCode.NotInPublicFeed));
        IReadOnlyList<EvidenceLink> links =
        [
            new(EvidenceLinkKind.FeedbackPage, $"{site}/dialoger/{f.Slug}/aterkoppling"), new(EvidenceLinkKind.Feed, $"{site}/api/feeds/dialogues.atom"),
        ];
        if (!onTime || !f.FeedbackInFeed)
        {
            return Item(CompliancePromise.Q5Feedback, ItemState.NotMet, deadline, evidence, links: links) with { DoneAt = published };
        }

        return Item(CompliancePromise.Q5Feedback, f.FeedbackMailsSent >= f.FeedbackMailsQueued ? ItemState.Met : ItemState.NotYetDue, deadline, evidence, links: links)
            with { DoneAt = published };
    }

    /// <summary>Q3a: varied forms means at least two.</summary>
    private const int MinimumForms = 2;

    /// <summary>Q3a: at least one session says how accessible it is.</summary>
    private const int MinimumAccessibleSessions = 1;

    private static DateTimeOffset? DecisionDue(DialogueFacts f) => f.DecidedOn is { } d ? At(d) : f.PlannedDecisionDate is { } p ? At(p) : null;

    private static DateTimeOffset At(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static EvidenceLine E(EvidenceCode code, params (string Name, string Value)[] parameters) =>
        new(code, parameters.ToDictionary(p => p.Name, p => p.Value));

    private static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private static string Fraction(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static string GroupCode(TargetGroup group) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(group.ToString());

    private static ChecklistItem Item(CompliancePromise promise, ItemState state, DateTimeOffset? due, IReadOnlyList<EvidenceLine> evidence,
        IReadOnlyList<EvidenceLine>? warnings = null, IReadOnlyList<EvidenceLink>? links = null) =>
        new(promise, state, due, evidence, warnings ?? [], links ?? []);
}
