using System.Text.Json;
using Medborgardialog.Api.Domain;
using NetTopologySuite.Geometries;

namespace Medborgardialog.Api.Infrastructure.Geo;

/// <summary>A GeoJSON geometry (RFC 7946): <c>type</c> and <c>coordinates</c>, positions as [longitude, latitude] in WGS 84.
/// Requests take <c>Point</c>, <c>LineString</c> and <c>Polygon</c>; answers also carry <c>MultiPolygon</c> (a district).</summary>
/// <param name="Type">Point, LineString, Polygon or MultiPolygon.</param>
/// <param name="Coordinates">A position ([longitude, latitude]) for a Point, a list of positions for a LineString, a list
/// of rings (the first the outer edge, each closed: its last position repeats its first) for a Polygon, a list of
/// polygons for a MultiPolygon.</param>
public sealed record GeoJsonGeometry(string Type, JsonElement Coordinates);

/// <summary>Reads and writes <see cref="GeoJsonGeometry"/> as NetTopologySuite geometries: every malformed input is a
/// problem with a field code (<c>invalidGeometry</c>, <c>tooManyVertices</c>), never an exception.</summary>
public static class GeoJson
{
    public static readonly IReadOnlyList<string> InputTypes = ["Point", "LineString", "Polygon"];
    public static readonly IReadOnlyList<string> AllTypes = ["Point", "LineString", "Polygon", "MultiPolygon"];

    private const int Decimals = 7; // about a centimetre

    /// <summary>The geometry, or the problem that stops it from being read (its field left empty for the caller to set).</summary>
    public static (Geometry? Geometry, AnswerProblem? Problem) Read(GeoJsonGeometry geometry)
    {
        try
        {
            var coordinates = geometry.Coordinates;
            Geometry? result = geometry.Type switch
            {
                "Point" => Position(coordinates) is { } p ? MapAnswering.Geometries.CreatePoint(p) : null,
                "LineString" => Positions(coordinates, 2) is { } line ? MapAnswering.Geometries.CreateLineString(line) : null,
                "Polygon" => Polygon(coordinates),
                _ => null,
            };
            if (result is null)
            {
                return (null, Invalid(geometry.Type));
            }

            if (result.NumPoints > MapAnswering.MaxVertices + (result is Polygon ? 1 : 0))
            {
                return (null, new("", FieldErrorCodes.TooManyVertices, $"At most {MapAnswering.MaxVertices} positions.",
                    new Dictionary<string, string> { ["max"] = MapAnswering.MaxVertices.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
            }

            if (result is LineString && !result.IsValid)
            {
                return (null, Invalid(geometry.Type)); // fewer than two distinct positions
            }

            return (result, null);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException)
        {
            return (null, Invalid(geometry.Type));
        }
    }

    /// <summary>A geometry as GeoJSON, positions rounded to 7 decimals.</summary>
    public static GeoJsonGeometry Write(Geometry geometry) => geometry switch
    {
        Point p => new("Point", JsonSerializer.SerializeToElement(Of(p.Coordinate))),
        LineString l => new("LineString", JsonSerializer.SerializeToElement(Of(l.Coordinates))),
        Polygon a => new("Polygon", JsonSerializer.SerializeToElement(Rings(a))),
        MultiPolygon m => new("MultiPolygon", JsonSerializer.SerializeToElement(m.Geometries.Cast<Polygon>().Select(Rings).ToArray())),
        _ => throw new ArgumentException($"No GeoJSON for {geometry.GeometryType} here.", nameof(geometry)),
    };

    /// <summary>A point as GeoJSON.</summary>
    public static GeoJsonGeometry Point(double longitude, double latitude) =>
        new("Point", JsonSerializer.SerializeToElement(new[] { Math.Round(longitude, Decimals), Math.Round(latitude, Decimals) }));

    private static double[][][] Rings(Polygon polygon) =>
        [Of(polygon.ExteriorRing.Coordinates), .. polygon.InteriorRings.Select(r => Of(r.Coordinates))];

    private static double[] Of(Coordinate c) => [Math.Round(c.X, Decimals), Math.Round(c.Y, Decimals)];

    private static double[][] Of(Coordinate[] cs) => cs.Select(Of).ToArray();

    private static AnswerProblem Invalid(string type) =>
        new("", FieldErrorCodes.InvalidGeometry, InputTypes.Contains(type) ? $"Not a readable {type}." : "The type must be Point, LineString or Polygon.",
            new Dictionary<string, string> { ["allowed"] = string.Join(",", InputTypes) });

    private static Coordinate? Position(JsonElement position)
    {
        if (position.ValueKind != JsonValueKind.Array || position.GetArrayLength() is < 2 or > 3)
        {
            return null;
        }

        double? Number(JsonElement e) => e.ValueKind == JsonValueKind.Number && e.TryGetDouble(out var d) && double.IsFinite(d) ? d : null;
        var longitude = Number(position[0]);
        var latitude = Number(position[1]);
        if (longitude is not (>= -180 and <= 180) || latitude is not (>= -90 and <= 90))
        {
            return null;
        }

        return new Coordinate(longitude.Value, latitude.Value);
    }

    private static Coordinate[]? Positions(JsonElement list, int least)
    {
        if (list.ValueKind != JsonValueKind.Array || list.GetArrayLength() < least || list.GetArrayLength() > MapAnswering.MaxVertices * 4)
        {
            return null;
        }

        var positions = new Coordinate[list.GetArrayLength()];
        var i = 0;
        foreach (var item in list.EnumerateArray())
        {
            if (Position(item) is not { } position)
            {
                return null;
            }

            positions[i++] = position;
        }

        return positions;
    }

    private static Polygon? Polygon(JsonElement rings)
    {
        if (rings.ValueKind != JsonValueKind.Array || rings.GetArrayLength() is < 1 or > 20)
        {
            return null;
        }

        var read = new List<LinearRing>();
        foreach (var ring in rings.EnumerateArray())
        {
            if (Positions(ring, 4) is not { } positions || !positions[0].Equals2D(positions[^1]))
            {
                return null;
            }

            read.Add(MapAnswering.Geometries.CreateLinearRing(positions));
        }

        return MapAnswering.Geometries.CreatePolygon(read[0], [.. read.Skip(1)]);
    }
}
