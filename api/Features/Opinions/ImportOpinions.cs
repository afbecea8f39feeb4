using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Features.Moderation;
using Medborgardialog.Api.Infrastructure.Auth;
using Medborgardialog.Api.Infrastructure.Errors;
using Medborgardialog.Api.Infrastructure.Http;
using Medborgardialog.Api.Infrastructure.Persistence;
using Medborgardialog.Api.Words;
using Microsoft.EntityFrameworkCore;
using Medborgardialog.Api.Features.Moderation.Common;
using Medborgardialog.Api.Features.Opinions.Common;

namespace Medborgardialog.Api.Features.Opinions;

/// <summary>
/// Imports opinions gathered offline from a CSV file (UTF-8, ';' or ',' between fields, a header row with the
/// columns of <see cref="OpinionCsv"/>). A dry run checks every row and imports nothing; the real import refuses
/// the whole file while any row is wrong, so a file is imported entirely or not at all.
/// </summary>
public sealed record ImportOpinionsCommand(Guid DialogueId, byte[] Csv, bool DryRun) : ICommand<ImportOpinionsResponse>;

/// <summary>What the import found: rows read, rows imported (0 on a dry run or when any row is wrong), and every problem.</summary>
public sealed record ImportOpinionsResponse(bool DryRun, int Rows, int Imported, IReadOnlyList<ImportRowError> Errors);

/// <summary>A problem in the file: the row (the header is row 1, as in a spreadsheet), the column, and what is wrong — a code of
/// the field error codes with its parameters (<c>value</c>: what the cell says; <c>allowed</c>: what it may say; <c>max</c>,
/// <c>min</c> …) for the page's words, and an English message for logs and integrators.</summary>
public sealed record ImportRowError(int Row, string? Column, string Code, IReadOnlyDictionary<string, string> Params, string Message)
{
    public static ImportRowError Of(int row, string? column, string code, string message, params (string Name, object Value)[] parameters) =>
        new(row, column, code, parameters.ToDictionary(p => p.Name, p => Convert.ToString(p.Value, CultureInfo.InvariantCulture) ?? ""), message);
}

public sealed class ImportOpinionsValidator : AbstractValidator<ImportOpinionsCommand>
{
    public ImportOpinionsValidator()
    {
        RuleFor(c => c.DialogueId).NotEmpty().RouteValue("id");
        RuleFor(c => c.Csv).NotEmpty().WithMessage("The file is empty.").OverridePropertyName("file");
        RuleFor(c => c.Csv.Length).LessThanOrEqualTo(OpinionCsv.MaxBytes)
            .WithMessage($"The file is larger than {OpinionCsv.MaxBytes / 1024 / 1024} MB; split it.").OverridePropertyName("file");
    }
}

public sealed class ImportOpinionsHandler(AppDbContext db, TimeProvider clock, CurrentActor actor, OpinionScreening screening, OpinionFormCache forms)
    : ICommandHandler<ImportOpinionsCommand, ImportOpinionsResponse>
{
    public async ValueTask<ImportOpinionsResponse> Handle(ImportOpinionsCommand command, CancellationToken cancellationToken)
    {
        var dialogue = await db.Dialogues.AsNoTracking().SingleOrDefaultAsync(d => d.Id == command.DialogueId, cancellationToken)
            ?? throw new NotFoundException(ProblemCodes.DialogueNotFound, $"There is no dialogue with id {command.DialogueId}.");
        dialogue.EnsureAcceptsOpinions(OpinionChannel.Paper); // any offline channel: the rule is the same for all of them
        var districts = await db.Districts.AsNoTracking().Select(d => new { d.Code, d.Name }).ToListAsync(cancellationToken);
        var sessions = await db.Set<DialogueSession>().AsNoTracking().Where(s => s.DialogueId == dialogue.Id)
            .Select(s => new { s.Id, s.Title }).ToListAsync(cancellationToken);
        var reader = new OpinionCsv(
            dialogue.Questions,
            districts.ToDictionary(d => d.Code, d => d.Name),
            sessions.ToDictionary(s => s.Id, s => s.Title),
            OpinionForm.Of(dialogue),
            await forms.MunicipalityAsync(db, clock, cancellationToken));

        var (read, rows, errors) = reader.Read(command.Csv);
        if (command.DryRun)
        {
            return new ImportOpinionsResponse(true, read, 0, errors);
        }

        if (errors.Count > 0)
        {
            throw new ValidationException(errors.Select(e => FieldErrors.Failure(
                e.Column is null ? $"rows[{e.Row}]" : $"rows[{e.Row}].{e.Column}", e.Code, e.Message, [.. e.Params.Select(p => (p.Key, (object?)p.Value))])));
        }

        var registeredBy = actor.Get().UserId ?? throw new InvalidOperationException("Imports are made by signed-in staff.");
        var now = clock.GetUtcNow();
        foreach (var row in rows)
        {
            var (_, receiptHash) = Opinion.NewToken();
            var opinion = Opinion.RegisteredOffline(Guid.CreateVersion7(now), dialogue.Id, row.Channel, row.SessionId, registeredBy,
                row.Text, row.Answers, row.Background, receiptHash, now);
            db.Opinions.Add(opinion);
            var marks = new OpinionRead(row.Text, row.Answers, row.Background, row.Marks).MarksOf(opinion, OpinionForm.Of(dialogue), now);
            db.MapMarks.AddRange(marks);
            if (await screening.ScreenAsync(opinion, online: false, now, marks) is { } held)
            {
                db.ModerationLog.Add(held);
            }
        }

        await db.SaveChangesAsync(cancellationToken); // one transaction: the whole file or nothing
        return new ImportOpinionsResponse(false, rows.Count, rows.Count, []);
    }
}

/// <summary>One good row, ready to store.</summary>
internal sealed record ImportedRow(int Row, OpinionChannel Channel, Guid? SessionId, string Text, IReadOnlyList<Answer> Answers, Background Background,
    IReadOnlyList<(Guid QuestionId, MarkCandidate Mark)> Marks);

/// <summary>
/// The CSV format for offline opinions. Columns (header names in any case, in any order):
/// <c>kanal</c> (Möte, Dialogpromenad, Pop-up, Papper, Telefon) — required;
/// <c>tillfälle</c> (the session's title), <c>ålder</c> (Under 16, 16–25, 26–40, 41–64, 65 eller äldre),
/// <c>område</c> (district name or code), <c>relation</c> (Boende i Karlskoga, Företagare, Arbetar eller studerar här,
/// Ung) — optional; the words are the vocabulary's (<see cref="Swedish"/>), read whatever their case, dashes and spaces;
/// <c>synpunkt</c> — the opinion for an open question, a comment beside a questionnaire;
/// <c>fråga 1</c> … <c>fråga N</c> — one per question: text, an option (its text or number), several options or a
/// ranking separated by <c>|</c>, or a number 1–5 for a scale; for a map question its marks separated by <c>|</c>, each
/// as WKT, as latitude and longitude, as a named place's name or in words, with the optional columns
/// <c>fråga N kategori</c> and <c>fråga N kommentar</c> (one value per mark, separated by <c>|</c>, or one for all).
/// </summary>
internal sealed partial class OpinionCsv(IReadOnlyList<Question> questions, IReadOnlyDictionary<string, string> districts, IReadOnlyDictionary<Guid, string> sessions,
    OpinionForm form, NetTopologySuite.Geometries.Geometry? municipality)
{
    public const int MaxBytes = 5 * 1024 * 1024;
    public const int MaxRows = 20_000;

    private const string Channel = "kanal";
    private const string Session = "tillfälle";
    private const string Age = "ålder";
    private const string District = "område";
    private const string RelationColumn = "relation";
    private const string Text = "synpunkt";

    /// <summary>The channels an import takes: every one but the web's, in the vocabulary's words.</summary>
    private static readonly IReadOnlyList<string> OfflineChannels =
        Enum.GetValues<OpinionChannel>().Where(c => c != OpinionChannel.Online).Select(c => Swedish.Channels[c]).ToList();

    public static string QuestionColumn(int number) => $"fråga {number}";

    public static string CategoryColumn(int number) => $"fråga {number} kategori";

    public static string CommentColumn(int number) => $"fråga {number} kommentar";

    /// <summary>The optional columns of the map questions: a category and a comment per mark.</summary>
    private static IEnumerable<string> MapColumns(IReadOnlyList<Question> questions) =>
        questions.Select((q, i) => (q, i)).Where(x => x.q.Kind == QuestionKind.Map).SelectMany(x => new[] { CategoryColumn(x.i + 1), CommentColumn(x.i + 1) });

    /// <summary>The file's columns and the values each accepts, in words an official understands — the contract's
    /// description of the import and the template, made from the same lists the reader uses.</summary>
    public static string Description => FormattableString.Invariant(
        $"""
        **The file.** UTF-8 text (in Excel: "CSV UTF-8 (kommaavgränsad)"), fields separated by `;` or `,`, a header row, one
        opinion per row, at most {MaxRows:N0} rows and {MaxBytes / 1024 / 1024} MB. Get the header for this dialogue from
        `GET /api/dialogues/<id>/offline-opinions/template.csv`. Column names are not case-sensitive; an empty cell is "not
        given". A value is written as the screens show it; its case, dashes (`-`, `–`, `—`) and spaces do not matter
        (`16-25` is `16–25`, `pop up` is `Pop-up`), and the value's code in this API (`age16To25`, `dialogueWalk`) is read
        too, so a file written from the API's own answers imports.

        **Columns.**
        - `{Channel}` (required): how the opinion was gathered — {Quoted(OfflineChannels)}.
        - `{Session}`: the title of one of the dialogue's sessions (the meeting, walk or pop-up it came from), or empty.
        - `{Age}`: the age band — {Quoted(Swedish.AgeBands.Labels)}.
        - `{District}`: one of Karlskoga's districts, by its name or its code (`GET /api/districts`).
        - `{RelationColumn}`: {Quoted(Swedish.Relations.Labels)}.
        - `{Text}`: the opinion in the person's own words (at most {OpinionLimits.Text:N0} characters); required when the
          dialogue asks its open question rather than a questionnaire.
        - `fråga 1`, `fråga 2`, … (one per question of the questionnaire, in its order): free text as written; a scale
          answer as a number from {Answering.ScaleMin} to {Answering.ScaleMax}; a choice as the option's text or its number
          (1 = the first option); several choices or a ranking as option texts or numbers separated by `|`, in order;
          a map question's marks separated by `|`, each as WKT in WGS 84 (`POINT(14.5035 59.3207)`, `LINESTRING(…)`,
          `POLYGON((…))`, longitude first), as latitude and longitude as a map shows them (`59.3207, 14.5035`), as the name
          of one of the dialogue's places, or otherwise as words describing the place.
        - `fråga N kategori`, `fråga N kommentar` (map questions, optional): the category (its text or number) and the
          comment of each mark, separated by `|` in the marks' order, or one value for all of them.

        **Checking.** With `dryRun=true` (the default) every row is checked and nothing is imported; the answer lists
        each problem with its row (the header is row 1) and column. A real import (`dryRun=false`) takes the whole file
        or, while any row is wrong, nothing.
        """);

    private static string Quoted(IEnumerable<string> values) => string.Join(", ", values.Select(v => $"`{v}`"));

    public static string Template(IReadOnlyList<Question> questions)
    {
        var header = new List<string> { Channel, Session, Age, District, RelationColumn, Text };
        header.AddRange(questions.Select((_, i) => QuestionColumn(i + 1)));
        header.AddRange(MapColumns(questions));
        var example = new List<string>
        {
            Swedish.Channels[OpinionChannel.Meeting], "", Swedish.AgeBands[AgeBand.Age26To40], "Centrum", Swedish.Relations[Relation.Resident],
            questions.Count == 0 ? "Min synpunkt" : "",
        };
        example.AddRange(questions.Select(q => q.Kind switch
        {
            QuestionKind.Scale => "4",
            QuestionKind.FreeText => "Fritext",
            QuestionKind.Ranking => string.Join('|', q.Options.Select(o => o.Text)),
            QuestionKind.Map => "59.3207, 14.5035",
            _ => q.Options[0].Text,
        }));
        example.AddRange(questions.Where(q => q.Kind == QuestionKind.Map).SelectMany(q => new[] { q.Options.Count > 0 ? q.Options[0].Text : "", "" }));
        return string.Join(';', header.Select(CsvField.Of)) + "\r\n" + string.Join(';', example.Select(CsvField.Of)) + "\r\n";
    }

    public (int Read, IReadOnlyList<ImportedRow> Rows, IReadOnlyList<ImportRowError> Errors) Read(byte[] bytes)
    {
        string content;
        try
        {
            content = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw FileProblem("The file is not UTF-8 text. In Excel, save it as \"CSV UTF-8 (kommaavgränsad)\".");
        }

        content = content.TrimStart('\uFEFF');
        var firstLine = content.Split('\n', 2)[0];
        var delimiter = firstLine.Contains(';', StringComparison.Ordinal) ? ';' : ',';
        var records = Parse(content, delimiter);
        if (records.Count == 0)
        {
            throw FileProblem("The file has no header row.");
        }

        var header = records[0].Fields.Select(h => h.Trim().ToLowerInvariant()).ToList();
        var expected = new List<string> { Channel, Session, Age, District, RelationColumn, Text };
        expected.AddRange(questions.Select((_, i) => QuestionColumn(i + 1)));
        expected.AddRange(MapColumns(questions));
        var unknown = header.Where(h => !expected.Contains(h)).ToList();
        var missing = new List<string> { Channel }.Concat(questions.Select((_, i) => QuestionColumn(i + 1)))
            .Concat(questions.Count == 0 ? [Text] : [])
            .Where(c => !header.Contains(c)).ToList();
        var duplicate = header.GroupBy(h => h).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (unknown.Count > 0 || missing.Count > 0 || duplicate.Count > 0)
        {
            var parts = new List<string>();
            if (missing.Count > 0)
            {
                parts.Add($"Missing columns: {string.Join(", ", missing)}.");
            }

            if (unknown.Count > 0)
            {
                parts.Add($"Unknown columns: {string.Join(", ", unknown)}.");
            }

            if (duplicate.Count > 0)
            {
                parts.Add($"Columns named twice: {string.Join(", ", duplicate)}.");
            }

            parts.Add($"The columns for this dialogue are: {string.Join(delimiter, expected)}.");
            throw FileProblem(string.Join(" ", parts));
        }

        if (records.Count - 1 > MaxRows)
        {
            throw FileProblem($"The file has more than {MaxRows} rows; split it.");
        }

        var rows = new List<ImportedRow>();
        var errors = new List<ImportRowError>();
        var read = 0;
        foreach (var record in records.Skip(1))
        {
            if (record.Fields.All(string.IsNullOrWhiteSpace))
            {
                continue; // an empty line, e.g. at the end of a spreadsheet export
            }

            read++;
            if (record.Fields.Count != header.Count)
            {
                errors.Add(ImportRowError.Of(record.Line, null, FieldErrorCodes.InvalidFormat, $"The row has {record.Fields.Count} fields; the header has {header.Count}.",
                    ("fields", record.Fields.Count), ("header", header.Count)));
                continue;
            }

            var values = header.Zip(record.Fields).ToDictionary(p => p.First, p => p.Second.Trim());
            var rowErrors = new List<ImportRowError>();
            var row = ReadRow(record.Line, values, rowErrors);
            if (rowErrors.Count > 0)
            {
                errors.AddRange(rowErrors);
            }
            else
            {
                rows.Add(row!);
            }
        }

        return (read, rows, errors);
    }

    private ImportedRow? ReadRow(int line, Dictionary<string, string> values, List<ImportRowError> errors)
    {
        string Value(string column) => values.TryGetValue(column, out var v) ? v : "";

        var known = Swedish.Channels.TryParse(Value(Channel), out var channel);
        if (!known || channel == OpinionChannel.Online)
        {
            errors.Add(ImportRowError.Of(line, Channel, Value(Channel).Length == 0 ? FieldErrorCodes.Required : FieldErrorCodes.UnknownValue, known
                ? $"\"{Value(Channel)}\" is the web form's channel; an import holds opinions gathered elsewhere. Use one of: {string.Join(", ", OfflineChannels)}."
                : $"\"{Value(Channel)}\" is not a channel. Use one of: {string.Join(", ", OfflineChannels)}.",
                ("value", Value(Channel)), ("allowed", string.Join(", ", OfflineChannels))));
        }

        Guid? sessionId = null;
        if (Value(Session) is { Length: > 0 } sessionTitle)
        {
            var matches = sessions.Where(s => Swedish.SameWords(s.Value, sessionTitle)).ToList();
            if (matches.Count == 1)
            {
                sessionId = matches[0].Key;
            }
            else
            {
                errors.Add(matches.Count == 0
                    ? ImportRowError.Of(line, Session, FieldErrorCodes.UnknownReference, $"\"{sessionTitle}\" is not one of the dialogue's sessions.", ("value", sessionTitle))
                    : ImportRowError.Of(line, Session, FieldErrorCodes.Duplicate, $"Several sessions are called \"{sessionTitle}\"; leave the column empty or rename one.",
                        ("value", sessionTitle)));
            }
        }

        AgeBand? age = null;
        if (Value(Age) is { Length: > 0 } ageText)
        {
            if (Swedish.AgeBands.TryParse(ageText, out var band))
            {
                age = band;
            }
            else
            {
                errors.Add(ImportRowError.Of(line, Age, FieldErrorCodes.UnknownValue, $"\"{ageText}\" is not an age band. Use one of: {string.Join(", ", Swedish.AgeBands.Labels)}.",
                    ("value", ageText), ("allowed", string.Join(", ", Swedish.AgeBands.Labels))));
            }
        }

        string? district = null;
        if (Value(District) is { Length: > 0 } districtText)
        {
            district = districts.Keys.FirstOrDefault(code => Swedish.SameWords(code, districtText))
                ?? districts.FirstOrDefault(d => Swedish.SameWords(d.Value, districtText)).Key;
            if (district is null)
            {
                errors.Add(ImportRowError.Of(line, District, FieldErrorCodes.UnknownReference, $"\"{districtText}\" is not one of Karlskoga's districts.", ("value", districtText)));
            }
        }

        Relation? relation = null;
        if (Value(RelationColumn) is { Length: > 0 } relationText)
        {
            if (Swedish.Relations.TryParse(relationText, out var r))
            {
                relation = r;
            }
            else
            {
                errors.Add(ImportRowError.Of(line, RelationColumn, FieldErrorCodes.UnknownValue, $"\"{relationText}\" is not a relation. Use one of: {string.Join(", ", Swedish.Relations.Labels)}.",
                    ("value", relationText), ("allowed", string.Join(", ", Swedish.Relations.Labels))));
            }
        }

        var text = Value(Text);
        if (text.Length > OpinionLimits.Text)
        {
            errors.Add(ImportRowError.Of(line, Text, FieldErrorCodes.TooLong, $"The text is longer than {OpinionLimits.Text} characters.", ("max", OpinionLimits.Text)));
        }

        var answers = new List<Answer>();
        var marks = new List<(Guid, MarkCandidate)>();
        var marked = new HashSet<Guid>();
        foreach (var (question, index) in questions.Select((q, i) => (q, i)))
        {
            var column = QuestionColumn(index + 1);
            if (question.Kind == QuestionKind.Map)
            {
                var read = ReadMarks(line, index + 1, question, Value(column), Value(CategoryColumn(index + 1)), Value(CommentColumn(index + 1)), errors);
                marks.AddRange(read.Select(m => (question.Id, m)));
                if (read.Count > 0)
                {
                    marked.Add(question.Id);
                }

                continue;
            }

            var answer = ReadAnswer(question, Value(column), out var problem);
            if (problem is not null)
            {
                errors.Add(ImportRowError.Of(line, column, problem.Code, problem.Message, [.. problem.Parameters.Select(p => (p.Key, (object)p.Value))]));
            }
            else if (answer is not null)
            {
                answers.Add(answer);
            }
        }

        // The same rules as online (required answers, scale 1–5, all options ranked …), reported once per column.
        foreach (var problem in Answering.Check(questions, text, answers, marked))
        {
            var index = questions.ToList().FindIndex(q => problem.Field == $"answers[{q.Id}]");
            var column = index >= 0 ? QuestionColumn(index + 1) : Text;
            if (!errors.Any(e => e.Row == line && e.Column == column))
            {
                errors.Add(ImportRowError.Of(line, column, problem.Code, problem.Message, [.. problem.Parameters.Select(p => (p.Key, (object)p.Value))]));
            }
        }

        return errors.Count > 0
            ? null
            : new ImportedRow(line, channel, sessionId, text, Answering.Normalise(answers), new Background(age, district, relation), marks);
    }

    /// <summary>A map question's marks in one cell, with their categories and comments; checked as online.</summary>
    private List<MarkCandidate> ReadMarks(int line, int number, Question question, string cell, string categoryCell, string commentCell, List<ImportRowError> errors)
    {
        var column = QuestionColumn(number);
        var parts = cell.Split('|').Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (parts.Count == 0)
        {
            return [];
        }

        IReadOnlyList<string> PerMark(string value) => value.Split('|').Select(p => p.Trim()).ToList() is { Count: 1 } one
            ? Enumerable.Repeat(one[0], parts.Count).ToList()
            : value.Split('|').Select(p => p.Trim()).ToList();
        var categories = PerMark(categoryCell);
        var comments = PerMark(commentCell);
        var candidates = new List<MarkCandidate>();
        foreach (var (part, i) in parts.Select((p, i) => (p, i)))
        {
            Guid? category = null;
            if (categories.ElementAtOrDefault(i) is { Length: > 0 } categoryText)
            {
                var option = question.Options.FirstOrDefault(o => Swedish.SameWords(o.Text, categoryText));
                if (option is null && int.TryParse(categoryText, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= question.Options.Count)
                {
                    option = question.Options[n - 1];
                }

                if (option is null)
                {
                    errors.Add(ImportRowError.Of(line, CategoryColumn(number), FieldErrorCodes.UnknownValue, $"\"{categoryText}\" is not one of the categories.",
                        ("value", categoryText), ("allowed", string.Join(" | ", question.Options.Select(o => o.Text)))));
                }

                category = option?.Id;
            }

            var comment = comments.ElementAtOrDefault(i) is { Length: > 0 } c ? c : null;
            var place = form.Places.FirstOrDefault(p => Swedish.SameWords(p.Name, part));
            if (place is not null)
            {
                candidates.Add(new MarkCandidate(null, place.Id, null, category, comment));
            }
            else if (LatitudeLongitude().Match(part) is { Success: true } position)
            {
                double Number(string text) => double.Parse(text.Replace(',', '.'), CultureInfo.InvariantCulture);
                candidates.Add(new MarkCandidate(MapAnswering.Geometries.CreatePoint(new NetTopologySuite.Geometries.Coordinate(Number(position.Groups[2].Value), Number(position.Groups[1].Value))),
                    null, null, category, comment));
            }
            else if (WellKnownText().IsMatch(part))
            {
                NetTopologySuite.Geometries.Geometry? geometry = null;
                try
                {
                    geometry = new NetTopologySuite.IO.WKTReader(MapAnswering.Services).Read(part);
                }
                catch (Exception e) when (e is NetTopologySuite.IO.ParseException or ArgumentException or FormatException)
                {
                    errors.Add(ImportRowError.Of(line, column, FieldErrorCodes.InvalidGeometry, $"\"{part}\" is not readable WKT.", ("value", part)));
                }

                candidates.Add(new MarkCandidate(geometry, null, null, category, comment, GeometryUnreadable: geometry is null));
            }
            else
            {
                candidates.Add(new MarkCandidate(null, null, part, category, comment));
            }
        }

        foreach (var problem in MapAnswering.Check("", question, candidates, form.Places, form.Area, municipality))
        {
            var at = problem.Field.EndsWith(".comment", StringComparison.Ordinal) ? CommentColumn(number)
                : problem.Field.EndsWith(".categoryId", StringComparison.Ordinal) ? CategoryColumn(number) : column;
            errors.Add(ImportRowError.Of(line, at, problem.Code, problem.Message, [.. problem.Parameters.Select(p => (p.Key, (object)p.Value))]));
        }

        return candidates;
    }

    [GeneratedRegex(@"^\s*(-?\d{1,2}[.,]\d+)\s*[,;\s]\s*(-?\d{1,3}[.,]\d+)\s*$")]
    private static partial Regex LatitudeLongitude();

    [GeneratedRegex(@"^\s*(POINT|LINESTRING|POLYGON)\s*\(", RegexOptions.IgnoreCase)]
    private static partial Regex WellKnownText();

    private static Answer? ReadAnswer(Question question, string value, out AnswerProblem? problem)
    {
        problem = null;
        if (value.Length == 0)
        {
            return null;
        }

        switch (question.Kind)
        {
            case QuestionKind.FreeText:
                if (value.Length > OpinionInput.MaxAnswerText)
                {
                    problem = new("", FieldErrorCodes.TooLong, $"The answer is longer than {OpinionInput.MaxAnswerText} characters.",
                        new Dictionary<string, string> { ["max"] = OpinionInput.MaxAnswerText.ToString(CultureInfo.InvariantCulture) });
                }

                return new Answer(question.Id, value, null, null);
            case QuestionKind.Scale:
                if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var scale))
                {
                    return new Answer(question.Id, null, null, scale);
                }

                problem = new("", FieldErrorCodes.OutOfRange, $"\"{value}\" is not a number from {Answering.ScaleMin} to {Answering.ScaleMax}.", new Dictionary<string, string>
                {
                    ["value"] = value,
                    ["min"] = Answering.ScaleMin.ToString(CultureInfo.InvariantCulture),
                    ["max"] = Answering.ScaleMax.ToString(CultureInfo.InvariantCulture),
                });
                return null;
        }

        var ids = new List<Guid>();
        foreach (var part in value.Split('|').Select(p => p.Trim()).Where(p => p.Length > 0))
        {
            var option = question.Options.FirstOrDefault(o => Swedish.SameWords(o.Text, part));
            if (option is null && int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= question.Options.Count)
            {
                option = question.Options[number - 1];
            }

            if (option is null)
            {
                var allowed = string.Join(" | ", question.Options.Select(o => o.Text));
                problem = new("", FieldErrorCodes.UnknownValue, $"\"{part}\" is not one of the options: {allowed}.",
                    new Dictionary<string, string> { ["value"] = part, ["allowed"] = allowed });
                return null;
            }

            ids.Add(option.Id);
        }

        return new Answer(question.Id, null, ids, null);
    }

    private static ValidationException FileProblem(string message) => new([FieldErrors.Failure("file", FieldErrorCodes.InvalidFormat, message)]);

    private sealed record CsvRecord(int Line, List<string> Fields);

    /// <summary>RFC 4180: fields in double quotes may hold the delimiter, quotes ("") and line breaks.</summary>
    private static List<CsvRecord> Parse(string content, char delimiter)
    {
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var line = 1;
        var recordLine = 1;
        for (var i = 0; i < content.Length; i++)
        {
            var c = content[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < content.Length && content[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < content.Length && content[i + 1] == '\n')
                {
                    i++;
                }

                fields.Add(field.ToString());
                field.Clear();
                records.Add(new CsvRecord(recordLine, fields));
                fields = [];
                line++;
                recordLine = line;
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            throw FileProblem($"A quoted field that starts on row {recordLine} is never closed (a \" is missing).");
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add(new CsvRecord(recordLine, fields));
        }

        return records;
    }
}
