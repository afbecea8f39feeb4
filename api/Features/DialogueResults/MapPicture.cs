using System.Globalization;
using System.Net;
using System.Text;
using NetTopologySuite.Geometries;

namespace Medborgardialog.Api.Features.DialogueResults;

/// <summary>
/// A static picture of a map question's marks for the printed decision basis: the districts' outlines and names, the
/// dialogue's area, and a circle per ~150 m square sized by its marks — an inline SVG (Web Mercator), drawn here, with no
/// tile service and nothing fetched. The tables beside it say the same in words.
/// </summary>
internal static class MapPicture
{
    private const double Width = 640;
    private const double Height = 420;

    public static string Svg(string title, IReadOnlyList<(double X, double Y, int Count)> spots, IReadOnlyList<(string Name, Geometry Area)> districts, Geometry? dialogueArea)
    {
        if (spots.Count == 0)
        {
            return "";
        }

        // The view: the dialogue's area, else the marks, with a margin; squared to the picture's proportions.
        var envelope = dialogueArea?.EnvelopeInternal.Copy() ?? new Envelope(spots.Min(s => s.X), spots.Max(s => s.X), spots.Min(s => s.Y), spots.Max(s => s.Y));
        foreach (var s in spots)
        {
            envelope.ExpandToInclude(s.X, s.Y);
        }

        var (minX, maxX) = (MercatorX(envelope.MinX), MercatorX(envelope.MaxX));
        var (minY, maxY) = (MercatorY(envelope.MinY), MercatorY(envelope.MaxY));
        var span = Math.Max(Math.Max(maxX - minX, (maxY - minY) * Width / Height), 0.002);
        var (cx, cy) = ((minX + maxX) / 2, (minY + maxY) / 2);
        var scale = Width / (span * 1.15);
        string Px(double lon, double lat) => string.Create(CultureInfo.InvariantCulture,
            $"{Width / 2 + (MercatorX(lon) - cx) * scale:0.#},{Height / 2 - (MercatorY(lat) - cy) * scale:0.#}");

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<figure><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" width=\"100%\" role=\"img\" aria-label=\"{WebUtility.HtmlEncode(title)}\" style=\"max-width:40rem;background:#f4f1ea;border:1px solid #999\">");
        foreach (var (name, area) in districts)
        {
            foreach (var polygon in Polygons(area))
            {
                svg.Append(CultureInfo.InvariantCulture, $"<polygon points=\"{string.Join(' ', polygon.ExteriorRing.Coordinates.Select(c => Px(c.X, c.Y)))}\" fill=\"none\" stroke=\"#888\" stroke-width=\"1\"/>");
            }

            var label = area.InteriorPoint;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Px(label.X, label.Y).Split(',')[0]}\" y=\"{Px(label.X, label.Y).Split(',')[1]}\" font-size=\"11\" fill=\"#555\" text-anchor=\"middle\">{WebUtility.HtmlEncode(name)}</text>");
        }

        if (dialogueArea is Polygon dialoguePolygon)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<polygon points=\"{string.Join(' ', dialoguePolygon.ExteriorRing.Coordinates.Select(c => Px(c.X, c.Y)))}\" fill=\"none\" stroke=\"#1b4f72\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");
        }

        var most = spots.Max(s => s.Count);
        foreach (var (x, y, count) in spots.OrderByDescending(s => s.Count))
        {
            var point = Px(x, y).Split(',');
            var radius = 3 + 12 * Math.Sqrt((double)count / most);
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{point[0]}\" cy=\"{point[1]}\" r=\"{radius:0.#}\" fill=\"#c0392b\" fill-opacity=\"0.55\" stroke=\"#7b241c\" stroke-width=\"0.5\"/>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"</svg><figcaption>{WebUtility.HtmlEncode(title)}. Cirklarnas storlek följer antalet markeringar i varje ruta om cirka 150 × 150 meter; den streckade linjen är dialogens område.</figcaption></figure>");
        return svg.ToString();
    }

    private static IEnumerable<Polygon> Polygons(Geometry area) => area switch
    {
        Polygon p => [p],
        MultiPolygon m => m.Geometries.Cast<Polygon>(),
        _ => [],
    };

    private static double MercatorX(double longitude) => longitude * Math.PI / 180;

    private static double MercatorY(double latitude) => Math.Log(Math.Tan(Math.PI / 4 + latitude * Math.PI / 360));
}
