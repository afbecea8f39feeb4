using System.Globalization;
using System.Net;
using System.Text;
using FluentValidation;
using Mediator;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Infrastructure.Errors;
using Medborgardialog.Api.Infrastructure.Http;
using Medborgardialog.Api.Infrastructure.Persistence;
using Medborgardialog.Api.Words;
using Microsoft.EntityFrameworkCore;

namespace Medborgardialog.Api.Features.DialogueResults;

/// <summary>All counted opinions as CSV, anonymised: no e-mail addresses, no receipts, no ids of people.</summary>
public sealed record ExportOpinionsCsvQuery(Guid DialogueId) : IQuery<string>;

public sealed class ExportOpinionsCsvValidator : AbstractValidator<ExportOpinionsCsvQuery>
{
    public ExportOpinionsCsvValidator() => RuleFor(c => c.DialogueId).NotEmpty().RouteValue("id");
}

public sealed class ExportOpinionsCsvHandler(AppDbContext db) : IQueryHandler<ExportOpinionsCsvQuery, string>
{
    public async ValueTask<string> Handle(ExportOpinionsCsvQuery query, CancellationToken cancellationToken)
    {
        var dialogue = await db.Dialogues.AsNoTracking().Where(d => d.Id == query.DialogueId).Select(d => new { d.Questions, d.MapPlaces })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(ProblemCodes.DialogueNotFound, $"There is no dialogue with id {query.DialogueId}.");
        var questions = dialogue.Questions;
        // A map question's marks in words (category · place · comment), as staff read them; the places for GIS are in the GeoJSON export.
        var marks = questions.Any(q => q.Kind == QuestionKind.Map)
            ? await Opinions.Common.MarksInWords.OfDialogueAsync(db, query.DialogueId, questions.ToDictionary(q => q.Id), dialogue.MapPlaces, cancellationToken)
            : null;
        var themes = await db.Themes.AsNoTracking().Where(t => t.DialogueId == query.DialogueId).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var districts = await db.Districts.AsNoTracking().ToDictionaryAsync(d => d.Code, d => d.Name, cancellationToken);
        var csv = new StringBuilder("\uFEFF");
        var header = new List<string> { "inkommen", "kanal", "ålder", "område", "relation", "teman", "synpunkt" };
        header.AddRange(questions.Select((q, i) => $"fråga {i + 1}: {q.Text}"));
        csv.AppendLine(string.Join(';', header.Select(CsvField.Of)));
        // Streamed from the database a row at a time: only what the result needs, never an address or a receipt.
        var rows = db.Opinions.AsNoTracking().Where(Opinion.InResult).Where(o => o.DialogueId == query.DialogueId)
            .OrderBy(o => o.SubmittedAt)
            .Select(o => new { o.Id, o.SubmittedAt, o.Channel, o.Background, o.ThemeIds, o.Text, o.Answers })
            .AsAsyncEnumerable();
        await foreach (var o in rows.WithCancellation(cancellationToken))
        {
            var answers = o.Answers.ToDictionary(a => a.QuestionId);
            var fields = new List<string>
            {
                o.SubmittedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                // The vocabulary's words, as the screens show them and the import reads them back.
                Swedish.Channels[o.Channel],
                o.Background.AgeBand is { } age ? Swedish.AgeBands[age] : "",
                o.Background.District is { } district ? districts.GetValueOrDefault(district, district) : "",
                o.Background.Relation is { } relation ? Swedish.Relations[relation] : "",
                string.Join(" | ", o.ThemeIds.Select(t => themes.GetValueOrDefault(t, ""))),
                o.Text,
            };
            fields.AddRange(questions.Select(q => answers.TryGetValue(q.Id, out var a)
                ? string.Join(q.Kind == QuestionKind.Ranking ? " > " : " | ", Answering.InWords(q, a))
                : q.Kind == QuestionKind.Map && marks is not null
                    ? string.Join(" | ", marks[o.Id].Where(m => m.QuestionId == q.Id).SelectMany(m => m.Marks))
                    : ""));
            csv.AppendLine(string.Join(';', fields.Select(CsvField.Of)));
        }

        return csv.ToString();
    }
}
