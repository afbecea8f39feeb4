namespace Medborgardialog.Api.Domain;

/// <summary>How a question is answered.</summary>
public enum QuestionKind
{
    FreeText,
    SingleChoice,
    MultipleChoice,

    /// <summary>A whole number from 1 to 5.</summary>
    Scale,

    /// <summary>All options put in order, most important first.</summary>
    Ranking,

    /// <summary>Places, routes or areas marked on a map (or named, or described in words); the options are its
    /// categories (<see cref="MapAnswering"/>).</summary>
    Map,
}

/// <summary>One option of a choice or ranking question. Swedish text, English optional.</summary>
public sealed record QuestionOption(Guid Id, string Text, string? TextEn);

/// <summary>A question of a dialogue's questionnaire. Swedish text, English optional.</summary>
public sealed record Question(Guid Id, QuestionKind Kind, string Text, string? TextEn, bool Required, IReadOnlyList<QuestionOption> Options,
    MapQuestionSettings? Map = null)
{
    public bool HasOptions => Kind is QuestionKind.SingleChoice or QuestionKind.MultipleChoice or QuestionKind.Ranking;

    /// <summary>Whether its options are a map question's categories (none, or any number up to the limit).</summary>
    public bool HasCategories => Kind is QuestionKind.Map;
}

/// <summary>The answer to one question: text, chosen options (in rank order for a ranking), or a scale value.</summary>
public sealed record Answer(Guid QuestionId, string? Text, IReadOnlyList<Guid>? OptionIds, int? Scale);

/// <summary>Something wrong with the answers, for the field it concerns ("answers[&lt;question id&gt;]" or "text"): a code of
/// <see cref="FieldErrorCodes"/> with its parameters (for the page's words) and an English message (for logs).</summary>
public sealed record AnswerProblem(string Field, string Code, string Message, IReadOnlyDictionary<string, string>? Params = null)
{
    /// <summary>The parameters, none when there are none.</summary>
    public IReadOnlyDictionary<string, string> Parameters => Params ?? new Dictionary<string, string>();
}

/// <summary>
/// The rules for answering a dialogue: the open question (free text) when it has no questionnaire, otherwise the
/// questionnaire. The same rules for online, offline and imported opinions, so every channel counts the same.
/// </summary>
public static class Answering
{
    public const int MaxQuestions = 30;
    public const int MaxOptions = 20;
    public const int QuestionText = 500;
    public const int OptionText = 200;
    public const int ScaleMin = 1;
    public const int ScaleMax = 5;

    /// <summary>What is wrong with a questionnaire as officials built it; empty when it can be used.</summary>
    public static IReadOnlyList<string> CheckQuestionnaire(IReadOnlyList<Question> questions)
    {
        var problems = new List<string>();
        if (questions.Count > MaxQuestions)
        {
            problems.Add($"A questionnaire has at most {MaxQuestions} questions.");
        }

        if (questions.Select(q => q.Id).Distinct().Count() != questions.Count)
        {
            problems.Add("Two questions have the same id.");
        }

        foreach (var (question, number) in questions.Select((q, i) => (q, i + 1)))
        {
            if (question.HasOptions && question.Options.Count < 2)
            {
                problems.Add($"Question {number} needs at least two options.");
            }

            if (!question.HasOptions && !question.HasCategories && question.Options.Count > 0)
            {
                problems.Add($"Question {number} is answered with {(question.Kind == QuestionKind.Scale ? "a scale" : "text")} and cannot have options.");
            }

            problems.AddRange(MapAnswering.CheckSettings(number, question));

            if (question.Options.Select(o => o.Id).Distinct().Count() != question.Options.Count
                || question.Options.Select(o => o.Text.Trim().ToLowerInvariant()).Distinct().Count() != question.Options.Count)
            {
                problems.Add($"Question {number} has two options that are the same.");
            }
        }

        return problems;
    }

    /// <summary>Checks an opinion against the dialogue: the open question needs text; a questionnaire needs its
    /// required answers, known questions, offered options and scale values within 1–5.</summary>
    /// <param name="questions">The dialogue's questionnaire.</param>
    /// <param name="text">The opinion's text.</param>
    /// <param name="answers">The answers in text, options or scale.</param>
    /// <param name="marked">The map questions answered with at least one mark (their marks are checked by <see cref="MapAnswering"/>).</param>
    public static IReadOnlyList<AnswerProblem> Check(IReadOnlyList<Question> questions, string? text, IReadOnlyList<Answer> answers, IReadOnlySet<Guid>? marked = null)
    {
        var problems = new List<AnswerProblem>();
        if (questions.Count == 0)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                problems.Add(new("text", FieldErrorCodes.Required, "Write your opinion."));
            }

            if (answers.Count > 0)
            {
                problems.Add(new("answers", FieldErrorCodes.MustBeEmpty, "This dialogue has an open question, not a questionnaire: send the opinion as text."));
            }

            return problems;
        }

        var byId = questions.ToDictionary(q => q.Id);
        foreach (var group in answers.GroupBy(a => a.QuestionId))
        {
            var field = $"answers[{group.Key}]";
            if (!byId.TryGetValue(group.Key, out var question))
            {
                problems.Add(new(field, FieldErrorCodes.UnknownReference, "There is no such question in this dialogue."));
                continue;
            }

            if (group.Count() > 1)
            {
                problems.Add(new(field, FieldErrorCodes.Duplicate, "The question is answered more than once."));
                continue;
            }

            if (CheckOne(question, group.Single()) is { } problem)
            {
                problems.Add(problem with { Field = field });
            }
        }

        var answered = answers.Where(a => !IsEmpty(a)).Select(a => a.QuestionId).ToHashSet();
        answered.UnionWith(marked ?? new HashSet<Guid>());
        foreach (var question in questions.Where(q => q.Required && !answered.Contains(q.Id)))
        {
            if (!problems.Any(p => p.Field == $"answers[{question.Id}]"))
            {
                problems.Add(new($"answers[{question.Id}]", FieldErrorCodes.Required, $"Answer the question \"{question.Text}\"; it is required."));
            }
        }

        return problems;
    }

    /// <summary>Keeps only what was answered, trimmed: empty answers to optional questions are not stored.</summary>
    public static IReadOnlyList<Answer> Normalise(IReadOnlyList<Answer> answers) =>
        answers.Where(a => !IsEmpty(a))
            .Select(a => a with { Text = string.IsNullOrWhiteSpace(a.Text) ? null : a.Text.Trim() })
            .ToList();

    /// <summary>An answer in words: the text, the scale value, or the options' texts (a ranking in rank order).</summary>
    public static IReadOnlyList<string> InWords(Question question, Answer answer)
    {
        if (answer.Scale is { } scale)
        {
            return [scale.ToString(System.Globalization.CultureInfo.InvariantCulture)];
        }

        if (answer.Text is { } text)
        {
            return [text];
        }

        var options = question.Options.ToDictionary(o => o.Id, o => o.Text);
        return (answer.OptionIds ?? []).Select(id => options.GetValueOrDefault(id, "?")).ToList();
    }

    private static bool IsEmpty(Answer answer) =>
        string.IsNullOrWhiteSpace(answer.Text) && (answer.OptionIds is null || answer.OptionIds.Count == 0) && answer.Scale is null;

    private static AnswerProblem Problem(string code, string message, params (string Name, string Value)[] parameters) =>
        new("", code, message, parameters.ToDictionary(p => p.Name, p => p.Value));

    private static AnswerProblem Scale(string message) => Problem(FieldErrorCodes.OutOfRange, message,
        ("min", ScaleMin.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("max", ScaleMax.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static AnswerProblem? CheckOne(Question question, Answer answer)
    {
        if (IsEmpty(answer))
        {
            return null; // an optional question left out; a required one is reported once, below
        }

        var options = answer.OptionIds ?? [];
        var offered = question.Options.Select(o => o.Id).ToHashSet();
        switch (question.Kind)
        {
            case QuestionKind.Map:
                return Problem(FieldErrorCodes.WrongType, "Answer this question with marks.", ("expected", "marks"));
            case QuestionKind.FreeText:
                return options.Count > 0 || answer.Scale is not null ? Problem(FieldErrorCodes.WrongType, "Answer this question with text.", ("expected", "text")) : null;
            case QuestionKind.Scale:
                if (answer.Scale is null || answer.Text is not null || options.Count > 0)
                {
                    return Problem(FieldErrorCodes.WrongType, $"Answer this question with a number from {ScaleMin} to {ScaleMax}.", ("expected", "scale"));
                }

                return answer.Scale is < ScaleMin or > ScaleMax ? Scale($"The scale goes from {ScaleMin} to {ScaleMax}.") : null;
        }

        if (answer.Text is not null || answer.Scale is not null)
        {
            return Problem(FieldErrorCodes.WrongType, "Answer this question by choosing among its options.", ("expected", "options"));
        }

        if (options.Any(o => !offered.Contains(o)))
        {
            return Problem(FieldErrorCodes.UnknownValue, "That choice is not one of the question's options.");
        }

        if (options.Distinct().Count() != options.Count)
        {
            return Problem(FieldErrorCodes.Duplicate, "The same option is chosen twice.");
        }

        return question.Kind switch
        {
            QuestionKind.SingleChoice when options.Count != 1 => Problem(FieldErrorCodes.TooMany, "Choose one option.", ("max", "1")),
            QuestionKind.Ranking when options.Count != offered.Count =>
                Problem(FieldErrorCodes.TooFew, "Put all the options in order.", ("min", offered.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            _ => null,
        };
    }
}
