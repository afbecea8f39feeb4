using FluentValidation.Results;

namespace Medborgardialog.Api.Features.Opinions.Common;

/// <summary>The answer to one question: <c>text</c> for free text, <c>optionIds</c> for choices (in order, most
/// important first, for a ranking), <c>scale</c> (1–5) for a scale.</summary>
public sealed record AnswerInput(Guid QuestionId, string? Text, IReadOnlyList<Guid>? OptionIds, int? Scale);

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
    public static (string Text, IReadOnlyList<Answer> Answers, Background Background) Read(
        IReadOnlyList<Question> questions, bool districtExists, string? text, IReadOnlyList<AnswerInput>? answerInputs, BackgroundInput? background)
    {
        var answers = ToAnswers(answerInputs);
        var failures = Answering.Check(questions, text, answers)
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

        return ((text ?? "").Trim(), Answering.Normalise(answers), new Background(background?.AgeBand, district, background?.Relation));
    }
}
