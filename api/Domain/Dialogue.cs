namespace Medborgardialog.Api.Domain;

/// <summary>
/// A citizen dialogue. Its status changes only through the methods below, which refuse steps out of order.
/// </summary>
public sealed class Dialogue
{
    private Dialogue() { } // for EF

    public Guid Id { get; private set; }
    public string Slug { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string Summary { get; private set; } = "";
    public string Question { get; private set; } = "";
    public string Committee { get; private set; } = "";
    public string? CaseNumber { get; private set; }
    public DateOnly? PlannedDecisionDate { get; private set; }
    public List<DialogueForm> Forms { get; private set; } = [];
    public List<TargetGroup> TargetGroups { get; private set; } = [];
    public List<Place> Places { get; private set; } = [];
    public DateTimeOffset OpensAt { get; private set; }
    public DateTimeOffset ClosesAt { get; private set; }
    public DialogueStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The member of staff who created the dialogue (for "my dialogues").</summary>
    public Guid? CreatedByUserId { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }

    /// <summary>What it is about, in a few words ("skatepark", "trafik").</summary>
    public List<string> Topics { get; private set; } = [];

    /// <summary>The districts it concerns (codes from the managed list of Karlskoga's districts).</summary>
    public List<string> Districts { get; private set; } = [];

    /// <summary>How much influence residents have: inform, consult, dialogue, co-create.</summary>
    public ParticipationLevel ParticipationLevel { get; private set; } = ParticipationLevel.Consult;

    /// <summary>The fact material in easy-read Swedish (lättläst), optional.</summary>
    public string? EasyReadText { get; private set; }

    /// <summary>Links to fact material: reports, maps, earlier decisions.</summary>
    public List<FactLink> FactLinks { get; private set; } = [];

    /// <summary>A dialogue with young people (its own political decision, its own wording).</summary>
    public bool IsYouthDialogue { get; private set; }

    /// <summary>The elected officials responsible for the dialogue and its decision.</summary>
    public List<Guid> ResponsibleOfficialIds { get; private set; } = [];

    /// <summary>Why the dialogue was cancelled; shown publicly.</summary>
    public string? CancellationReason { get; private set; }

    /// <summary>The meetings, walks, workshops and pop-ups of the dialogue.</summary>
    public List<DialogueSession> Sessions { get; private set; } = [];

    /// <summary>How many status changes the dialogue has had (the number of the latest).</summary>
    public int StatusChangeCount { get; private set; }

    /// <summary>The audit trail of status changes: who or what changed the status, and when.</summary>
    public List<DialogueStatusChange> StatusChanges { get; private set; } = [];

    /// <summary>The steps followers and webhook receivers are told of (never loaded: new ones are added and saved with the
    /// step that made them).</summary>
    public List<DialogueEvent> Events { get; private set; } = [];

    /// <summary>When followers were reminded that the dialogue closes within a week (at most once).</summary>
    public DateTimeOffset? ClosingSoonNoticedAt { get; private set; }

    /// <summary>The questionnaire officials built while the dialogue was a draft; empty means the open question (free text).</summary>
    public List<Question> Questions { get; private set; } = [];

    /// <summary>Whether opinions are shown publicly (anonymised, after moderation) or only used internally.</summary>
    public OpinionVisibility OpinionVisibility { get; private set; } = OpinionVisibility.Internal;

    /// <summary>The moderation officials chose; null means the default (<see cref="EffectiveModeration"/>).</summary>
    public ModerationMode? ModerationMode { get; private set; }

    /// <summary>The moderation officials chose, or the default: pre-moderation for youth dialogues, post-moderation otherwise.</summary>
    public ModerationMode EffectiveModeration => ModerationMode ?? DefaultModeration(IsYouthDialogue);

    public static ModerationMode DefaultModeration(bool isYouthDialogue) =>
        isYouthDialogue ? Domain.ModerationMode.PreModeration : Domain.ModerationMode.PostModeration;

    /// <summary>Officials choose whether opinions are public and how they are moderated; any time before the dialogue
    /// is cancelled (making them internal again is always a safe step).</summary>
    public void SetModeration(OpinionVisibility visibility, ModerationMode? mode)
    {
        if (Status == DialogueStatus.Cancelled && visibility == OpinionVisibility.Public)
        {
            throw new DomainRuleException(ProblemCodes.DialogueCancelledOpinionsStayInternal, "The dialogue is cancelled; its opinions cannot be made public.");
        }

        OpinionVisibility = visibility;
        ModerationMode = mode;
    }

    /// <summary>Optimistic concurrency: PostgreSQL's xmin. Two staff changing the same dialogue at once get a 409, not a lost update.</summary>
    public uint Version { get; private set; }

    public static Dialogue CreateDraft(string slug, DialogueDescription d, DateTimeOffset now, Guid? createdByUserId = null) =>
        CreateDraft(slug, d.Title, d.Summary, d.Question, d.Committee, d.CaseNumber, d.PlannedDecisionDate, d.Forms, d.TargetGroups, d.Places,
            d.OpensAt, d.ClosesAt, now, createdByUserId);

    public static Dialogue CreateDraft(
        string slug,
        string title,
        string summary,
        string question,
        string committee,
        string? caseNumber,
        DateOnly? plannedDecisionDate,
        IEnumerable<DialogueForm> forms,
        IEnumerable<TargetGroup> targetGroups,
        IEnumerable<Place> places,
        DateTimeOffset opensAt,
        DateTimeOffset closesAt,
        DateTimeOffset now,
        Guid? createdByUserId = null)
    {
        var dialogue = new Dialogue
        {
            Id = Guid.CreateVersion7(now),
            Slug = slug,
            Status = DialogueStatus.Draft,
            CreatedAt = now,
            CreatedByUserId = createdByUserId,
        };
        dialogue.SetCore(title, summary, question, committee, caseNumber, plannedDecisionDate, forms, targetGroups, places, opensAt, closesAt);
        return dialogue;
    }

    /// <summary>The facts and reach of the dialogue, besides its core (set on creation and on every edit).</summary>
    public void Describe(
        IEnumerable<string> topics,
        IEnumerable<string> districts,
        ParticipationLevel participationLevel,
        string? easyReadText,
        IEnumerable<FactLink> factLinks,
        bool isYouthDialogue,
        IEnumerable<Guid> responsibleOfficialIds)
    {
        // Topics are tags: kept in lower case, so "Fritid" and "fritid" are one topic.
        Topics = topics.Select(t => t.Trim().ToLowerInvariant()).Where(t => t.Length > 0).Distinct().ToList();
        Districts = districts.Distinct().ToList();
        ParticipationLevel = participationLevel;
        EasyReadText = string.IsNullOrWhiteSpace(easyReadText) ? null : easyReadText.Trim();
        FactLinks = factLinks.ToList();
        IsYouthDialogue = isYouthDialogue;
        ResponsibleOfficialIds = responsibleOfficialIds.Distinct().ToList();
    }

    /// <summary>Changes what, when, where and for whom (see the other overload).</summary>
    public void Edit(DialogueDescription d) =>
        Edit(d.Title, d.Summary, d.Question, d.Committee, d.CaseNumber, d.PlannedDecisionDate, d.Forms, d.TargetGroups, d.Places, d.OpensAt, d.ClosesAt);

    /// <summary>Changes what, when, where and for whom. Allowed until the dialogue closes; once it is open,
    /// its opening time is history and cannot change.</summary>
    public void Edit(
        string title,
        string summary,
        string question,
        string committee,
        string? caseNumber,
        DateOnly? plannedDecisionDate,
        IEnumerable<DialogueForm> forms,
        IEnumerable<TargetGroup> targetGroups,
        IEnumerable<Place> places,
        DateTimeOffset opensAt,
        DateTimeOffset closesAt)
    {
        if (!Status.IsBeforeClosing())
        {
            throw new DomainRuleException(Status == DialogueStatus.Cancelled
                ? (ProblemCodes.DialogueCancelled, "The dialogue is cancelled and can no longer be edited.")
                : (ProblemCodes.DialogueClosed, "The dialogue has closed and can no longer be edited."));
        }

        if (Status == DialogueStatus.Open && opensAt != OpensAt)
        {
            throw new DomainRuleException(ProblemCodes.DialogueOpeningTimeFixed, "The dialogue is already open; its opening time cannot change.");
        }

        SetCore(title, summary, question, committee, caseNumber, plannedDecisionDate, forms, targetGroups, places, opensAt, closesAt);
    }

    private void SetCore(
        string title,
        string summary,
        string question,
        string committee,
        string? caseNumber,
        DateOnly? plannedDecisionDate,
        IEnumerable<DialogueForm> forms,
        IEnumerable<TargetGroup> targetGroups,
        IEnumerable<Place> places,
        DateTimeOffset opensAt,
        DateTimeOffset closesAt)
    {
        if (closesAt <= opensAt)
        {
            throw new DomainRuleException(ProblemCodes.DialogueClosesBeforeOpening, "A dialogue must close after it opens.");
        }

        Title = title;
        Summary = summary;
        Question = question;
        Committee = committee;
        CaseNumber = caseNumber;
        PlannedDecisionDate = plannedDecisionDate;
        Forms = forms.Distinct().ToList();
        TargetGroups = targetGroups.Distinct().ToList();
        Places = places.ToList();
        OpensAt = opensAt;
        ClosesAt = closesAt;
    }

    /// <summary>What staff are warned about (not refused): promises the dialogue does not yet keep well.</summary>
    public IReadOnlyList<DialogueWarning> Warnings()
    {
        var warnings = new List<DialogueWarning>();
        if (Forms.Count < 2)
        {
            warnings.Add(DialogueWarning.FewerThanTwoForms);
        }

        if (EasyReadText is null)
        {
            warnings.Add(DialogueWarning.NoEasyReadText);
        }

        return warnings;
    }

    /// <summary>What is missing before the dialogue can be announced: when, where, how and a plain summary.</summary>
    public IReadOnlyList<AnnouncementGap> MissingForAnnouncement()
    {
        var missing = new List<AnnouncementGap>();
        if (string.IsNullOrWhiteSpace(Summary))
        {
            missing.Add(AnnouncementGap.Summary);
        }

        if (Forms.Count == 0)
        {
            missing.Add(AnnouncementGap.Form);
        }

        if (Places.Count == 0 && Sessions.Count == 0)
        {
            missing.Add(AnnouncementGap.Place);
        }

        return missing;
    }

    /// <summary>The steps staff can take from <paramref name="status"/>: the ones this entity's methods allow.</summary>
    public static IReadOnlyList<DialogueAction> AllowedActions(DialogueStatus status) => status switch
    {
        DialogueStatus.Draft => [DialogueAction.Edit, DialogueAction.Publish, DialogueAction.Cancel],
        DialogueStatus.Announced => [DialogueAction.Edit, DialogueAction.Open, DialogueAction.Cancel],
        DialogueStatus.Open => [DialogueAction.Edit, DialogueAction.Close, DialogueAction.Cancel],
        DialogueStatus.Closed => [DialogueAction.RecordDecision],
        DialogueStatus.Decided => [DialogueAction.PublishFeedback],
        _ => [],
    };

    /// <summary>Draft → Announced: the dialogue becomes public, not yet open for opinions.</summary>
    public void Publish(DateTimeOffset now, Actor? by = null)
    {
        if (Status != DialogueStatus.Draft)
        {
            throw new DomainRuleException(
                Status == DialogueStatus.Cancelled
                    ? (ProblemCodes.DialogueCancelled, "The dialogue is cancelled and cannot be published.")
                    : (ProblemCodes.DialogueAlreadyPublished, "The dialogue is already published."));
        }

        var missing = MissingForAnnouncement();
        if (missing.Count > 0)
        {
            throw new IncompleteDialogueException(missing);
        }

        PublishedAt = now;
        ChangeStatus(DialogueStatus.Announced, now, by ?? Actor.System, null);
    }

    /// <summary>Announced → Open: residents can give their opinions.</summary>
    public void Open(DateTimeOffset now, Actor by)
    {
        if (Status != DialogueStatus.Announced)
        {
            throw new DomainRuleException(Status switch
            {
                DialogueStatus.Draft => (ProblemCodes.DialogueNotPublished, "The dialogue must be published before it opens."),
                DialogueStatus.Open => (ProblemCodes.DialogueAlreadyOpen, "The dialogue is already open."),
                DialogueStatus.Cancelled => (ProblemCodes.DialogueCancelled, "The dialogue is cancelled."),
                _ => (ProblemCodes.DialogueClosed, "The dialogue has already been open and closed."),
            });
        }

        ChangeStatus(DialogueStatus.Open, now, by, null);
    }

    /// <summary>Open → Closed: no more opinions; the result is compiled.</summary>
    public void Close(DateTimeOffset now, Actor by)
    {
        if (Status != DialogueStatus.Open)
        {
            throw new DomainRuleException(Status.HasClosed()
                ? (ProblemCodes.DialogueAlreadyClosed, "The dialogue is already closed.")
                : (ProblemCodes.DialogueNotOpen, "Only an open dialogue can be closed."));
        }

        ChangeStatus(DialogueStatus.Closed, now, by, null);
    }

    /// <summary>Closed → Decided: the political decision the dialogue informed is recorded (see <see cref="Decision.Record"/>).</summary>
    public void RecordDecision(DateTimeOffset now, Actor by)
    {
        if (Status != DialogueStatus.Closed)
        {
            throw new DomainRuleException(Status switch
            {
                DialogueStatus.Cancelled => (ProblemCodes.DecisionDialogueCancelled, "The dialogue was cancelled; there is no decision to record."),
                DialogueStatus.Decided or DialogueStatus.FeedbackPublished => (ProblemCodes.DecisionAlreadyRecorded, "The decision for this dialogue is already recorded."),
                _ => (ProblemCodes.DecisionDialogueNotClosed, "A decision can only be recorded after the dialogue has closed."),
            });
        }

        ChangeStatus(DialogueStatus.Decided, now, by, null);
    }

    /// <summary>Decided → FeedbackPublished: the residents are told what was decided (see <see cref="Feedback.Publish"/>).</summary>
    public void PublishFeedback(DateTimeOffset now, Actor by)
    {
        if (Status != DialogueStatus.Decided)
        {
            throw new DomainRuleException(Status == DialogueStatus.FeedbackPublished
                ? (ProblemCodes.FeedbackAlreadyPublished, "Feedback for this dialogue is already published.")
                : (ProblemCodes.FeedbackNeedsDecision, "Record the decision before publishing feedback."));
        }

        ChangeStatus(DialogueStatus.FeedbackPublished, now, by, null);
    }

    /// <summary>Draft, Announced or Open → Cancelled, with a reason the public sees.</summary>
    public void Cancel(string reason, DateTimeOffset now, Actor by)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainRuleException(ProblemCodes.DialogueCancellationNeedsReason, "A cancelled dialogue needs a reason the public can read.");
        }

        if (!Status.IsBeforeClosing())
        {
            throw new DomainRuleException(Status == DialogueStatus.Cancelled
                ? (ProblemCodes.DialogueAlreadyCancelled, "The dialogue is already cancelled.")
                : (ProblemCodes.DialogueClosed, "The dialogue has ended and can no longer be cancelled."));
        }

        CancellationReason = reason.Trim();
        ChangeStatus(DialogueStatus.Cancelled, now, by, CancellationReason);
    }

    /// <summary>Adds a session. Sessions can be planned until the dialogue closes, and must fall within reason:
    /// not before the dialogue is announced, not after it closes.</summary>
    public void AddSession(DialogueSession session, DateTimeOffset now)
    {
        if (!Status.IsBeforeClosing())
        {
            throw new DomainRuleException(ProblemCodes.SessionDialogueClosed, "Sessions can only be added while the dialogue has not closed.");
        }

        if (session.StartsAt > ClosesAt)
        {
            throw new DomainRuleException(ProblemCodes.SessionStartsAfterDialogueCloses, "A session must start before the dialogue closes.");
        }

        Sessions.Add(session);
        Tell(DialogueEventKind.SessionAdded, session.Id, now);
    }

    /// <summary>Signs up for one of the dialogue's sessions, while the dialogue is public and not ended.</summary>
    public void SignUpForSession(DialogueSession session, int people, DateTimeOffset now)
    {
        if (Status is not (DialogueStatus.Announced or DialogueStatus.Open))
        {
            throw new DomainRuleException(ProblemCodes.SessionSignUpNeedsPublicDialogue, "Sign-up is only possible while the dialogue is announced or open.");
        }

        session.SignUp(people, now);
    }

    /// <summary>Whether the dialogue takes an opinion through <paramref name="channel"/> now (see the static overload).</summary>
    public void EnsureAcceptsOpinions(OpinionChannel channel) => EnsureAcceptsOpinions(Status, channel);

    /// <summary>
    /// The one definition of "accepts opinions", and its explanation when it does not. Online, only while the dialogue is
    /// open (promise Q1: heard once it is decided to ask). Gathered offline (meetings, walks, pop-ups, paper, phone) and
    /// registered by staff, while it is open and after it closes — a paper form posted on the last day counts (also once
    /// decided, as before the decision had a status of its own; the Q1 checklist flags an opinion that arrives after the
    /// result was compiled). Use cases ask this before they store an opinion; the database's trigger on opinions
    /// (migrations <c>OpinionsRequireOpenDialogue</c>, <c>DecidedAndFeedbackPublished</c>) guards the same rule atomically
    /// with the insert, for a dialogue whose status changes in between.
    /// </summary>
    public static void EnsureAcceptsOpinions(DialogueStatus status, OpinionChannel channel)
    {
        if (channel == OpinionChannel.Online ? status == DialogueStatus.Open : status == DialogueStatus.Open || status.HasClosed())
        {
            return;
        }

        throw new DomainRuleException((status, channel) switch
        {
            (DialogueStatus.Cancelled, _) => (ProblemCodes.DialogueCancelled, "The dialogue is cancelled."),
            (DialogueStatus.Draft or DialogueStatus.Announced, OpinionChannel.Online) => (ProblemCodes.DialogueNotOpen, "The dialogue is not open for opinions yet."),
            (_, OpinionChannel.Online) => (ProblemCodes.DialogueClosed, "The dialogue is closed; it no longer accepts opinions."),
            _ => (ProblemCodes.DialogueNotOpen, "The dialogue is not open yet; opinions can be registered from when it opens."),
        });
    }

    /// <summary>Replaces the questionnaire. Only while the dialogue is a draft: once residents can see it, the
    /// questions are part of the announcement and answers must mean the same for everyone.</summary>
    public void SetQuestionnaire(IEnumerable<Question> questions)
    {
        if (Status != DialogueStatus.Draft)
        {
            throw new DomainRuleException(ProblemCodes.QuestionnaireLocked, "The questionnaire can only be changed while the dialogue is a draft.");
        }

        var list = questions.ToList();
        var problems = Answering.CheckQuestionnaire(list);
        if (problems.Count > 0)
        {
            throw new DomainRuleException(ProblemCodes.QuestionnaireInvalid, string.Join(" ", problems));
        }

        Questions = list;
    }

    /// <summary>The area its map questions are about (marks outside it are refused); null: anywhere in the municipality.</summary>
    public NetTopologySuite.Geometries.Polygon? MapArea { get; private set; }

    /// <summary>Where its map starts; null: fitted to the area (or the municipality).</summary>
    public MapStart? MapStart { get; private set; }

    /// <summary>Its named places, which residents who do not use the map choose instead.</summary>
    public List<NamedPlace> MapPlaces { get; private set; } = [];

    /// <summary>Replaces the dialogue's map. Only while a draft, as the questionnaire: answers are checked against the
    /// area and the places, and must mean the same for everyone. The caller has checked the shapes
    /// (<see cref="MapAnswering.ShapeProblem"/>) and that they lie in the municipality.</summary>
    public void SetMap(NetTopologySuite.Geometries.Polygon? area, MapStart? start, IEnumerable<NamedPlace> places)
    {
        if (Status != DialogueStatus.Draft)
        {
            throw new DomainRuleException(ProblemCodes.MapLocked, "The dialogue's map can only be changed while the dialogue is a draft.");
        }

        MapArea = area;
        MapStart = start;
        MapPlaces = places.ToList();
    }

    /// <summary>The dialogue's texts in other languages, one per language (<see cref="DialogueTranslation"/>).</summary>
    public List<DialogueTranslation> Translations { get; private set; } = [];

    /// <summary>Adds or replaces the translation into its language. Allowed in every step but cancelled: a dialogue
    /// reaches more residents when its texts are translated after it opened too, and its feedback is read for long after.
    /// Questions and options are named by their ids, which must be this dialogue's; an easy-read translation needs the
    /// Swedish easy-read text it translates.</summary>
    public void SetTranslation(DialogueTranslation translation)
    {
        if (Status == DialogueStatus.Cancelled)
        {
            throw new DomainRuleException(ProblemCodes.DialogueCancelled, "The dialogue is cancelled; its texts are no longer translated.");
        }

        var unknown = TranslationProblems(translation).ToList();
        if (unknown.Count > 0)
        {
            throw new TranslationMismatchException(unknown);
        }

        Translations = [.. Translations.Where(t => t.Language != translation.Language), translation];
        Translations.Sort((a, b) => string.CompareOrdinal(a.Language, b.Language));
    }

    /// <summary>Removes the translation into <paramref name="language"/>; false when there was none.</summary>
    public bool RemoveTranslation(string language) => Translations.RemoveAll(t => t.Language == language) > 0;

    /// <summary>What in a translation does not match this dialogue: (field as sent, field error code).</summary>
    private IEnumerable<(string Field, string Code)> TranslationProblems(DialogueTranslation translation)
    {
        if (translation.EasyReadText is not null && EasyReadText is null)
        {
            yield return ("easyReadText", FieldErrorCodes.MustBeEmpty);
        }

        foreach (var (question, i) in translation.Questions.Select((q, i) => (q, i)))
        {
            var original = Questions.FirstOrDefault(q => q.Id == question.QuestionId);
            if (original is null)
            {
                yield return ($"questions[{i}].questionId", FieldErrorCodes.UnknownReference);
                continue;
            }

            foreach (var (option, j) in question.Options.Select((o, j) => (o, j)))
            {
                if (original.Options.All(o => o.Id != option.OptionId))
                {
                    yield return ($"questions[{i}].options[{j}].optionId", FieldErrorCodes.UnknownReference);
                }
            }
        }
    }

    /// <summary>What the schedule asks for at <paramref name="now"/>: open when the opening time has come,
    /// close when the closing time has. Returns whether anything changed.</summary>
    public bool FollowSchedule(DateTimeOffset now)
    {
        var before = Status;
        if (Status == DialogueStatus.Announced && OpensAt <= now)
        {
            Open(now, Actor.Schedule);
        }

        if (Status == DialogueStatus.Open && ClosesAt <= now)
        {
            Close(now, Actor.Schedule);
        }

        var noticed = ClosingSoonNoticedAt;
        if (IsClosingSoon(now))
        {
            ClosingSoonNoticedAt = now;
            Tell(DialogueEventKind.ClosingSoon, null, now);
        }

        return Status != before || ClosingSoonNoticedAt != noticed;
    }

    /// <summary>Whether followers are now to be told the dialogue closes within a week: it is open, closes within
    /// <see cref="DialogueEvent.ClosingSoonBefore"/>, was open for longer than that, and they were not told yet.</summary>
    public bool IsClosingSoon(DateTimeOffset now) =>
        Status == DialogueStatus.Open && ClosingSoonNoticedAt is null && ClosesAt > now
        && ClosesAt - DialogueEvent.ClosingSoonBefore <= now && OpensAt < ClosesAt - DialogueEvent.ClosingSoonBefore;

    /// <summary>A step the public is told of — only once the dialogue was ever published (a draft's life is private).</summary>
    private void Tell(DialogueEventKind kind, Guid? sessionId, DateTimeOffset now)
    {
        if (PublishedAt is not null)
        {
            Events.Add(new DialogueEvent(Guid.CreateVersion7(now), Id, kind, sessionId, now));
        }
    }

    private void ChangeStatus(DialogueStatus to, DateTimeOffset now, Actor by, string? reason)
    {
        StatusChangeCount++;
        StatusChanges.Add(new DialogueStatusChange(Guid.CreateVersion7(now), StatusChangeCount, Status, to, now, by.UserId, by.Name, reason));
        Status = to;
        if (DialogueEvent.ForStatus(to) is { } kind)
        {
            Tell(kind, null, now);
        }
    }

    /// <summary>
    /// The dialogues the public may see: those that were ever published (announced), whatever happened to them since.
    /// A draft is private, and stays private when it is cancelled before it was ever announced: nobody outside was told
    /// of it, so there is nothing to explain publicly (staff still see it, as cancelled). <see cref="PublishedAt"/> is set
    /// by <see cref="Publish"/> and never cleared. This is the one statement of the rule; every public read uses it.
    /// </summary>
    public static readonly System.Linq.Expressions.Expression<Func<Dialogue, bool>> IsPublic =
        d => d.PublishedAt != null;

    private static readonly Func<Dialogue, bool> IsPublicInMemory = IsPublic.Compile();

    /// <summary><see cref="IsPublic"/> for a loaded dialogue.</summary>
    public bool IsVisibleToThePublic => IsPublicInMemory(this);
}
