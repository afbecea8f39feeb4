namespace Medborgardialog.Api.Domain;

/// <summary>
/// A dialogue's own texts in another language than Swedish (issue 15): the title, summary, question, the easy-read text
/// and the questionnaire's texts, written by officials. Swedish stays the authoritative text; the public page shows a
/// translation when there is one and says plainly when there is none. Stored whole, as one jsonb list on the dialogue.
/// </summary>
/// <param name="Language">A code of <see cref="Words.Languages.TranslationTargets"/>.</param>
/// <param name="Title">The title in the language.</param>
/// <param name="Summary">The summary in the language.</param>
/// <param name="Question">The open question in the language.</param>
/// <param name="EasyReadText">Only when the Swedish has an easy-read text.</param>
/// <param name="Questions">Texts of questionnaire questions (by question id); a question without one is shown in Swedish.</param>
/// <param name="UpdatedAt">When officials last wrote it.</param>
public sealed record DialogueTranslation(
    string Language,
    string Title,
    string Summary,
    string Question,
    string? EasyReadText,
    IReadOnlyList<QuestionTranslation> Questions,
    DateTimeOffset UpdatedAt);

/// <summary>A question's text in another language, and its options' texts (by option id).</summary>
public sealed record QuestionTranslation(Guid QuestionId, string Text, IReadOnlyList<OptionTranslation> Options);

/// <summary>An option's text in another language.</summary>
public sealed record OptionTranslation(Guid OptionId, string Text);

/// <summary>A translation names questions or options the dialogue does not have, or translates an easy-read text the
/// Swedish lacks: answered as field errors (400), nothing stored.</summary>
public sealed class TranslationMismatchException(IReadOnlyList<(string Field, string Code)> problems)
    : Exception("The translation does not match the dialogue's texts.")
{
    public IReadOnlyList<(string Field, string Code)> Problems { get; } = problems;
}
