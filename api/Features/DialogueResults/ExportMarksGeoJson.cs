using System.Text.Json;
using Medborgardialog.Api.Infrastructure.Geo;
using Medborgardialog.Api.Words;

namespace Medborgardialog.Api.Features.DialogueResults;

/// <summary>
/// The marks of a dialogue's map questions as an anonymised GeoJSON FeatureCollection (RFC 7946, WGS 84) for GIS: no
/// opinion ids, no receipts, no background; a comment only when its opinion is neither held nor hidden and nothing in it
/// looked like personal data. Places described in words have no geometry (null), as RFC 7946 allows.
/// Properties (Swedish, as the decision basis): fraga, kategori, typ, kommentar, beskrivning, plats, omrade, kanal, dag.
/// </summary>
public sealed record ExportMarksGeoJsonQuery(Guid DialogueId) : IQuery<byte[]>;

public sealed class ExportMarksGeoJsonValidator : AbstractValidator<ExportMarksGeoJsonQuery>
{
    public ExportMarksGeoJsonValidator() => RuleFor(q => q.DialogueId).NotEmpty().RouteValue("id");
}

public sealed class ExportMarksGeoJsonHandler(AppDbContext db) : IQueryHandler<ExportMarksGeoJsonQuery, byte[]>
{
    public async ValueTask<byte[]> Handle(ExportMarksGeoJsonQuery query, CancellationToken cancellationToken)
    {
        var dialogue = await db.Dialogues.AsNoTracking().Where(d => d.Id == query.DialogueId)
            .Select(d => new { d.Slug, d.Questions, d.MapPlaces })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(ProblemCodes.DialogueNotFound, $"There is no dialogue with id {query.DialogueId}.");
        var districts = db.Districts.AsNoTracking().Where(d => d.Code != District.WholeMunicipality && d.Area != null);
        var rows = await (
                from m in db.MapMarks.AsNoTracking()
                join o in db.Opinions.AsNoTracking().Where(Opinion.InResult) on m.OpinionId equals o.Id
                where m.DialogueId == query.DialogueId
                from d in districts.Where(d => m.Point != null && d.Area!.Contains(m.Point!)).Take(1).DefaultIfEmpty()
                orderby o.SubmittedAt, m.Position
                select new
                {
                    m.QuestionId, m.CategoryId, m.Kind, m.Geometry, m.Comment, m.Description, m.PlaceId, District = d == null ? null : d.Name,
                    o.Channel, o.SubmittedAt, o.Moderation, o.ContentHits,
                })
            .ToListAsync(cancellationToken);

        var questions = dialogue.Questions.ToDictionary(q => q.Id);
        var places = dialogue.MapPlaces.ToDictionary(p => p.Id, p => p.Name);
        var features = rows.Select(r =>
        {
            var question = questions.GetValueOrDefault(r.QuestionId);
            var withWords = r.Moderation is not (ModerationStatus.Held or ModerationStatus.Hidden)
                            && !r.ContentHits.Any(h => h.Category == ContentCategory.PersonalData);
            return new ExportedMark("Feature", r.Geometry is null ? null : GeoJson.Write(r.Geometry), new ExportedMarkProperties(
                question?.Text,
                question?.Options.FirstOrDefault(o => o.Id == r.CategoryId)?.Text,
                r.Kind is { } kind ? Swedish.MarkKinds[kind] : Swedish.MarkDescribedInWords,
                withWords ? r.Comment : null,
                withWords ? r.Description : null,
                r.PlaceId is { } place ? places.GetValueOrDefault(place) : null,
                r.District,
                Swedish.Channels[r.Channel],
                r.SubmittedAt.ToOffset(TimeSpan.Zero).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        }).ToList();
        return JsonSerializer.SerializeToUtf8Bytes(new ExportedMarks("FeatureCollection", $"markeringar-{dialogue.Slug}", features), Options);
    }

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };
}

/// <summary>The GeoJSON export: a FeatureCollection of the marks (RFC 7946).</summary>
/// <param name="Type">Always <c>FeatureCollection</c>.</param>
/// <param name="Name">The layer's name in GIS tools: <c>markeringar-&lt;the dialogue's slug&gt;</c>.</param>
/// <param name="Features">One per mark.</param>
public sealed record ExportedMarks(string Type, string Name, IReadOnlyList<ExportedMark> Features);

/// <summary>One mark as a GeoJSON Feature.</summary>
/// <param name="Type">Always <c>Feature</c>.</param>
/// <param name="Geometry">Point, LineString or Polygon; null for a place described in words.</param>
/// <param name="Properties">What is known about it, in Swedish.</param>
public sealed record ExportedMark(string Type, GeoJsonGeometry? Geometry, ExportedMarkProperties Properties);

/// <summary>A mark's properties in the export (Swedish names, as the decision basis).</summary>
/// <param name="Fraga">The map question.</param>
/// <param name="Kategori">The category chosen.</param>
/// <param name="Typ">Plats, Sträcka, Område or Beskriven med ord.</param>
/// <param name="Kommentar">The comment (left out when its opinion is held, hidden or had personal data).</param>
/// <param name="Beskrivning">The place in words (left out likewise).</param>
/// <param name="Plats">The named place, when chosen by name.</param>
/// <param name="Omrade">The district it lies in.</param>
/// <param name="Kanal">How the opinion came in.</param>
/// <param name="Dag">The day it came in (UTC).</param>
public sealed record ExportedMarkProperties(string? Fraga, string? Kategori, string Typ, string? Kommentar, string? Beskrivning, string? Plats, string? Omrade, string Kanal, string Dag);
