using FluentValidation;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Features.Dialogues.Common;
using Medborgardialog.Api.Infrastructure.Errors;
using Medborgardialog.Api.Infrastructure.Persistence;
using Medborgardialog.Api.Words;
using Microsoft.EntityFrameworkCore;

namespace Medborgardialog.Api.Features.Dialogues;

/// <summary>A dialogue's texts in another language, as officials write them; the Swedish texts stay authoritative.</summary>
/// <param name="Title">The title, translated.</param>
/// <param name="Summary">The summary, translated.</param>
/// <param name="Question">The open question, translated.</param>
/// <param name="EasyReadText">The easy-read text, translated; only when the dialogue has one in Swedish.</param>
/// <param name="Questions">The questionnaire's texts, by question id; a question left out is shown in Swedish.</param>
public sealed record SetDialogueTranslationRequest(
    string Title, string Summary, string Question, string? EasyReadText, IReadOnlyList<QuestionTranslationInput>? Questions);

/// <summary>A question's text in the language, and its options' (by option id; an option left out is shown in Swedish).</summary>
public sealed record QuestionTranslationInput(Guid QuestionId, string Text, IReadOnlyList<OptionTranslationInput>? Options);

/// <summary>An option's text in the language.</summary>
public sealed record OptionTranslationInput(Guid OptionId, string Text);

/// <summary>Adds or replaces the translation of a dialogue's texts into <paramref name="Language"/>.</summary>
public sealed record SetDialogueTranslationCommand(Guid DialogueId, string Language, SetDialogueTranslationRequest Body)
    : ICommand<DialogueTranslationDto>;

public sealed class SetDialogueTranslationValidator : AbstractValidator<SetDialogueTranslationCommand>
{
    public SetDialogueTranslationValidator()
    {
        RuleFor(c => c.DialogueId).NotEmpty().RouteValue("id");
        RuleFor(c => c.Language).Must(Languages.TranslationTargets.Contains)
            .WithFieldCode(FieldErrorCodes.UnknownValue, ("allowed", string.Join(",", Languages.TranslationTargets)))
            .WithMessage($"Translate into one of: {string.Join(", ", Languages.TranslationTargets)}.")
            .RouteValue("language");
        RuleFor(c => c.Body).NotNull();
        When(c => c.Body is not null, () =>
        {
            // The same lengths as the Swedish texts (DialogueInput, SetQuestionnaire).
            RuleFor(c => c.Body.Title).NotEmpty().MaximumLength(DialogueLimits.Title);
            RuleFor(c => c.Body.Summary).NotEmpty().MaximumLength(DialogueLimits.Summary);
            RuleFor(c => c.Body.Question).NotEmpty().MaximumLength(DialogueLimits.Question);
            RuleFor(c => c.Body.EasyReadText).MaximumLength(DialogueLimits.EasyReadText);
            RuleFor(c => c.Body.Questions).Must(q => q is null || q.Count <= Answering.MaxQuestions)
                .WithFieldCode(FieldErrorCodes.TooMany, ("max", Answering.MaxQuestions))
                .WithMessage($"A questionnaire has at most {Answering.MaxQuestions} questions.");
            RuleFor(c => c.Body.Questions).Must(q => q is null || q.Select(x => x.QuestionId).Distinct().Count() == q.Count)
                .WithFieldCode(FieldErrorCodes.Duplicate).WithMessage("A question is translated twice.");
            RuleForEach(c => c.Body.Questions).ChildRules(question =>
            {
                question.RuleFor(q => q.QuestionId).NotEmpty();
                question.RuleFor(q => q.Text).NotEmpty().MaximumLength(Answering.QuestionText);
                question.RuleFor(q => q.Options).Must(o => o is null || o.Count <= Answering.MaxOptions)
                    .WithFieldCode(FieldErrorCodes.TooMany, ("max", Answering.MaxOptions))
                    .WithMessage($"A question has at most {Answering.MaxOptions} options.");
                question.RuleFor(q => q.Options).Must(o => o is null || o.Select(x => x.OptionId).Distinct().Count() == o.Count)
                    .WithFieldCode(FieldErrorCodes.Duplicate).WithMessage("An option is translated twice.");
                question.RuleForEach(q => q.Options).ChildRules(option =>
                {
                    option.RuleFor(o => o.OptionId).NotEmpty();
                    option.RuleFor(o => o.Text).NotEmpty().MaximumLength(Answering.OptionText);
                });
            }).When(c => c.Body.Questions is not null);
        });
    }
}

public sealed class SetDialogueTranslationHandler(AppDbContext db, TimeProvider clock)
    : ICommandHandler<SetDialogueTranslationCommand, DialogueTranslationDto>
{
    public async ValueTask<DialogueTranslationDto> Handle(SetDialogueTranslationCommand command, CancellationToken cancellationToken)
    {
        var dialogue = await db.Dialogues.SingleOrDefaultAsync(d => d.Id == command.DialogueId, cancellationToken)
            ?? throw new NotFoundException(ProblemCodes.DialogueNotFound, $"There is no dialogue with id {command.DialogueId}.");
        var body = command.Body;
        var translation = new DialogueTranslation(
            command.Language,
            body.Title.Trim(),
            body.Summary.Trim(),
            body.Question.Trim(),
            string.IsNullOrWhiteSpace(body.EasyReadText) ? null : body.EasyReadText.Trim(),
            [.. (body.Questions ?? []).Select(q => new QuestionTranslation(q.QuestionId, q.Text.Trim(),
                [.. (q.Options ?? []).Select(o => new OptionTranslation(o.OptionId, o.Text.Trim()))]))],
            clock.GetUtcNow());
        try
        {
            dialogue.SetTranslation(translation);
        }
        catch (TranslationMismatchException mismatch)
        {
            throw new ValidationException(mismatch.Problems.Select(p => FieldErrors.Failure(p.Field, p.Code, p.Code == FieldErrorCodes.MustBeEmpty
                ? "The dialogue has no easy-read text in Swedish to translate."
                : "Not one of this dialogue's questions or options.")));
        }

        await db.SaveChangesAsync(cancellationToken);
        return DialogueTranslations.ToDto(translation, dialogue.Questions);
    }
}
