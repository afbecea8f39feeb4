using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Valid;

namespace Medborgardialog.Api.Domain;

/// <summary>What a resident can mark on a map question's map.</summary>
public enum MarkKind
{
    /// <summary>A place: one position.</summary>
    Point,

    /// <summary>A route: a line of positions that does not cross itself.</summary>
    Line,

    /// <summary>An area: a ring that does not cross itself.</summary>
    Area,
}

/// <summary>How a map question is answered: the kinds of marks it takes and how many marks one answer may have. Its
/// categories are the question's options.</summary>
/// <param name="Kinds">The kinds it takes: point, line, area (at least one).</param>
/// <param name="MaxMarks">At most this many marks in one answer (1–20).</param>
public sealed record MapQuestionSettings(IReadOnlyList<MarkKind> Kinds, int MaxMarks);

/// <summary>A named place of a dialogue ("Korsningen vid Bäckegårdsskolan"): residents who do not use the map choose it
/// instead, and its mark counts as one placed there by hand.</summary>
public sealed record NamedPlace(Guid Id, string Name, string? NameEn, double Longitude, double Latitude)
{
    /// <summary>The place as a point (WGS 84).</summary>
    public Point Location() => MapAnswering.Geometries.CreatePoint(new Coordinate(Longitude, Latitude));
}

/// <summary>Where a dialogue's map starts: its centre and zoom level (as web maps count them, 1–19).</summary>
public sealed record MapStart(double Longitude, double Latitude, int Zoom)
{
    public const int MinZoom = 1;
    public const int MaxZoom = 19;
}

/// <summary>
/// One mark of a resident's answer to a map question: a geometry drawn on the map, one of the dialogue's named places
/// (stored with the place's position), or a place described in words (no geometry). A category of the question's and a
/// comment are optional. Withdrawn and moderated with its opinion.
/// </summary>
public sealed class MapMark
{
    private MapMark() { } // for EF

    public MapMark(Guid id, Guid opinionId, Guid dialogueId, Guid questionId, int position, Guid? categoryId, Geometry? geometry, Guid? placeId, string? description, string? comment)
    {
        Id = id;
        OpinionId = opinionId;
        DialogueId = dialogueId;
        QuestionId = questionId;
        Position = position;
        CategoryId = categoryId;
        Geometry = geometry;
        Point = geometry is null ? null : geometry as NetTopologySuite.Geometries.Point ?? geometry.InteriorPoint;
        PlaceId = placeId;
        Description = description;
        Comment = comment;
        Kind = geometry switch
        {
            null => null,
            NetTopologySuite.Geometries.Point => MarkKind.Point,
            LineString => MarkKind.Line,
            _ => MarkKind.Area,
        };
    }

    public Guid Id { get; private set; }
    public Guid OpinionId { get; private set; }
    public Guid DialogueId { get; private set; }
    public Guid QuestionId { get; private set; }

    /// <summary>Its place in the answer (0, 1, …), as the resident gave them.</summary>
    public int Position { get; private set; }
    public Guid? CategoryId { get; private set; }

    /// <summary>What it is on the map; null for a place described in words.</summary>
    public MarkKind? Kind { get; private set; }

    /// <summary>WGS 84 (SRID 4326); null for a place described in words.</summary>
    public Geometry? Geometry { get; private set; }

    /// <summary>A point on the geometry (the point itself, a point on a route or inside an area): what clusters and
    /// district counts use.</summary>
    public Point? Point { get; private set; }
    /// <summary>The point's longitude and latitude, kept by the database beside it (generated columns): the results map
    /// groups 100,000 marks by them without reading a geometry per row.</summary>
    public double? Longitude { get; private set; }

    /// <inheritdoc cref="Longitude"/>
    public double? Latitude { get; private set; }
    public Guid? PlaceId { get; private set; }
    public string? Description { get; private set; }
    public string? Comment { get; private set; }

    /// <summary>Empties the resident's own words (a moderator's decision to remove personal data); the place stays.</summary>
    public void EraseWords()
    {
        Comment = Comment is null ? null : "";
        Description = Description is null ? null : "";
    }
}

/// <summary>A mark as a resident (or staff, from a paper map) gives it, before it is checked: exactly one of a geometry,
/// a named place or a description.</summary>
/// <param name="Geometry">The geometry drawn, as read.</param>
/// <param name="PlaceId">The named place chosen.</param>
/// <param name="Description">The place in words.</param>
/// <param name="CategoryId">One of the question's categories.</param>
/// <param name="Comment">What the resident says about the place.</param>
/// <param name="GeometryUnreadable">A geometry was given but could not be read (reported already; it still counts as the way given).</param>
public sealed record MarkCandidate(Geometry? Geometry, Guid? PlaceId, string? Description, Guid? CategoryId, string? Comment, bool GeometryUnreadable = false);

/// <summary>The rules for map questions and their answers. The same for every channel.</summary>
public static class MapAnswering
{
    public const int MaxMarksLimit = 20;
    public const int MaxVertices = 200;
    public const int MaxComment = 1000;
    public const int MaxDescription = 500;
    public const int MaxPlaces = 30;
    public const int PlaceName = 120;
    public const int Srid = 4326;

    /// <summary>Geometry in WGS 84 (SRID 4326), double precision: what every geometry of the system is made with.</summary>
    public static readonly NetTopologySuite.NtsGeometryServices Services = new(PrecisionModel.Floating.Value, Srid);

    /// <summary>The factory every geometry of the system is made with.</summary>
    public static readonly GeometryFactory Geometries = Services.CreateGeometryFactory();

    /// <summary>What is wrong with a map question's settings; empty when it can be used.</summary>
    public static IEnumerable<string> CheckSettings(int number, Question question)
    {
        if (question.Kind != QuestionKind.Map)
        {
            if (question.Map is not null)
            {
                yield return $"Question {number} is not a map question and cannot have map settings.";
            }

            yield break;
        }

        if (question.Map is not { } map)
        {
            yield return $"Question {number} is a map question and needs its map settings.";
            yield break;
        }

        if (map.Kinds.Count == 0 || map.Kinds.Distinct().Count() != map.Kinds.Count || map.Kinds.Any(k => !Enum.IsDefined(k)))
        {
            yield return $"Question {number} takes at least one kind of mark, each once.";
        }

        if (map.MaxMarks is < 1 or > MaxMarksLimit)
        {
            yield return $"Question {number} takes from 1 to {MaxMarksLimit} marks.";
        }
    }

    /// <summary>
    /// Checks the marks of one answer to a map question against the question, the dialogue's named places and its area
    /// (or, without one, the municipality). <paramref name="field"/> is the answer's field (<c>answers[&lt;id&gt;]</c>);
    /// problems name <c>…marks</c> or <c>…marks[i].&lt;member&gt;</c>. The candidates' geometries are already read
    /// (a geometry that could not be read at all is reported by the caller).
    /// </summary>
    public static IReadOnlyList<AnswerProblem> Check(string field, Question question, IReadOnlyList<MarkCandidate> marks, IReadOnlyList<NamedPlace> places,
        Geometry? dialogueArea, Geometry? municipality)
    {
        var problems = new List<AnswerProblem>();
        var settings = question.Map ?? new MapQuestionSettings([MarkKind.Point], 1);
        if (marks.Count > settings.MaxMarks)
        {
            problems.Add(new($"{field}.marks", FieldErrorCodes.TooMany, $"At most {settings.MaxMarks} marks.", P(("max", settings.MaxMarks))));
            return problems;
        }

        var categories = question.Options.Select(o => o.Id).ToHashSet();
        var placeIds = places.Select(p => p.Id).ToHashSet();
        foreach (var (mark, i) in marks.Select((m, i) => (m, i)))
        {
            var at = $"{field}.marks[{i}]";
            var ways = (mark.Geometry is null && !mark.GeometryUnreadable ? 0 : 1) + (mark.PlaceId is null ? 0 : 1) + (string.IsNullOrWhiteSpace(mark.Description) ? 0 : 1);
            if (ways == 0)
            {
                problems.Add(new($"{at}.geometry", FieldErrorCodes.Required, "Mark the place on the map, choose a named place or describe it in words."));
            }
            else if (ways > 1)
            {
                problems.Add(new($"{at}.geometry", FieldErrorCodes.MustBeEmpty, "Give the place one way only: on the map, as a named place or in words."));
            }

            if (mark.CategoryId is { } category && !categories.Contains(category))
            {
                problems.Add(new($"{at}.categoryId", FieldErrorCodes.UnknownValue, "That is not one of the question's categories."));
            }

            if (mark.PlaceId is { } place && !placeIds.Contains(place))
            {
                problems.Add(new($"{at}.placeId", FieldErrorCodes.UnknownReference, "That is not one of the dialogue's places."));
            }

            if (mark.Comment is { Length: > MaxComment })
            {
                problems.Add(new($"{at}.comment", FieldErrorCodes.TooLong, $"At most {MaxComment} characters.", P(("max", MaxComment))));
            }

            if (mark.Description is { Length: > MaxDescription })
            {
                problems.Add(new($"{at}.description", FieldErrorCodes.TooLong, $"At most {MaxDescription} characters.", P(("max", MaxDescription))));
            }

            if (mark.Geometry is { } geometry && GeometryProblem(geometry, settings, dialogueArea, municipality) is { } problem)
            {
                problems.Add(problem with { Field = $"{at}.geometry" });
            }
        }

        return problems;
    }

    /// <summary>What is wrong with a geometry drawn for a question; null when it can be stored.</summary>
    public static AnswerProblem? GeometryProblem(Geometry geometry, MapQuestionSettings settings, Geometry? dialogueArea, Geometry? municipality)
    {
        var kind = KindOf(geometry);
        if (kind is null || !settings.Kinds.Contains(kind.Value))
        {
            return new("", FieldErrorCodes.WrongType, "The question does not take that kind of mark.",
                P(("expected", string.Join(",", settings.Kinds.Select(k => k.ToString().ToLowerInvariant())))));
        }

        return ShapeProblem(geometry) ?? AreaProblem(geometry, dialogueArea, municipality);
    }

    /// <summary>Whether a point, route or area is one the system can keep: not too many positions, not crossing itself.</summary>
    public static AnswerProblem? ShapeProblem(Geometry geometry)
    {
        if (geometry.NumPoints > MaxVertices + (geometry is Polygon ? 1 : 0))
        {
            return new("", FieldErrorCodes.TooManyVertices, $"At most {MaxVertices} positions.", P(("max", MaxVertices)));
        }

        if (geometry is LineString line && !line.IsSimple)
        {
            return new("", FieldErrorCodes.SelfIntersecting, "The route crosses itself.");
        }

        if (geometry is Polygon)
        {
            var validity = new IsValidOp(geometry).ValidationError;
            if (validity is not null)
            {
                return validity.ErrorType is TopologyValidationErrors.SelfIntersection or TopologyValidationErrors.RingSelfIntersection
                    or TopologyValidationErrors.NestedHoles or TopologyValidationErrors.NestedShells
                    ? new("", FieldErrorCodes.SelfIntersecting, "The area's edge crosses itself.")
                    : new("", FieldErrorCodes.InvalidGeometry, "The area is not a valid polygon.");
            }
        }

        return null;
    }

    private static AnswerProblem? AreaProblem(Geometry geometry, Geometry? dialogueArea, Geometry? municipality)
    {
        if (dialogueArea is not null && !dialogueArea.Covers(geometry))
        {
            return new("", FieldErrorCodes.OutsideArea, "The mark lies outside the dialogue's area.", P(("area", "dialogue")));
        }

        if (dialogueArea is null && municipality is not null && !municipality.Covers(geometry))
        {
            return new("", FieldErrorCodes.OutsideArea, "The mark lies outside the municipality.", P(("area", "municipality")));
        }

        return null;
    }

    /// <summary>What a geometry is as a mark; null for anything else (a multi-geometry, a collection).</summary>
    public static MarkKind? KindOf(Geometry geometry) => geometry switch
    {
        Point => MarkKind.Point,
        LineString => MarkKind.Line,
        Polygon => MarkKind.Area,
        _ => null,
    };

    private static Dictionary<string, string> P(params (string Name, object Value)[] values) =>
        values.ToDictionary(v => v.Name, v => Convert.ToString(v.Value, System.Globalization.CultureInfo.InvariantCulture)!);
}
