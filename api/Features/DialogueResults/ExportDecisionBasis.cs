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

/// <summary>Records that the decision basis was handed over (evidence for promise Q2) and says where to read it.</summary>
public sealed record ExportDecisionBasisCommand(Guid DialogueId) : ICommand<ExportDecisionBasisResponse>;

/// <summary>Where the printable decision basis and the anonymised CSV are, and when it was first exported.</summary>
public sealed record ExportDecisionBasisResponse(string HtmlUrl, string CsvUrl, DateTimeOffset FirstExportedAt, int ExportCount);

/// <summary>The decision basis as a printable Swedish HTML document (print to PDF from the browser).</summary>
public sealed record GetDecisionBasisQuery(Guid DialogueId) : IQuery<string>;

/// <summary>All counted opinions as CSV, anonymised: no e-mail addresses, no receipts, no ids of people.</summary>
public sealed record ExportOpinionsCsvQuery(Guid DialogueId) : IQuery<string>;

public sealed class ExportDecisionBasisValidator : AbstractValidator<ExportDecisionBasisCommand>
{
    public ExportDecisionBasisValidator() => RuleFor(c => c.DialogueId).NotEmpty().RouteValue("id");
}

public sealed class GetDecisionBasisValidator : AbstractValidator<GetDecisionBasisQuery>
{
    public GetDecisionBasisValidator() => RuleFor(c => c.DialogueId).NotEmpty().RouteValue("id");
}

public sealed class ExportOpinionsCsvValidator : AbstractValidator<ExportOpinionsCsvQuery>
{
    public ExportOpinionsCsvValidator() => RuleFor(c => c.DialogueId).NotEmpty().RouteValue("id");
}

public sealed class ExportDecisionBasisHandler(AppDbContext db, TimeProvider clock) : ICommandHandler<ExportDecisionBasisCommand, ExportDecisionBasisResponse>
{
    public async ValueTask<ExportDecisionBasisResponse> Handle(ExportDecisionBasisCommand command, CancellationToken cancellationToken)
    {
        var status = await db.Dialogues.Where(d => d.Id == command.DialogueId).Select(d => (DialogueStatus?)d.Status).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(ProblemCodes.DialogueNotFound, $"There is no dialogue with id {command.DialogueId}.");
        if (!status.HasClosed())
        {
            throw new DomainRuleException(ProblemCodes.DecisionBasisDialogueNotClosed, "The decision basis is exported after the dialogue has closed.");
        }

        var result = await db.DialogueResults.SingleOrDefaultAsync(r => r.DialogueId == command.DialogueId, cancellationToken);
        if (result is null)
        {
            result = new DialogueResult(command.DialogueId);
            db.DialogueResults.Add(result);
        }

        result.Exported(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return new ExportDecisionBasisResponse(
            $"/api/staff/dialogues/{command.DialogueId}/decision-basis.html",
            $"/api/staff/dialogues/{command.DialogueId}/opinions.csv",
            result.FirstExportedAt!.Value, result.ExportCount);
    }
}

public sealed class GetDecisionBasisHandler(AppDbContext db) : IQueryHandler<GetDecisionBasisQuery, string>
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");
    private static readonly TimeZoneInfo Stockholm = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    /// <summary>A day as Karlskoga reads it ("12 januari 2027"), in Swedish time.</summary>
    private static string Day(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Stockholm).ToString("d MMMM yyyy", Swedish);

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
            <p>{{result.Total}} synpunkter (tillbakadragna räknas inte). Webben och andra kanaler räknas lika.</p>
            <table><thead><tr><th>Kanal</th><th>Antal</th></tr></thead><tbody>
            """);
        foreach (var c in result.Channels)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{ChannelName(c.Channel)}</td><td class=\"n\">{c.Count}</td></tr>");
        }

        html.Append("</tbody></table><h2>Sammanfattning</h2>");
        html.Append(string.IsNullOrWhiteSpace(result.Summary) ? "<p><em>Ingen sammanfattning är skriven ännu.</em></p>" : $"<p>{H(result.Summary).Replace("\n", "<br>", StringComparison.Ordinal)}</p>");
        html.Append("<h2>Teman</h2><table><thead><tr><th>Tema</th><th>Antal synpunkter</th></tr></thead><tbody>");
        foreach (var t in result.Themes.OrderByDescending(t => t.Count))
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{H(t.Name)}</td><td class=\"n\">{t.Count}</td></tr>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<tr><td><em>Inte grupperade</em></td><td class=\"n\">{result.Untagged}</td></tr></tbody></table>");
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
            html.Append(CultureInfo.InvariantCulture, $"<h2>{H(q.Text)}</h2><p>{q.Answered} svar.</p>");
            if (q.Kind == QuestionKind.Scale)
            {
                html.Append("<table><thead><tr><th>Värde</th><th>Antal</th></tr></thead><tbody>");
                for (var i = 0; i < q.ScaleCounts.Count; i++)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<tr><td>{i + Answering.ScaleMin}</td><td class=\"n\">{q.ScaleCounts[i]}</td></tr>");
                }

                html.Append(CultureInfo.InvariantCulture, $"</tbody></table><p>Medelvärde: {(q.ScaleAverage is { } avg ? avg.ToString("0.0", Swedish) : "–")}</p>");
            }
            else if (q.Options.Count > 0)
            {
                var ranking = q.Kind == QuestionKind.Ranking;
                html.Append(ranking ? "<table><thead><tr><th>Alternativ</th><th>Medelplacering (1 = viktigast)</th></tr></thead><tbody>" : "<table><thead><tr><th>Alternativ</th><th>Antal</th></tr></thead><tbody>");
                foreach (var o in ranking ? q.Options.OrderBy(o => o.AverageRank ?? double.MaxValue) : q.Options.OrderByDescending(o => o.Count))
                {
                    var value = ranking ? (o.AverageRank is { } r ? r.ToString("0.0", Swedish) : "–") : o.Count.ToString(CultureInfo.InvariantCulture);
                    html.Append(CultureInfo.InvariantCulture, $"<tr><td>{H(o.Text)}</td><td class=\"n\">{value}</td></tr>");
                }

                html.Append("</tbody></table>");
            }
        }

        html.Append("<p><small>Alla synpunkter finns som CSV (anonymiserad) i medborgardialogens personalvy.</small></p></body></html>");
        return html.ToString();
    }

    internal static string ChannelName(OpinionChannel channel) => channel switch
    {
        OpinionChannel.Online => "Webben",
        OpinionChannel.Meeting => "Möte",
        OpinionChannel.DialogueWalk => "Dialogvandring",
        OpinionChannel.PopUp => "Pop-up",
        OpinionChannel.Paper => "Papper",
        OpinionChannel.Phone => "Telefon",
        _ => channel.ToString(),
    };
}

public sealed class ExportOpinionsCsvHandler(AppDbContext db) : IQueryHandler<ExportOpinionsCsvQuery, string>
{
    public async ValueTask<string> Handle(ExportOpinionsCsvQuery query, CancellationToken cancellationToken)
    {
        var questions = await db.Dialogues.AsNoTracking().Where(d => d.Id == query.DialogueId).Select(d => d.Questions)
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(ProblemCodes.DialogueNotFound, $"There is no dialogue with id {query.DialogueId}.");
        var themes = await db.Themes.AsNoTracking().Where(t => t.DialogueId == query.DialogueId).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var csv = new StringBuilder("\uFEFF");
        var header = new List<string> { "inkommen", "kanal", "ålder", "område", "relation", "teman", "synpunkt" };
        header.AddRange(questions.Select((q, i) => $"fråga {i + 1}: {q.Text}"));
        csv.AppendLine(string.Join(';', header.Select(CsvField.Of)));
        // Streamed from the database a row at a time: only what the result needs, never an address or a receipt.
        var rows = db.Opinions.AsNoTracking().Where(Opinion.InResult).Where(o => o.DialogueId == query.DialogueId)
            .OrderBy(o => o.SubmittedAt)
            .Select(o => new { o.SubmittedAt, o.Channel, o.Background, o.ThemeIds, o.Text, o.Answers })
            .AsAsyncEnumerable();
        await foreach (var o in rows.WithCancellation(cancellationToken))
        {
            var answers = o.Answers.ToDictionary(a => a.QuestionId);
            var fields = new List<string>
            {
                o.SubmittedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                GetDecisionBasisHandler.ChannelName(o.Channel),
                o.Background.AgeBand?.ToString() ?? "",
                o.Background.District ?? "",
                o.Background.Relation?.ToString() ?? "",
                string.Join(" | ", o.ThemeIds.Select(t => themes.GetValueOrDefault(t, ""))),
                o.Text,
            };
            fields.AddRange(questions.Select(q => answers.TryGetValue(q.Id, out var a)
                ? string.Join(q.Kind == QuestionKind.Ranking ? " > " : " | ", Answering.InWords(q, a))
                : ""));
            csv.AppendLine(string.Join(';', fields.Select(CsvField.Of)));
        }

        return csv.ToString();
    }
}
