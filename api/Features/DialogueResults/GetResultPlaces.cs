using Medborgardialog.Api.Infrastructure.Geo;

namespace Medborgardialog.Api.Features.DialogueResults;

/// <summary>The result of a dialogue's map questions as tables: counts per category and per district, the hot spots,
/// and the places described in words.</summary>
public sealed record GetResultPlacesQuery(Guid DialogueId) : IQuery<ResultPlacesDto>;

/// <summary>A count of marks per category (null: none chosen).</summary>
/// <param name="CategoryId">The category, or null for marks without one.</param>
/// <param name="Count">How many marks.</param>
public sealed record CategoryCountDto(Guid? CategoryId, int Count);

/// <summary>A count of marks per district and category.</summary>
/// <param name="DistrictCode">The district, or null for marks with no place on the map (described in words).</param>
/// <param name="DistrictName">The district's name.</param>
/// <param name="CategoryId">The category, or null.</param>
/// <param name="Count">How many marks.</param>
public sealed record DistrictCategoryCountDto(string? DistrictCode, string? DistrictName, Guid? CategoryId, int Count);

/// <summary>A hot spot: one of the squares of about 150 m with the most marks.</summary>
/// <param name="Center">The mean of its marks (a GeoJSON Point).</param>
/// <param name="Count">How many marks lie in it.</param>
/// <param name="DistrictName">The district it lies in.</param>
/// <param name="PlaceName">The dialogue's named place nearest to it, within 300 m.</param>
/// <param name="Categories">Its marks per category, most first.</param>
public sealed record HotSpotDto(GeoJsonGeometry Center, int Count, string? DistrictName, string? PlaceName, IReadOnlyList<CategoryCountDto> Categories);

/// <summary>A place described in words.</summary>
/// <param name="Description">The resident's description.</param>
/// <param name="CategoryId">Its category, if chosen.</param>
/// <param name="Comment">The comment, if any.</param>
public sealed record DescribedMarkDto(string Description, Guid? CategoryId, string? Comment);

/// <summary>One map question's result.</summary>
/// <param name="QuestionId">The map question.</param>
/// <param name="Total">Its marks in the result.</param>
/// <param name="OnMap">Marked on the map.</param>
/// <param name="AtPlaces">Given as one of the dialogue's named places.</param>
/// <param name="InWords">Described in words.</param>
/// <param name="ByCategory">Per category.</param>
/// <param name="ByDistrict">Per district and category (a named place's mark counts where the place lies).</param>
/// <param name="HotSpots">The busiest squares, at most ten.</param>
/// <param name="Described">The places described in words, newest first (at most 200).</param>
public sealed record MapQuestionResultDto(Guid QuestionId, int Total, int OnMap, int AtPlaces, int InWords, IReadOnlyList<CategoryCountDto> ByCategory,
    IReadOnlyList<DistrictCategoryCountDto> ByDistrict, IReadOnlyList<HotSpotDto> HotSpots, IReadOnlyList<DescribedMarkDto> Described);

/// <summary>Every map question's result, in the questionnaire's order.</summary>
/// <param name="Questions">One per map question.</param>
public sealed record ResultPlacesDto(IReadOnlyList<MapQuestionResultDto> Questions);

public sealed class GetResultPlacesValidator : AbstractValidator<GetResultPlacesQuery>
{
    public GetResultPlacesValidator() => RuleFor(q => q.DialogueId).NotEmpty().RouteValue("id");
}

public sealed class GetResultPlacesHandler(AppDbContext db) : IQueryHandler<GetResultPlacesQuery, ResultPlacesDto>
{
    public async ValueTask<ResultPlacesDto> Handle(GetResultPlacesQuery query, CancellationToken cancellationToken)
    {
        var dialogue = await db.Dialogues.AsNoTracking().Where(d => d.Id == query.DialogueId)
            .Select(d => new { d.Questions, d.MapPlaces })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(ProblemCodes.DialogueNotFound, $"There is no dialogue with id {query.DialogueId}.");
        return new ResultPlacesDto(await MapResults.OfAsync(db, query.DialogueId, dialogue.Questions, dialogue.MapPlaces, cancellationToken));
    }
}

/// <summary>The map questions' tables, for the results page and the decision basis.</summary>
internal static class MapResults
{
    // About 150 m at Karlskoga's latitude (59.3° N): 150 / 111,320 m per degree of latitude, and per degree of longitude × cos(59.3°).
    private const double CellHeight = 0.00135;
    private const double CellWidth = 0.00264;

    public static async Task<IReadOnlyList<MapQuestionResultDto>> OfAsync(AppDbContext db, Guid dialogueId, IReadOnlyList<Question> questions,
        IReadOnlyList<NamedPlace> places, CancellationToken cancellationToken)
    {
        var mapQuestions = questions.Where(q => q.Kind == QuestionKind.Map).ToList();
        if (mapQuestions.Count == 0)
        {
            return [];
        }

        var marks = ResultMarks.Matching(db, dialogueId).Select(r => r.Mark);
        var totals = await marks
            .GroupBy(m => new { m.QuestionId, m.CategoryId, OnMap = m.Geometry != null && m.PlaceId == null, AtPlace = m.PlaceId != null })
            .Select(g => new { g.Key.QuestionId, g.Key.CategoryId, g.Key.OnMap, g.Key.AtPlace, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var districts = db.Districts.AsNoTracking().Where(d => d.Code != District.WholeMunicipality && d.Area != null);
        var byDistrict = await (
                from m in marks
                where m.Point != null
                from d in districts.Where(d => d.Area!.Contains(m.Point!)).DefaultIfEmpty()
                group m by new { m.QuestionId, Code = d == null ? null : d.Code, Name = d == null ? null : d.Name, m.CategoryId } into g
                select new { g.Key.QuestionId, g.Key.Code, g.Key.Name, g.Key.CategoryId, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var cells = await marks
            .Where(m => m.Point != null)
            .GroupBy(m => new { m.QuestionId, X = Math.Floor(m.Point!.X / CellWidth), Y = Math.Floor(m.Point!.Y / CellHeight), m.CategoryId })
            .Select(g => new { g.Key.QuestionId, g.Key.X, g.Key.Y, g.Key.CategoryId, Count = g.Count(), SumX = g.Sum(m => m.Point!.X), SumY = g.Sum(m => m.Point!.Y) })
            .ToListAsync(cancellationToken);
        var described = await marks
            .Where(m => m.Description != null && m.Description != "")
            .OrderByDescending(m => m.Id)
            .Select(m => new { m.QuestionId, m.Description, m.CategoryId, m.Comment })
            .Take(200 * mapQuestions.Count)
            .ToListAsync(cancellationToken);
        var districtAreas = await districts.Select(d => new { d.Name, d.Area }).ToListAsync(cancellationToken);

        return mapQuestions.Select(q =>
        {
            var mine = totals.Where(t => t.QuestionId == q.Id).ToList();
            var hotSpots = cells.Where(c => c.QuestionId == q.Id)
                .GroupBy(c => (c.X, c.Y))
                .Select(g => new { Count = g.Sum(c => c.Count), X = g.Sum(c => c.SumX) / g.Sum(c => c.Count), Y = g.Sum(c => c.SumY) / g.Sum(c => c.Count), Cells = g.ToList() })
                .OrderByDescending(h => h.Count).ThenBy(h => h.X).ThenBy(h => h.Y)
                .Take(10)
                .Select(h =>
                {
                    var centre = MapAnswering.Geometries.CreatePoint(new NetTopologySuite.Geometries.Coordinate(h.X, h.Y));
                    return new HotSpotDto(GeoJson.Point(h.X, h.Y), h.Count,
                        districtAreas.FirstOrDefault(d => d.Area!.Contains(centre))?.Name,
                        Nearest(places, h.X, h.Y)?.Name,
                        h.Cells.OrderByDescending(c => c.Count).Select(c => new CategoryCountDto(c.CategoryId, c.Count)).ToList());
                })
                .ToList();
            return new MapQuestionResultDto(q.Id, mine.Sum(t => t.Count), mine.Where(t => t.OnMap).Sum(t => t.Count), mine.Where(t => t.AtPlace).Sum(t => t.Count),
                mine.Where(t => !t.OnMap && !t.AtPlace).Sum(t => t.Count),
                mine.GroupBy(t => t.CategoryId).Select(g => new CategoryCountDto(g.Key, g.Sum(t => t.Count))).OrderByDescending(c => c.Count).ToList(),
                byDistrict.Where(d => d.QuestionId == q.Id)
                    .Select(d => new DistrictCategoryCountDto(d.Code, d.Name, d.CategoryId, d.Count))
                    .Concat(mine.Where(t => !t.OnMap && !t.AtPlace).GroupBy(t => t.CategoryId)
                        .Select(g => new DistrictCategoryCountDto(null, null, g.Key, g.Sum(t => t.Count))))
                    .OrderBy(d => d.DistrictName is null).ThenBy(d => d.DistrictName, StringComparer.Ordinal).ThenByDescending(d => d.Count).ToList(),
                hotSpots,
                described.Where(d => d.QuestionId == q.Id).Take(200).Select(d => new DescribedMarkDto(d.Description!, d.CategoryId, d.Comment)).ToList());
        }).ToList();
    }

    /// <summary>Each map question's marks by ~150 m square: the mean position and the count (for the decision basis's picture).</summary>
    public static async Task<ILookup<Guid, (double X, double Y, int Count)>> SquaresAsync(AppDbContext db, Guid dialogueId, CancellationToken cancellationToken)
    {
        var rows = await ResultMarks.Matching(db, dialogueId).Select(r => r.Mark)
            .Where(m => m.Point != null)
            .GroupBy(m => new { m.QuestionId, X = Math.Floor(m.Point!.X / CellWidth), Y = Math.Floor(m.Point!.Y / CellHeight) })
            .Select(g => new { g.Key.QuestionId, X = g.Average(m => m.Point!.X), Y = g.Average(m => m.Point!.Y), Count = g.Count() })
            .ToListAsync(cancellationToken);
        return rows.ToLookup(r => r.QuestionId, r => (r.X, r.Y, r.Count));
    }

    /// <summary>The named place nearest to a position, if one lies within about 300 m.</summary>
    private static NamedPlace? Nearest(IReadOnlyList<NamedPlace> places, double longitude, double latitude)
    {
        double Metres(NamedPlace p) => Math.Sqrt(Math.Pow((p.Longitude - longitude) * 111_320 * Math.Cos(latitude * Math.PI / 180), 2) + Math.Pow((p.Latitude - latitude) * 111_320, 2));
        return places.Where(p => Metres(p) <= 300).OrderBy(Metres).FirstOrDefault();
    }
}
