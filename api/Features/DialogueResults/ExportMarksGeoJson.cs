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
        using var buffer = new MemoryStream();
        await using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false }))
        {
            json.WriteStartObject();
            json.WriteString("type", "FeatureCollection");
            json.WriteString("name", $"markeringar-{dialogue.Slug}");
            json.WriteStartArray("features");
            foreach (var r in rows)
            {
                var question = questions.GetValueOrDefault(r.QuestionId);
                var withWords = r.Moderation is not (ModerationStatus.Held or ModerationStatus.Hidden)
                                && !r.ContentHits.Any(h => h.Category == ContentCategory.PersonalData);
                json.WriteStartObject();
                json.WriteString("type", "Feature");
                json.WritePropertyName("geometry");
                if (r.Geometry is null)
                {
                    json.WriteNullValue();
                }
                else
                {
                    var geometry = GeoJson.Write(r.Geometry);
                    json.WriteStartObject();
                    json.WriteString("type", geometry.Type);
                    json.WritePropertyName("coordinates");
                    geometry.Coordinates.WriteTo(json);
                    json.WriteEndObject();
                }

                json.WriteStartObject("properties");
                json.WriteString("fraga", question?.Text);
                json.WriteString("kategori", question?.Options.FirstOrDefault(o => o.Id == r.CategoryId)?.Text);
                json.WriteString("typ", r.Kind is { } kind ? Swedish.MarkKinds[kind] : Swedish.MarkDescribedInWords);
                json.WriteString("kommentar", withWords ? r.Comment : null);
                json.WriteString("beskrivning", withWords ? r.Description : null);
                json.WriteString("plats", r.PlaceId is { } place ? places.GetValueOrDefault(place) : null);
                json.WriteString("omrade", r.District);
                json.WriteString("kanal", Swedish.Channels[r.Channel]);
                json.WriteString("dag", r.SubmittedAt.ToOffset(TimeSpan.Zero).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
