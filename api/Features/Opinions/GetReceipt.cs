namespace Medborgardialog.Api.Features.Opinions;

/// <summary>What the receipt link shows: the opinion as sent, its state, the dialogue's state, the feedback address.</summary>
public sealed record GetReceiptQuery(string Token) : IQuery<ReceiptDto>;

/// <summary>A resident's own opinion, seen through the private receipt link.</summary>
public sealed record ReceiptDto(
    Guid OpinionId,
    string DialogueSlug,
    string DialogueTitle,
    DialogueStatus DialogueStatus,
    string Text,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? WithdrawnAt,
    string? FeedbackEmail,
    bool FeedbackEmailConfirmed,
    bool CanWithdraw)
{
    /// <summary>The answers to the questionnaire as sent, in the questionnaire's order, in words.</summary>
    public IReadOnlyList<ReceiptAnswerDto> Answers { get; init; } = [];

    /// <summary>The feedback after the decision, once published.</summary>
    public ReceiptFeedbackDto? Feedback { get; init; }

    /// <summary>Whether others can read the opinion on the dialogue's page.</summary>
    public PublicState PublicState { get; init; }

    /// <summary>When a moderator hid it: the reason shown publicly in its place.</summary>
    public string? HiddenReason { get; init; }
}

/// <summary>Whether an opinion is shown on the dialogue's public page. Every state but <c>Removed</c> (spam) and
/// <c>Withdrawn</c> counts in the result.</summary>
public enum PublicState
{
    /// <summary>The dialogue's opinions are used internally, not shown.</summary>
    NotPublic,
    AwaitingReview,
    Shown,
    Hidden,
    Removed,
    Withdrawn,
}

/// <summary>What was decided, how the input was used, and the feedback text.</summary>
public sealed record ReceiptFeedbackDto(string Committee, DateOnly DecidedOn, string Decision, string HowResultWasUsed, string Text, DateTimeOffset PublishedAt);

/// <summary>One answer as the resident gave it: the question, its kind, and the answer in words (a ranking in rank order).</summary>
public sealed record ReceiptAnswerDto(string Question, QuestionKind Kind, IReadOnlyList<string> Answer)
{
    /// <summary>A map question's marks, as given.</summary>
    public IReadOnlyList<ReceiptMarkDto> Marks { get; init; } = [];
}

/// <summary>One mark of a map question's answer, as given.</summary>
/// <param name="Kind">point, line or area; null for a place described in words.</param>
/// <param name="CategoryId">The category chosen, if any.</param>
/// <param name="Category">The category's text (Swedish).</param>
/// <param name="PlaceName">The named place chosen, if one was.</param>
/// <param name="Description">The place in words, if so given.</param>
/// <param name="Comment">The comment.</param>
/// <param name="Geometry">Where it is (GeoJSON); null for a place described in words.</param>
public sealed record ReceiptMarkDto(MarkKind? Kind, Guid? CategoryId, string? Category, string? PlaceName, string? Description, string? Comment,
    Infrastructure.Geo.GeoJsonGeometry? Geometry);

public sealed class GetReceiptValidator : AbstractValidator<GetReceiptQuery>
{
    public GetReceiptValidator() => RuleFor(q => q.Token).NotEmpty().MaximumLength(100);
}

internal static class ReceiptReading
{
    public static async Task<ReceiptDto> ReadAsync(AppDbContext db, string token, CancellationToken cancellationToken)
    {
        var hash = Opinion.Hash(token);
        var found = await db.Opinions.AsNoTracking()
            .Where(o => o.ReceiptTokenHash == hash)
            .Join(db.Dialogues, o => o.DialogueId, d => d.Id, (o, d) => new
            {
                Receipt = new ReceiptDto(
                    o.Id, d.Slug, d.Title, d.Status, o.Text, o.SubmittedAt, o.WithdrawnAt,
                    o.FeedbackEmail, o.FeedbackEmailConfirmedAt != null,
                    o.WithdrawnAt == null && d.Status == DialogueStatus.Open),
                o.Answers,
                d.Questions,
                d.MapPlaces,
                o.Moderation,
                o.HiddenReason,
                d.OpinionVisibility,
                Mode = d.ModerationMode ?? (d.IsYouthDialogue ? ModerationMode.PreModeration : ModerationMode.PostModeration),
            })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(ProblemCodes.ReceiptNotFound, "There is no opinion with this receipt.");
        var answers = found.Answers.ToDictionary(a => a.QuestionId);
        var marks = (await db.MapMarks.AsNoTracking().Where(m => m.OpinionId == found.Receipt.OpinionId).OrderBy(m => m.Position)
                .Select(m => new { m.QuestionId, m.Kind, m.CategoryId, m.PlaceId, m.Description, m.Comment, m.Geometry })
                .ToListAsync(cancellationToken))
            .ToLookup(m => m.QuestionId);
        var feedback = await (
                from f in db.Feedbacks.AsNoTracking()
                join decision in db.Decisions on f.DialogueId equals decision.DialogueId
                join o in db.Opinions on f.DialogueId equals o.DialogueId
                where o.Id == found.Receipt.OpinionId
                select new ReceiptFeedbackDto(decision.Committee, decision.DecidedOn, decision.Text, decision.HowResultWasUsed, f.Text, f.PublishedAt))
            .SingleOrDefaultAsync(cancellationToken);
        var state = found.Receipt.WithdrawnAt is not null ? PublicState.Withdrawn
            : found.Moderation == ModerationStatus.Spam ? PublicState.Removed
            : found.OpinionVisibility != OpinionVisibility.Public ? PublicState.NotPublic
            : found.Moderation == ModerationStatus.Hidden ? PublicState.Hidden
            : PublicOpinions.IsShown(found.Moderation, found.Mode) ? PublicState.Shown
            : PublicState.AwaitingReview;
        return found.Receipt with
        {
            Feedback = feedback,
            PublicState = state,
            HiddenReason = state == PublicState.Hidden ? found.HiddenReason : null,
            Answers = found.Questions
                .Where(q => answers.ContainsKey(q.Id) || marks.Contains(q.Id))
                .Select(q => answers.TryGetValue(q.Id, out var answer)
                    ? new ReceiptAnswerDto(q.Text, q.Kind, Answering.InWords(q, answer))
                    : new ReceiptAnswerDto(q.Text, q.Kind, [])
                    {
                        Marks = marks[q.Id].Select(m => new ReceiptMarkDto(m.Kind, m.CategoryId, q.Options.FirstOrDefault(o => o.Id == m.CategoryId)?.Text,
                            found.MapPlaces.FirstOrDefault(p => p.Id == m.PlaceId)?.Name, m.Description, m.Comment,
                            m.Geometry is null ? null : Infrastructure.Geo.GeoJson.Write(m.Geometry))).ToList(),
                    })
                .ToList(),
        };
    }

    public static async Task<Opinion> FindAsync(AppDbContext db, string token, CancellationToken cancellationToken)
    {
        var hash = Opinion.Hash(token);
        return await db.Opinions.SingleOrDefaultAsync(o => o.ReceiptTokenHash == hash, cancellationToken)
            ?? throw new NotFoundException(ProblemCodes.ReceiptNotFound, "There is no opinion with this receipt.");
    }
}

public sealed class GetReceiptHandler(AppDbContext db) : IQueryHandler<GetReceiptQuery, ReceiptDto>
{
    public async ValueTask<ReceiptDto> Handle(GetReceiptQuery query, CancellationToken cancellationToken) =>
        await ReceiptReading.ReadAsync(db, query.Token, cancellationToken);
}
