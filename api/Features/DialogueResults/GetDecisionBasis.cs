using System.Globalization;
using System.Net;
using System.Text;
using FluentValidation;
using Mediator;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Infrastructure.Errors;
using Medborgardialog.Api.Infrastructure.Http;
using Medborgardialog.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Medborgardialog.Api.Features.DialogueResults;

/// <summary>The decision basis as a printable Swedish HTML document (print to PDF from the browser).</summary>
public sealed record GetDecisionBasisQuery(Guid DialogueId) : IQuery<string>;

public sealed class GetDecisionBasisValidator : AbstractValidator<GetDecisionBasisQuery>
{
    public GetDecisionBasisValidator() => RuleFor(c => c.DialogueId).NotEmpty().RouteValue("id");
}

public sealed class GetDecisionBasisHandler(AppDbContext db) : IQueryHandler<GetDecisionBasisQuery, string>
{
    private static readonly CultureInfo Swedish = Words.Swedish.Culture;

    private static string Day(DateTimeOffset at) => Words.Swedish.Day(at);

    /// <summary>A count as the Swedish reader writes it ("1 234").</summary>
    private static string N(int count) => Words.Swedish.Number(count);

    public async ValueTask<string> Handle(GetDecisionBasisQuery query, CancellationToken cancellationToken)
    {
        var d = await db.Dialogues.AsNoTracking().SingleOrDefaultAsync(x => x.Id == query.DialogueId, cancellationToken)
            ?? throw new NotFoundException(ProblemCodes.DialogueNotFound, $"There is no dialogue with id {query.DialogueId}.");
        var result = await new ResultReading(db).ReadAsync(new GetResultQuery(query.DialogueId), cancellationToken);
        // When the dialogue was really open, from its history: the announced times are only the plan (it may have been
        // opened late, or closed early).
        var steps = await db.Dialogues.AsNoTracking().Where(x => x.Id == query.DialogueId)
            .SelectMany(x => x.StatusChanges)
            .Where(c => c.To == DialogueStatus.Open || c.To == DialogueStatus.Closed)
            .Select(c => new { c.To, c.At })
            .ToListAsync(cancellationToken);
        var opened = steps.Where(c => c.To == DialogueStatus.Open).Min(c => (DateTimeOffset?)c.At) ?? d.OpensAt;
        var closed = steps.Where(c => c.To == DialogueStatus.Closed).Min(c => (DateTimeOffset?)c.At) ?? d.ClosesAt;
        static string H(string? text) => WebUtility.HtmlEncode(text ?? "");
        var places = await MapResults.OfAsync(db, d.Id, d.Questions, d.MapPlaces, cancellationToken);
        var squares = places.Count == 0 ? null : await MapResults.SquaresAsync(db, d.Id, cancellationToken);
        var districtAreas = places.Count == 0 ? [] : (await db.Districts.AsNoTracking().Where(x => x.Code != District.WholeMunicipality && x.Area != null)
                .Select(x => new { x.Name, x.Area }).ToListAsync(cancellationToken))
            .Select(x => (x.Name, (NetTopologySuite.Geometries.Geometry)x.Area!)).ToList();
        var caseNumber = d.CaseNumber is null ? "" : " · <strong>Diarienummer:</strong> " + H(d.CaseNumber);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $$"""
            <!doctype html>
            <html lang="sv"><head><meta charset="utf-8"><title>Beslutsunderlag: {{H(d.Title)}}</title>
            <style>
            body { font-family: system-ui, sans-serif; max-width: 48rem; margin: 2rem auto; line-height: 1.5; color: #111; }
            h1 { font-size: 1.6rem; } h2 { margin-top: 2rem; border-bottom: 1px solid #999; }
            table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: .25rem .5rem; border-bottom: 1px solid #ddd; }
            td.n { text-align: right; } blockquote { border-left: 4px solid #555; margin: .5rem 0; padding-left: 1rem; }
            @media print { body { margin: 0; } h2 { break-after: avoid; } }
            </style></head><body>
            <h1>Beslutsunderlag från medborgardialog: {{H(d.Title)}}</h1>
            <p><strong>Nämnd:</strong> {{H(d.Committee)}}{{caseNumber}}</p>
            <p><strong>Dialogen pågick:</strong> {{Day(opened)}} – {{Day(closed)}}</p>
            <p><strong>Frågan:</strong> {{H(d.Question)}}</p>
            <p>{{H(d.Summary)}}</p>
            <h2>Vilka deltog</h2>
            <p>{{N(result.Total)}} synpunkter (tillbakadragna räknas inte). Webben och andra kanaler räknas lika.</p>
            <table><thead><tr><th>Kanal</th><th>Antal</th></tr></thead><tbody>
            """);
        foreach (var c in result.Channels)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{H(Words.Swedish.Channels[c.Channel])}</td><td class=\"n\">{N(c.Count)}</td></tr>");
        }

        html.Append("</tbody></table><h2>Sammanfattning</h2>");
        html.Append(string.IsNullOrWhiteSpace(result.Summary) ? "<p><em>Ingen sammanfattning är skriven ännu.</em></p>" : $"<p>{H(result.Summary).Replace("\n", "<br>", StringComparison.Ordinal)}</p>");
        html.Append("<h2>Teman</h2><table><thead><tr><th>Tema</th><th>Antal synpunkter</th></tr></thead><tbody>");
        foreach (var t in result.Themes.OrderByDescending(t => t.Count))
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{H(t.Name)}</td><td class=\"n\">{N(t.Count)}</td></tr>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<tr><td><em>Inte grupperade</em></td><td class=\"n\">{N(result.Untagged)}</td></tr></tbody></table>");
        if (result.Quotes.Count > 0)
        {
            html.Append("<h2>Citat</h2>");
            foreach (var q in result.Quotes)
            {
                html.Append(CultureInfo.InvariantCulture, $"<blockquote>{H(q.Text)}</blockquote>");
            }
        }

        foreach (var q in result.Questions)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2>{H(q.Text)}</h2><p>{N(q.Answered)} svar.</p>");
            if (q.Kind == QuestionKind.Scale)
            {
                html.Append("<table><thead><tr><th>Värde</th><th>Antal</th></tr></thead><tbody>");
                for (var i = 0; i < q.ScaleCounts.Count; i++)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<tr><td>{i + Answering.ScaleMin}</td><td class=\"n\">{N(q.ScaleCounts[i])}</td></tr>");
                }

                html.Append(CultureInfo.InvariantCulture, $"</tbody></table><p>Medelvärde: {(q.ScaleAverage is { } avg ? avg.ToString("0.0", Swedish) : "–")}</p>");
            }
            else if (q.Kind == QuestionKind.Map)
            {
                html.Append(MapPicture.Svg($"Markeringarna på kartan: {q.Text}", squares![q.QuestionId].ToList(), districtAreas, d.MapArea));
                html.Append(MapTables(q, places.FirstOrDefault(p => p.QuestionId == q.QuestionId), H));
            }
            else if (q.Options.Count > 0)
            {
                var ranking = q.Kind == QuestionKind.Ranking;
                html.Append(ranking ? "<table><thead><tr><th>Alternativ</th><th>Medelplacering (1 = viktigast)</th></tr></thead><tbody>" : "<table><thead><tr><th>Alternativ</th><th>Antal</th></tr></thead><tbody>");
                foreach (var o in ranking ? q.Options.OrderBy(o => o.AverageRank ?? double.MaxValue) : q.Options.OrderByDescending(o => o.Count))
                {
                    var value = ranking ? (o.AverageRank is { } r ? r.ToString("0.0", Swedish) : "–") : N(o.Count);
                    html.Append(CultureInfo.InvariantCulture, $"<tr><td>{H(o.Text)}</td><td class=\"n\">{value}</td></tr>");
                }

                html.Append("</tbody></table>");
            }
        }

        html.Append("<p><small>Alla synpunkter finns som CSV (anonymiserad) i medborgardialogens personalvy, markeringarna på kartfrågor som GeoJSON för GIS.</small></p></body></html>");
        return html.ToString();
    }

    /// <summary>A map question in the decision basis: marks per category, how they were given, and the hot spots.</summary>
    private static string MapTables(QuestionFigures q, MapQuestionResultDto? places, Func<string?, string> h)
    {
        var html = new StringBuilder();
        var category = (Guid? id) => id is null ? "Utan kategori" : q.Options.FirstOrDefault(o => o.OptionId == id)?.Text ?? "?";
        if (places is null)
        {
            return "";
        }

        html.Append(CultureInfo.InvariantCulture,
            $"<p>{N(places.Total)} markeringar: {N(places.OnMap)} på kartan, {N(places.AtPlaces)} vid en namngiven plats, {N(places.InWords)} beskrivna med ord.</p>");
        html.Append("<table><thead><tr><th>Kategori</th><th>Antal markeringar</th></tr></thead><tbody>");
        foreach (var c in places.ByCategory)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{h(category(c.CategoryId))}</td><td class=\"n\">{N(c.Count)}</td></tr>");
        }

        html.Append("</tbody></table>");
        if (places.HotSpots.Count > 0)
        {
            html.Append("<h3>Platser med flest markeringar</h3><p>Rutor om cirka 150 × 150 meter.</p>");
            html.Append("<table><thead><tr><th>Område</th><th>Närmaste namngivna plats</th><th>Markeringar</th><th>Kategorier</th></tr></thead><tbody>");
            foreach (var spot in places.HotSpots)
            {
                var categories = string.Join(", ", spot.Categories.Select(c => $"{category(c.CategoryId)} {N(c.Count)}"));
                html.Append(CultureInfo.InvariantCulture,
                    $"<tr><td>{h(spot.DistrictName ?? "–")}</td><td>{h(spot.PlaceName ?? "–")}</td><td class=\"n\">{N(spot.Count)}</td><td>{h(categories)}</td></tr>");
            }

            html.Append("</tbody></table>");
        }

        return html.ToString();
    }
}
