using FluentValidation.Results;
using NetTopologySuite.Geometries;
using Medborgardialog.Api.Infrastructure.Geo;

namespace Medborgardialog.Api.Features.Opinions.Common;

/// <summary>The answer to one question: <c>text</c> for free text, <c>optionIds</c> for choices (in order, most
/// important first, for a ranking), <c>scale</c> (1–5) for a scale, <c>marks</c> for a map question.</summary>
/// <param name="QuestionId">The question answered.</param>
/// <param name="Text">A free-text answer.</param>
/// <param name="OptionIds">The options chosen (a ranking: all, most important first).</param>
/// <param name="Scale">A scale answer, 1–5.</param>
/// <param name="Marks">A map question's marks (at most the question's <c>maxMarks</c>).</param>
public sealed record AnswerInput(Guid QuestionId, string? Text, IReadOnlyList<Guid>? OptionIds, int? Scale, IReadOnlyList<MarkInput>? Marks = null);

/// <summary>One mark of a map question's answer: exactly one of <c>geometry</c> (drawn on the map), <c>placeId</c> (one of
/// the dialogue's named places) and <c>description</c> (the place in words); a category and a comment are optional.</summary>
/// <param name="Geometry">A Point, LineString or Polygon (GeoJSON, [longitude, latitude]) of a kind the question takes.</param>
/// <param name="PlaceId">One of the dialogue's named places (<c>map.places</c>).</param>
/// <param name="Description">The place in words (at most 500 characters).</param>
/// <param name="CategoryId">One of the question's categories (its <c>options</c>).</param>
/// <param name="Comment">What the resident says about the place (at most 1,000 characters).</param>
public sealed record MarkInput(GeoJsonGeometry? Geometry = null, Guid? PlaceId = null, string? Description = null, Guid? CategoryId = null, string? Comment = null);

/// <summary>What an opinion is checked against: the questionnaire, and for map questions the dialogue's named places and
/// area (null: anywhere in the municipality).</summary>
/// <param name="Questions">The questionnaire.</param>
/// <param name="Places">The map's named places.</param>
/// <param name="Area">The dialogue's area, which marks must lie in; null for the whole municipality.</param>
/// <param name="OpinionsPublic">Whether the dialogue shows its opinions publicly: a new one then empties the public
/// opinion list's cache on every instance.</param>
public sealed record OpinionForm(IReadOnlyList<Question> Questions, IReadOnlyList<NamedPlace> Places, NetTopologySuite.Geometries.Geometry? Area,
    bool OpinionsPublic = false)
{
    public static OpinionForm Of(Dialogue dialogue) => new(dialogue.Questions, dialogue.MapPlaces, dialogue.MapArea, dialogue.OpinionVisibility == OpinionVisibility.Public);
}

/// <summary>An opinion's input as checked: what is stored, the marks to store beside it.</summary>
public sealed record OpinionRead(string Text, IReadOnlyList<Answer> Answers, Background Background, IReadOnlyList<(Guid QuestionId, MarkCandidate Mark)> Marks)
{
    /// <summary>The marks as rows of the opinion (a named place's mark carries the place's position).</summary>
    public IReadOnlyList<MapMark> MarksOf(Opinion opinion, OpinionForm form, DateTimeOffset now) =>
        Marks.Select((m, i) => new MapMark(Guid.CreateVersion7(now), opinion.Id, opinion.DialogueId, m.QuestionId, i, m.Mark.CategoryId,
            m.Mark.Geometry ?? form.Places.FirstOrDefault(p => p.Id == m.Mark.PlaceId)?.Location(), m.Mark.PlaceId, m.Mark.Description, m.Mark.Comment)).ToList();
}

/// <summary>Optional background questions. Each may be left out.</summary>
public sealed record BackgroundInput(AgeBand? AgeBand, string? District, Relation? Relation);

/// <summary>The rules every channel shares: length limits on the way in, then the dialogue's own questions.</summary>
internal static class OpinionInput
{
    public const int MaxAnswerText = 4000;

    /// <summary>Field rules for text, answers and background; <paramref name="prefix"/> is the path to the opinion in the command (<c>"Body."</c>).</summary>
    public static void AddRules<T>(AbstractValidator<T> validator, string prefix, Func<T, string?> text, Func<T, IReadOnlyList<AnswerInput>?> answers, Func<T, BackgroundInput?> background)
    {
        validator.RuleFor(c => text(c)).MaximumLength(OpinionLimits.Text).OverridePropertyName(prefix + "Text");
        validator.RuleFor(c => text(c)).Must((c, t) => !string.IsNullOrWhiteSpace(t) || answers(c) is { Count: > 0 })
            .WithMessage("Write your opinion or answer the questions.").OverridePropertyName(prefix + "Text");
        validator.RuleFor(c => answers(c)).Must(a => a is null || a.Count <= Answering.MaxQuestions)
            .WithMessage($"At most {Answering.MaxQuestions} answers.").OverridePropertyName(prefix + "Answers");
        validator.RuleForEach(c => answers(c) ?? Array.Empty<AnswerInput>()).ChildRules(answer =>
        {
            answer.RuleFor(a => a.Text).MaximumLength(MaxAnswerText);
            answer.RuleFor(a => a.OptionIds).Must(o => o is null || o.Count <= Answering.MaxOptions).WithMessage("Too many options.");
            answer.RuleFor(a => a.Marks).Must(m => m is null || m.Count <= MapAnswering.MaxMarksLimit).WithMessage($"At most {MapAnswering.MaxMarksLimit} marks.");
        }).OverridePropertyName(prefix + "Answers");
        validator.RuleFor(c => background(c)!.AgeBand).IsInEnum().When(c => background(c) is not null).OverridePropertyName(prefix + "Background.AgeBand");
        validator.RuleFor(c => background(c)!.Relation).IsInEnum().When(c => background(c) is not null).OverridePropertyName(prefix + "Background.Relation");
        validator.RuleFor(c => background(c)!.District).MaximumLength(40).When(c => background(c) is not null).OverridePropertyName(prefix + "Background.District");
    }

    public static IReadOnlyList<Answer> ToAnswers(IReadOnlyList<AnswerInput>? answers) =>
        (answers ?? []).Select(a => new Answer(a.QuestionId, a.Text, a.OptionIds, a.Scale)).ToList();

    /// <summary>The district as given, trimmed; null when left out.</summary>
    public static string? District(BackgroundInput? background) =>
        string.IsNullOrWhiteSpace(background?.District) ? null : background.District.Trim();

    /// <summary>Checks the answers against the dialogue's questions and the district against Karlskoga's list; throws
    /// a validation error (400 with the fields, named by their path in the body) when anything is wrong. Returns what is to be stored.</summary>
    public static OpinionRead Read(
        OpinionForm form, Geometry? municipality, bool districtExists, string? text, IReadOnlyList<AnswerInput>? answerInputs, BackgroundInput? background)
    {
        var questions = form.Questions;
        var answers = ToAnswers(answerInputs);
        var (marks, markProblems) = ReadMarks(form, municipality, answerInputs ?? []);
        var failures = Answering.Check(questions, text, answers, marks.Select(m => m.QuestionId).ToHashSet())
            .Concat(markProblems)
            .Select(p => FieldErrors.Failure(p.Field, p.Code, p.Message, [.. p.Parameters.Select(x => (x.Key, (object?)x.Value))]))
            .ToList();
        var district = District(background);
        if (!districtExists)
        {
            failures.Add(FieldErrors.Failure("background.district", FieldErrorCodes.UnknownReference, $"'{district}' is not one of Karlskoga's districts."));
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        return new((text ?? "").Trim(), Answering.Normalise(answers), new Background(background?.AgeBand, district, background?.Relation), marks);
    }

    /// <summary>The marks of the map questions' answers, read and checked (<see cref="MapAnswering.Check"/>).</summary>
    private static (IReadOnlyList<(Guid QuestionId, MarkCandidate Mark)> Marks, IReadOnlyList<AnswerProblem> Problems) ReadMarks(
        OpinionForm form, Geometry? municipality, IReadOnlyList<AnswerInput> inputs)
    {
        var marks = new List<(Guid, MarkCandidate)>();
        var problems = new List<AnswerProblem>();
        var byId = form.Questions.ToDictionary(q => q.Id);
        foreach (var input in inputs.Where(a => a.Marks is { Count: > 0 }).DistinctBy(a => a.QuestionId))
        {
            var field = $"answers[{input.QuestionId}]";
            if (!byId.TryGetValue(input.QuestionId, out var question))
            {
                continue; // Answering.Check names the unknown question
            }

            if (question.Kind != QuestionKind.Map)
            {
                problems.Add(new($"{field}.marks", FieldErrorCodes.MustBeEmpty, "Only a map question is answered with marks."));
                continue;
            }

            var candidates = new List<MarkCandidate>();
            foreach (var (mark, i) in input.Marks!.Select((m, i) => (m, i)))
            {
                Geometry? geometry = null;
                if (mark.Geometry is { } given)
                {
                    var (read, problem) = GeoJson.Read(given);
                    geometry = read;
                    if (problem is not null)
                    {
                        problems.Add(problem with { Field = $"{field}.marks[{i}].geometry" });
                    }
                }

                candidates.Add(new MarkCandidate(geometry, mark.PlaceId, Blank(mark.Description), mark.CategoryId, Blank(mark.Comment),
                    GeometryUnreadable: mark.Geometry is not null && geometry is null));
            }

            problems.AddRange(MapAnswering.Check(field, question, candidates, form.Places, form.Area, municipality));
            marks.AddRange(candidates.Select(c => (question.Id, c)));
        }

        return (marks, problems);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
