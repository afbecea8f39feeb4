using Medborgardialog.Api.Infrastructure.Geo;
using NetTopologySuite.Geometries;

namespace Medborgardialog.Api.Features.DialogueResults;

/// <summary>The marks of a dialogue's map questions in one view of the staff results map, filtered like the opinions:
/// the marks themselves when few are in view, else clusters on a grid that follows the zoom.</summary>
/// <param name="DialogueId">The dialogue.</param>
/// <param name="West">The view's western edge (longitude).</param>
/// <param name="South">The view's southern edge (latitude).</param>
/// <param name="East">The view's eastern edge (longitude).</param>
/// <param name="North">The view's northern edge (latitude).</param>
/// <param name="Zoom">The map's zoom level (1–22): the clusters' cells are about 60 pixels wide at it.</param>
/// <param name="QuestionId">Only this map question's marks.</param>
/// <param name="CategoryId">Only marks of this category.</param>
/// <param name="ThemeId">Only marks of opinions grouped under this theme.</param>
/// <param name="Channel">Only marks of opinions that came through this channel.</param>
/// <param name="AgeBand">Only marks of opinions from this age band (a target group).</param>
public sealed record GetResultMapQuery(Guid DialogueId, double West, double South, double East, double North, int Zoom,
    Guid? QuestionId = null, Guid? CategoryId = null, Guid? ThemeId = null, OpinionChannel? Channel = null, AgeBand? AgeBand = null) : IQuery<ResultMapDto>;

/// <summary>A cluster of marks on the results map.</summary>
/// <param name="Longitude">The cluster's centre (the mean of its marks).</param>
/// <param name="Latitude">The cluster's centre.</param>
/// <param name="Count">How many marks it holds.</param>
public sealed record MarkClusterDto(double Longitude, double Latitude, int Count);

/// <summary>One mark as staff see it on the results map.</summary>
/// <param name="Id">The mark.</param>
/// <param name="OpinionId">The opinion it belongs to (staff may open it).</param>
/// <param name="QuestionId">The map question.</param>
/// <param name="CategoryId">Its category, if one was chosen.</param>
/// <param name="Geometry">Where it is: a GeoJSON Point, LineString or Polygon.</param>
/// <param name="Comment">What the resident said about the place.</param>
/// <param name="Channel">How the opinion came in.</param>
/// <param name="PlaceId">The named place, when it was chosen by name rather than on the map.</param>
public sealed record ResultMarkDto(Guid Id, Guid OpinionId, Guid QuestionId, Guid? CategoryId, GeoJsonGeometry Geometry, string? Comment, OpinionChannel Channel, Guid? PlaceId);

/// <summary>The view's marks or clusters.</summary>
/// <param name="Total">All marks on the map that match the filters, in view or not.</param>
/// <param name="InView">The matching marks in this view.</param>
/// <param name="Clusters">When more than 500 marks are in view: clusters (else empty).</param>
/// <param name="Marks">When at most that many are in view: the marks (else empty).</param>
public sealed record ResultMapDto(int Total, int InView, IReadOnlyList<MarkClusterDto> Clusters, IReadOnlyList<ResultMarkDto> Marks);

public sealed class GetResultMapValidator : AbstractValidator<GetResultMapQuery>
{
    public GetResultMapValidator()
    {
        RuleFor(q => q.DialogueId).NotEmpty().RouteValue("id");
        RuleFor(q => q.West).InclusiveBetween(-180, 180);
        RuleFor(q => q.East).InclusiveBetween(-180, 180).GreaterThan(q => q.West);
        RuleFor(q => q.South).InclusiveBetween(-90, 90);
        RuleFor(q => q.North).InclusiveBetween(-90, 90).GreaterThan(q => q.South);
        RuleFor(q => q.Zoom).InclusiveBetween(1, 22);
        RuleFor(q => q.Channel).IsInEnum();
        RuleFor(q => q.AgeBand).IsInEnum();
    }
}

public sealed class GetResultMapHandler(AppDbContext db) : IQueryHandler<GetResultMapQuery, ResultMapDto>
{
    /// <summary>Up to this many marks in view are sent one by one; more are clustered.</summary>
    public const int MarksUpTo = 500;

    private const double CellPixels = 60;

    public async ValueTask<ResultMapDto> Handle(GetResultMapQuery query, CancellationToken cancellationToken)
    {
        if (!await db.Dialogues.AnyAsync(d => d.Id == query.DialogueId, cancellationToken))
        {
            throw new NotFoundException(ProblemCodes.DialogueNotFound, $"There is no dialogue with id {query.DialogueId}.");
        }

        var marks = ResultMarks.Matching(db, query.DialogueId, query.QuestionId, query.CategoryId, query.ThemeId, query.Channel, query.AgeBand)
            .Where(m => m.Mark.Point != null);

        // One pass over the dialogue's marks: the ones in view grouped on a grid of cells about 60 px wide at this zoom
        // (256 px tiles span 360° / 2^zoom; squarer by the latitude), the rest in one group, so the total, the count in
        // view and the clusters come from the same scan. A point is in view by its coordinates (exact for points), read from the columns the database keeps beside it.
        var (west, south, east, north) = (query.West, query.South, query.East, query.North);
        var width = 360.0 / Math.Pow(2, query.Zoom) * CellPixels / 256;
        var height = width * Math.Cos((south + north) / 2 * Math.PI / 180);
        var groups = await marks
            .Select(m => new
            {
                X = m.Mark.Longitude!.Value,
                Y = m.Mark.Latitude!.Value,
                InView = m.Mark.Longitude >= west && m.Mark.Longitude <= east && m.Mark.Latitude >= south && m.Mark.Latitude <= north,
            })
            .GroupBy(m => new { m.InView, CellX = m.InView ? Math.Floor(m.X / width) : 0, CellY = m.InView ? Math.Floor(m.Y / height) : 0 })
            .Select(g => new { g.Key.InView, Count = g.Count(), X = g.Average(m => m.X), Y = g.Average(m => m.Y) })
            .ToListAsync(cancellationToken);
        var total = groups.Sum(g => g.Count);
        var count = groups.Where(g => g.InView).Sum(g => g.Count);
        if (count > MarksUpTo)
        {
            return new ResultMapDto(total, count,
                groups.Where(g => g.InView).OrderByDescending(g => g.Count).Select(g => new MarkClusterDto(g.X, g.Y, g.Count)).ToList(), []);
        }

        // Few enough to send one by one: found through the spatial index.
        var view = MapAnswering.Geometries.ToGeometry(new Envelope(west, east, south, north));
        var rows = await marks
            .Where(m => m.Mark.Point!.Intersects(view))
            .OrderBy(m => m.Mark.Id)
            .Select(m => new { m.Mark.Id, m.Mark.OpinionId, m.Mark.QuestionId, m.Mark.CategoryId, m.Mark.Geometry, m.Mark.Comment, m.Channel, m.Mark.PlaceId })
            .ToListAsync(cancellationToken);
        return new ResultMapDto(total, rows.Count, [],
            rows.Select(r => new ResultMarkDto(r.Id, r.OpinionId, r.QuestionId, r.CategoryId, GeoJson.Write(r.Geometry!), r.Comment, r.Channel, r.PlaceId)).ToList());
    }
}

/// <summary>The marks that count in the result (their opinion neither withdrawn nor spam), with what they are filtered by.</summary>
internal static class ResultMarks
{
    /// <summary>A mark with its opinion's channel, age band and themes (member-initialised, so EF Core composes on it).</summary>
    internal sealed class Row
    {
        public required MapMark Mark { get; init; }
        public OpinionChannel Channel { get; init; }
        public AgeBand? AgeBand { get; init; }
        public required List<Guid> ThemeIds { get; init; }
    }

    public static IQueryable<Row> Matching(AppDbContext db, Guid dialogueId, Guid? questionId = null, Guid? categoryId = null, Guid? themeId = null,
        OpinionChannel? channel = null, AgeBand? ageBand = null)
    {
        var rows =
            from m in db.MapMarks.AsNoTracking()
            join o in db.Opinions.AsNoTracking().Where(Opinion.InResult) on m.OpinionId equals o.Id
            where m.DialogueId == dialogueId
            select new Row { Mark = m, Channel = o.Channel, AgeBand = o.Background.AgeBand, ThemeIds = o.ThemeIds };
        if (questionId is { } question)
        {
            rows = rows.Where(r => r.Mark.QuestionId == question);
        }

        if (categoryId is { } category)
        {
            rows = rows.Where(r => r.Mark.CategoryId == category);
        }

        if (themeId is { } theme)
        {
            rows = rows.Where(r => r.ThemeIds.Contains(theme));
        }

        if (channel is { } c)
        {
            rows = rows.Where(r => r.Channel == c);
        }

        if (ageBand is { } age)
        {
            rows = rows.Where(r => r.AgeBand == age);
        }

        return rows;
    }
}
