using System.Linq.Expressions;
using Medborgardialog.Api.Features.Dialogues.Common;

namespace Medborgardialog.Api.Features.Dialogues;

/// <summary>One public dialogue, by id or by its readable slug; staff (<paramref name="IncludeDrafts"/>) see drafts too.</summary>
/// <summary>One dialogue by its id (as text) or, with <paramref name="BySlug"/>, by its slug.</summary>
public sealed record GetDialogueQuery(string IdOrSlug, bool IncludeDrafts = false, bool BySlug = false) : IQuery<DialogueDetails>;

/// <summary>Everything the public needs to know about a dialogue: what, for which decision, how, when, where and for whom.</summary>
public sealed record DialogueDetails(
    Guid Id,
    string Slug,
    string Title,
    string Summary,
    string Question,
    string Committee,
    string? CaseNumber,
    DateOnly? PlannedDecisionDate,
    List<DialogueForm> Forms,
    List<TargetGroup> TargetGroups,
    IReadOnlyList<PlaceDto> Places,
    DateTimeOffset OpensAt,
    DateTimeOffset ClosesAt,
    DialogueStatus Status,
    DateTimeOffset? PublishedAt,
    string? CancellationReason,
    IReadOnlyList<SessionDto> Sessions,
    List<string> Topics,
    ParticipationLevel ParticipationLevel,
    string? EasyReadText,
    IReadOnlyList<FactLinkDto> FactLinks,
    bool IsYouthDialogue)
{
    /// <summary>The districts it concerns, with their names.</summary>
    public IReadOnlyList<DistrictDto> Districts { get; init; } = [];

    /// <summary>How many opinions the dialogue has received (withdrawn ones not counted). The public sees the total only.</summary>
    public int OpinionCount { get; init; }

    /// <summary>Uploaded fact documents (PDF, images).</summary>
    public IReadOnlyList<FactDocumentDto> Documents { get; init; } = [];

    /// <summary>When the feedback after the decision was published (its page: /dialoger/{slug}/aterkoppling).</summary>
    public DateTimeOffset? FeedbackPublishedAt { get; init; }

    /// <summary>The questionnaire; empty when residents answer the open question (<c>Question</c>) in free text.</summary>
    public IReadOnlyList<QuestionDto> Questions { get; init; } = [];

    /// <summary>The map of its map questions: area, start and named places; null when it has none.</summary>
    public DialogueMapDto? Map { get; init; }

    /// <summary>The elected officials responsible: who to meet, where and when.</summary>
    public IReadOnlyList<ResponsibleOfficialDto> ResponsibleOfficials { get; init; } = [];

    /// <summary>Whether opinions are shown publicly (anonymised, at <c>GET /api/dialogues/{id}/opinions</c>) or used internally only.</summary>
    public OpinionVisibility OpinionVisibility { get; init; }

    /// <summary>How public opinions are moderated: shown after review (pre) or at once and reviewed after (post).</summary>
    public ModerationMode Moderation { get; init; }

    /// <summary>True when officials have not chosen the moderation and the default applies (pre-moderation for young people).</summary>
    public bool ModerationIsDefault { get; init; }

    /// <summary>The dialogue's texts in other languages, as officials translated them. A language not listed reads the
    /// Swedish texts above (which stay authoritative).</summary>
    public IReadOnlyList<DialogueTranslationDto> Translations { get; init; } = [];
}

/// <summary>A link to fact material.</summary>
public sealed record FactLinkDto(string Title, string Url);

/// <summary>An uploaded fact document; fetch it from <c>Url</c>.</summary>
public sealed record FactDocumentDto(Guid Id, string Title, string FileName, string ContentType, long SizeBytes, string Url);

/// <summary>One of Karlskoga's districts.</summary>
public sealed record DistrictDto(string Code, string Name);

/// <summary>An elected official responsible for a dialogue, with public contact only.</summary>
public sealed record ResponsibleOfficialDto(Guid Id, string Name, string Party, string Role, string? PublicEmail, string? PublicPhone, string? OfficeHours);

/// <summary>A meeting, walk, workshop or pop-up: when, where, how accessible, and places left.</summary>
public sealed record SessionDto(
    Guid Id,
    DialogueForm Form,
    string Title,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string? PlaceName,
    string? Address,
    string? OnlineUrl,
    SessionAccessibilityDto Accessibility,
    int? Capacity,
    bool SignUpRequired,
    int SignUpCount)
{
    /// <summary>Places left, or empty when there is no limit.</summary>
    public int? PlacesLeft => Capacity is null ? null : Math.Max(0, Capacity.Value - SignUpCount);
}

/// <summary>Accessibility of a session.</summary>
public sealed record SessionAccessibilityDto(bool StepFreeAccess, bool HearingLoop, string? Interpretation, bool SignLanguage, string? Notes);

/// <summary>A place of a dialogue, or an online link.</summary>
public sealed record PlaceDto(string Name, string? Address, string? Url, string? Accessibility);

public sealed class GetDialogueValidator : AbstractValidator<GetDialogueQuery>
{
    public GetDialogueValidator() => RuleFor(q => q.IdOrSlug).NotEmpty().MaximumLength(DialogueLimits.Slug);
}

public sealed class GetDialogueHandler(AppDbContext primary, ReadOnlyDbContext publicReads) : IQueryHandler<GetDialogueQuery, DialogueDetails>
{
    // One round trip: the dialogue's columns, the counts as scalar subqueries, and the rows around it (sessions, places
    // and fact links, districts, officials, documents) joined in the same statement — a handful each. The jsonb columns
    // (questions, translations, the map) are read whole and mapped in Handle.
    // (Declared before the compiled queries: static fields are initialised in order.)
    private static readonly Expression<Func<AppDbContext, Dialogue, DialogueRow>> Projection = (db, d) => new DialogueRow
    {
        Id = d.Id,
        Slug = d.Slug,
        Title = d.Title,
        Summary = d.Summary,
        Question = d.Question,
        Committee = d.Committee,
        CaseNumber = d.CaseNumber,
        PlannedDecisionDate = d.PlannedDecisionDate,
        Forms = d.Forms,
        TargetGroups = d.TargetGroups,
        Places = d.Places.Select(p => new PlaceDto(p.Name, p.Address, p.Url, p.Accessibility)).ToList(),
        OpensAt = d.OpensAt,
        ClosesAt = d.ClosesAt,
        Status = d.Status,
        PublishedAt = d.PublishedAt,
        CancellationReason = d.CancellationReason,
        Topics = d.Topics,
        ParticipationLevel = d.ParticipationLevel,
        EasyReadText = d.EasyReadText,
        FactLinks = d.FactLinks.Select(l => new FactLinkDto(l.Title, l.Url)).ToList(),
        IsYouthDialogue = d.IsYouthDialogue,
        Questions = d.Questions,
        Translations = d.Translations,
        MapArea = d.MapArea,
        MapStart = d.MapStart,
        MapPlaces = d.MapPlaces,
        OpinionVisibility = d.OpinionVisibility,
        ModerationMode = d.ModerationMode,
        Sessions = d.Sessions.OrderBy(s => s.StartsAt).Select(s => new SessionDto(s.Id, s.Form, s.Title, s.StartsAt, s.EndsAt, s.PlaceName, s.Address, s.OnlineUrl,
            new SessionAccessibilityDto(s.Accessibility.StepFreeAccess, s.Accessibility.HearingLoop, s.Accessibility.Interpretation,
                s.Accessibility.SignLanguage, s.Accessibility.Notes),
            s.Capacity, s.SignUpRequired, s.SignUpCount)).ToList(),
        Districts = db.Districts.Where(x => d.Districts.Contains(x.Code)).OrderBy(x => x.SortOrder)
            .Select(x => new DistrictDto(x.Code, x.Name)).ToList(),
        Officials = db.ElectedOfficials.Where(o => d.ResponsibleOfficialIds.Contains(o.Id)).OrderBy(o => o.Name)
            .Select(o => new ResponsibleOfficialDto(o.Id, o.Name, o.Party, o.Role, o.PublicEmail, o.PublicPhone, o.OfficeHours)).ToList(),
        Documents = db.FactDocuments.Where(f => f.DialogueId == d.Id).OrderBy(f => f.UploadedAt)
            .Select(f => new FactDocumentDto(f.Id, f.Title, f.FileName, f.ContentType, f.SizeBytes, "/api/documents/" + f.Id)).ToList(),
        OpinionCount = db.Opinions.Count(o => o.DialogueId == d.Id && o.WithdrawnAt == null && o.Moderation != ModerationStatus.Spam),
        FeedbackPublishedAt = db.Feedbacks.Where(f => f.DialogueId == d.Id).Select(f => (DateTimeOffset?)f.PublishedAt).FirstOrDefault(),
    };

    // The page is the public's hottest read. A LINQ query this size costs more to build and look up (the expression tree
    // made anew on every call, then walked for its parameters and its cache key) than PostgreSQL takes to answer it, so
    // it is compiled once per way of finding the dialogue: by slug or by id, public only or with drafts (staff).
    // The public ones run on the public reads' context (a hot standby when there is one), the staff's on the primary's:
    // a compiled query belongs to one context type.
    private static readonly Func<ReadOnlyDbContext, string, CancellationToken, Task<DialogueRow?>> PublicBySlug = Compile<ReadOnlyDbContext, string>((d, slug) => d.Slug == slug, publicOnly: true);
    private static readonly Func<ReadOnlyDbContext, Guid, CancellationToken, Task<DialogueRow?>> PublicById = Compile<ReadOnlyDbContext, Guid>((d, id) => d.Id == id, publicOnly: true);
    private static readonly Func<AppDbContext, string, CancellationToken, Task<DialogueRow?>> AnyBySlug = Compile<AppDbContext, string>((d, slug) => d.Slug == slug, publicOnly: false);
    private static readonly Func<AppDbContext, Guid, CancellationToken, Task<DialogueRow?>> AnyById = Compile<AppDbContext, Guid>((d, id) => d.Id == id, publicOnly: false);

    public async ValueTask<DialogueDetails> Handle(GetDialogueQuery query, CancellationToken cancellationToken)
    {
        // The public page reads the hot standby (when there is one); staff, who may just have changed it, the primary.
        var id = Guid.Empty;
        var byId = !query.BySlug && Guid.TryParse(query.IdOrSlug, out id);
        var found = (query.IncludeDrafts, byId) switch
        {
            (true, true) => await AnyById(primary, id, cancellationToken),
            (true, false) => await AnyBySlug(primary, query.IdOrSlug, cancellationToken),
            (false, true) => await PublicById(publicReads, id, cancellationToken),
            (false, false) => await PublicBySlug(publicReads, query.IdOrSlug, cancellationToken),
        };
        if (found is null)
        {
            throw new NotFoundException(ProblemCodes.DialogueNotFound, query.IncludeDrafts
                ? $"There is no dialogue '{query.IdOrSlug}'."
                : $"There is no published dialogue '{query.IdOrSlug}'.");
        }

        return new DialogueDetails(
            found.Id,
            found.Slug,
            found.Title,
            found.Summary,
            found.Question,
            found.Committee,
            found.CaseNumber,
            found.PlannedDecisionDate,
            found.Forms,
            found.TargetGroups,
            found.Places,
            found.OpensAt,
            found.ClosesAt,
            found.Status,
            found.PublishedAt,
            found.CancellationReason,
            found.Sessions,
            found.Topics,
            found.ParticipationLevel,
            found.EasyReadText,
            found.FactLinks,
            found.IsYouthDialogue)
        {
            OpinionCount = found.OpinionCount,
            Documents = found.Documents,
            Districts = found.Districts,
            ResponsibleOfficials = found.Officials,
            Questions = QuestionDtos.From(found.Questions),
            Map = DialogueMapDto.Of(found.MapArea, found.MapStart, found.MapPlaces),
            Translations = DialogueTranslations.ToDtos(found.Translations, found.Questions),
            FeedbackPublishedAt = found.FeedbackPublishedAt,
            OpinionVisibility = found.OpinionVisibility,
            Moderation = found.ModerationMode ?? Dialogue.DefaultModeration(found.IsYouthDialogue),
            ModerationIsDefault = found.ModerationMode is null,
        };
    }

    /// <summary>(db, key, ct) => db.Dialogues.AsNoTracking()[.Where(Dialogue.IsPublic)].Where(d => match(d, key)).AsSingleQuery().Select(Projection).SingleOrDefault(),
    /// compiled by EF once.</summary>
    private static Func<TContext, TKey, CancellationToken, Task<DialogueRow?>> Compile<TContext, TKey>(Expression<Func<Dialogue, TKey, bool>> match, bool publicOnly)
        where TContext : AppDbContext
    {
        var db = Expression.Parameter(typeof(TContext), "db");
        var key = Expression.Parameter(typeof(TKey), "key");
        var cancellation = Expression.Parameter(typeof(CancellationToken), "cancellationToken");
        Expression dialogues = Expression.Call(typeof(EntityFrameworkQueryableExtensions), nameof(EntityFrameworkQueryableExtensions.AsNoTracking), [typeof(Dialogue)],
            Expression.Property(db, nameof(AppDbContext.Dialogues)));
        if (publicOnly)
        {
            dialogues = Expression.Call(typeof(Queryable), nameof(Queryable.Where), [typeof(Dialogue)], dialogues, Expression.Quote(Dialogue.IsPublic));
        }

        var matching = Expression.Lambda<Func<Dialogue, bool>>(Replace(match.Body, match.Parameters[1], key), match.Parameters[0]);
        dialogues = Expression.Call(typeof(Queryable), nameof(Queryable.Where), [typeof(Dialogue)], dialogues, Expression.Quote(matching));
        dialogues = Expression.Call(typeof(RelationalQueryableExtensions), nameof(RelationalQueryableExtensions.AsSingleQuery), [typeof(Dialogue)], dialogues);
        var projection = Expression.Lambda<Func<Dialogue, DialogueRow>>(Replace(Projection.Body, Projection.Parameters[0], db), Projection.Parameters[1]);
        var rows = Expression.Call(typeof(Queryable), nameof(Queryable.Select), [typeof(Dialogue), typeof(DialogueRow)], dialogues, Expression.Quote(projection));
        var single = Expression.Call(typeof(Queryable), nameof(Queryable.SingleOrDefault), [typeof(DialogueRow)], rows);
        return EF.CompileAsyncQuery(Expression.Lambda<Func<TContext, TKey, CancellationToken, DialogueRow?>>(single, db, key, cancellation));
    }

    private static Expression Replace(Expression body, ParameterExpression from, Expression to) => new ParameterReplacer(from, to).Visit(body);

    private sealed class ParameterReplacer(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }

    private sealed class DialogueRow
    {
        public Guid Id { get; init; }
        public string Slug { get; init; } = "";
        public string Title { get; init; } = "";
        public string Summary { get; init; } = "";
        public string Question { get; init; } = "";
        public string Committee { get; init; } = "";
        public string? CaseNumber { get; init; }
        public DateOnly? PlannedDecisionDate { get; init; }
        public List<DialogueForm> Forms { get; init; } = [];
        public List<TargetGroup> TargetGroups { get; init; } = [];
        public List<PlaceDto> Places { get; init; } = [];
        public DateTimeOffset OpensAt { get; init; }
        public DateTimeOffset ClosesAt { get; init; }
        public DialogueStatus Status { get; init; }
        public DateTimeOffset? PublishedAt { get; init; }
        public string? CancellationReason { get; init; }
        public List<string> Topics { get; init; } = [];
        public ParticipationLevel ParticipationLevel { get; init; }
        public string? EasyReadText { get; init; }
        public List<FactLinkDto> FactLinks { get; init; } = [];
        public bool IsYouthDialogue { get; init; }
        public List<Question> Questions { get; init; } = [];
        public List<DialogueTranslation> Translations { get; init; } = [];
        public NetTopologySuite.Geometries.Polygon? MapArea { get; init; }
        public MapStart? MapStart { get; init; }
        public List<NamedPlace> MapPlaces { get; init; } = [];
        public OpinionVisibility OpinionVisibility { get; init; }
        public ModerationMode? ModerationMode { get; init; }
        public List<SessionDto> Sessions { get; init; } = [];
        public List<DistrictDto> Districts { get; init; } = [];
        public List<ResponsibleOfficialDto> Officials { get; init; } = [];
        public List<FactDocumentDto> Documents { get; init; } = [];
        public int OpinionCount { get; init; }
        public DateTimeOffset? FeedbackPublishedAt { get; init; }
    }
}
