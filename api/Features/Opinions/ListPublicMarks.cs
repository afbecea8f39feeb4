using Medborgardialog.Api.Infrastructure.Geo;

namespace Medborgardialog.Api.Features.Opinions;

/// <summary>The marks of a dialogue's public opinions, for the public map: only when its opinions are public, only
/// those of opinions shown publicly (moderated as their text; a hidden opinion's marks are not shown).</summary>
public sealed record ListPublicMarksQuery(Guid DialogueId) : IQuery<PublicMarksDto>;

/// <summary>A mark on the public map.</summary>
/// <param name="QuestionId">The map question.</param>
/// <param name="CategoryId">Its category, if one was chosen.</param>
/// <param name="Geometry">Where it is (GeoJSON Point, LineString or Polygon).</param>
/// <param name="Comment">What the resident said about the place.</param>
public sealed record PublicMarkDto(Guid QuestionId, Guid? CategoryId, GeoJsonGeometry Geometry, string? Comment);

/// <summary>The public marks, newest first.</summary>
/// <param name="Total">All public marks on the map.</param>
/// <param name="Marks">The newest of them, at most 2,000.</param>
public sealed record PublicMarksDto(int Total, IReadOnlyList<PublicMarkDto> Marks);

public sealed class ListPublicMarksValidator : AbstractValidator<ListPublicMarksQuery>
{
    public ListPublicMarksValidator() => RuleFor(q => q.DialogueId).NotEmpty().RouteValue("id");
}

public sealed class ListPublicMarksHandler(ReadOnlyDbContext db) : IQueryHandler<ListPublicMarksQuery, PublicMarksDto>
{
    public const int Limit = 2000;

    public async ValueTask<PublicMarksDto> Handle(ListPublicMarksQuery query, CancellationToken cancellationToken)
    {
        var dialogue = await db.Dialogues.AsNoTracking().Where(Dialogue.IsPublic).Where(d => d.Id == query.DialogueId)
            .Select(d => new { d.Id, d.OpinionVisibility, d.ModerationMode, d.IsYouthDialogue })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(ProblemCodes.DialogueNotFound, $"There is no published dialogue {query.DialogueId}.");
        if (dialogue.OpinionVisibility != OpinionVisibility.Public)
        {
            throw new NotFoundException(ProblemCodes.PublicOpinionsNotFound, "The opinions of this dialogue are used internally and not shown publicly.");
        }

        var mode = dialogue.ModerationMode ?? Dialogue.DefaultModeration(dialogue.IsYouthDialogue);
        var shown = db.Opinions.AsNoTracking().Where(o => o.DialogueId == dialogue.Id && o.WithdrawnAt == null).Where(PublicOpinions.Shown(mode));
        var marks =
            from m in db.MapMarks.AsNoTracking()
            join o in shown on m.OpinionId equals o.Id
            where m.DialogueId == dialogue.Id && m.Geometry != null
            select new { m.Id, m.QuestionId, m.CategoryId, m.Geometry, m.Comment, o.SubmittedAt };
        var total = await marks.CountAsync(cancellationToken);
        var rows = await marks.OrderByDescending(m => m.SubmittedAt).ThenByDescending(m => m.Id).Take(Limit).ToListAsync(cancellationToken);
        return new PublicMarksDto(total, rows.Select(m => new PublicMarkDto(m.QuestionId, m.CategoryId, GeoJson.Write(m.Geometry!), m.Comment)).ToList());
    }
}
