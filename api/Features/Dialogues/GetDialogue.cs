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
    public async ValueTask<DialogueDetails> Handle(GetDialogueQuery query, CancellationToken cancellationToken)
    {
        // The public page reads the hot standby (when there is one); staff, who may just have changed it, the primary.
        AppDbContext db = query.IncludeDrafts ? primary : publicReads;
        var dialogues = query.IncludeDrafts ? db.Dialogues.AsNoTracking() : db.Dialogues.AsNoTracking().Where(Dialogue.IsPublic);
        dialogues = !query.BySlug && Guid.TryParse(query.IdOrSlug, out var id)
            ? dialogues.Where(d => d.Id == id)
            : dialogues.Where(d => d.Slug == query.IdOrSlug);

        // Two round trips: what is around the dialogue (districts, officials, documents, counts) in one query, the
        // dialogue itself with its sessions in the other.
        var found = await dialogues
            .Select(d => new
            {
                d.Questions,
                d.Translations,
                d.MapArea,
                d.MapStart,
                d.MapPlaces,
                d.OpinionVisibility,
                d.ModerationMode,
                d.IsYouthDialogue,
                Districts = db.Districts.Where(x => d.Districts.Contains(x.Code)).OrderBy(x => x.SortOrder)
                    .Select(x => new DistrictDto(x.Code, x.Name)).ToList(),
                Officials = db.ElectedOfficials.Where(o => d.ResponsibleOfficialIds.Contains(o.Id)).OrderBy(o => o.Name)
                    .Select(o => new ResponsibleOfficialDto(o.Id, o.Name, o.Party, o.Role, o.PublicEmail, o.PublicPhone, o.OfficeHours)).ToList(),
                Documents = db.FactDocuments.Where(f => f.DialogueId == d.Id).OrderBy(f => f.UploadedAt)
                    .Select(f => new FactDocumentDto(f.Id, f.Title, f.FileName, f.ContentType, f.SizeBytes, "/api/documents/" + f.Id)).ToList(),
                OpinionCount = db.Opinions.Count(o => o.DialogueId == d.Id && o.WithdrawnAt == null && o.Moderation != ModerationStatus.Spam),
                FeedbackPublishedAt = db.Feedbacks.Where(f => f.DialogueId == d.Id).Select(f => (DateTimeOffset?)f.PublishedAt).FirstOrDefault(),
            })
            .AsSingleQuery() // the collections are a handful of rows each
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(ProblemCodes.DialogueNotFound, query.IncludeDrafts
                ? $"There is no dialogue '{query.IdOrSlug}'."
                : $"There is no published dialogue '{query.IdOrSlug}'.");
        var details = await dialogues.ProjectToDetails().SingleAsync(cancellationToken);
        return details with
        {
            OpinionCount = found.OpinionCount,
            Documents = found.Documents,
            Sessions = [.. details.Sessions.OrderBy(s => s.StartsAt)],
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
}
