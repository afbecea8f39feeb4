using Medborgardialog.Api.Domain;

namespace Medborgardialog.Api.Features.Dialogues.Common;

/// <summary>A dialogue's texts in one other language (officials' translation; Swedish is authoritative).</summary>
public sealed record DialogueTranslationDto(
    string Language, string Title, string Summary, string Question, string? EasyReadText,
    IReadOnlyList<QuestionTranslationDto> Questions, DateTimeOffset UpdatedAt);

/// <summary>A question's text in the language, with its options' texts.</summary>
public sealed record QuestionTranslationDto(Guid QuestionId, string Text, IReadOnlyList<OptionTranslationDto> Options);

/// <summary>An option's text in the language.</summary>
public sealed record OptionTranslationDto(Guid OptionId, string Text);

/// <summary>A dialogue's title and summary in one other language, for lists.</summary>
public sealed record TranslatedSummaryDto(string Language, string Title, string Summary);

internal static class DialogueTranslations
{
    /// <summary>A translation as the API gives it: only the questions and options the questionnaire still has.</summary>
    public static DialogueTranslationDto ToDto(DialogueTranslation t, IReadOnlyCollection<Question> questions) =>
        new(t.Language, t.Title, t.Summary, t.Question, t.EasyReadText,
            [.. t.Questions
                .Select(q => (q, original: questions.FirstOrDefault(x => x.Id == q.QuestionId)))
                .Where(x => x.original is not null)
                .Select(x => new QuestionTranslationDto(x.q.QuestionId, x.q.Text,
                    [.. x.q.Options.Where(o => x.original!.Options.Any(y => y.Id == o.OptionId)).Select(o => new OptionTranslationDto(o.OptionId, o.Text))]))],
            t.UpdatedAt);

    public static IReadOnlyList<DialogueTranslationDto> ToDtos(IEnumerable<DialogueTranslation> translations, IReadOnlyCollection<Question> questions) =>
        [.. translations.Select(t => ToDto(t, questions))];
}
