namespace Medborgardialog.Api.Features.Dialogues;

/// <summary>A question as officials write it. Leave <c>Id</c> empty for a new question; keep it to keep the question.</summary>
/// <param name="Id">The question's id, or empty for a new one.</param>
/// <param name="Kind">freeText, singleChoice, multipleChoice, scale (1–5), ranking or map.</param>
/// <param name="Text">The question in Swedish.</param>
/// <param name="TextEn">The question in English, optional.</param>
/// <param name="Required">Whether it must be answered.</param>
/// <param name="Options">For choice and ranking questions: at least two options. For a map question: its categories (none or up to 20).</param>
/// <param name="Map">For a map question (and only for one): the kinds of marks it takes and how many per answer.</param>
public sealed record QuestionInput(Guid? Id, QuestionKind Kind, string Text, string? TextEn, bool Required, IReadOnlyList<QuestionOptionInput>? Options,
    MapQuestionSettings? Map = null);

/// <summary>An option of a choice or ranking question.</summary>
public sealed record QuestionOptionInput(Guid? Id, string Text, string? TextEn);

/// <summary>The whole questionnaire, in order. An empty list means the dialogue's open question is answered in free text.</summary>
public sealed record SetQuestionnaireRequest(IReadOnlyList<QuestionInput> Questions);

/// <summary>Replaces the questionnaire of a draft dialogue.</summary>
public sealed record SetQuestionnaireCommand(Guid DialogueId, SetQuestionnaireRequest Body) : ICommand<IReadOnlyList<QuestionDto>>;

/// <summary>A question of a dialogue, as residents answer it.</summary>
/// <param name="Id">The question's id.</param>
/// <param name="Kind">How it is answered.</param>
/// <param name="Text">The question in Swedish.</param>
/// <param name="TextEn">The question in English, if written.</param>
/// <param name="Required">Whether it must be answered.</param>
/// <param name="Options">Its options; a map question's categories.</param>
/// <param name="Map">A map question's settings: the kinds of marks it takes and how many per answer (null for other kinds).</param>
public sealed record QuestionDto(Guid Id, QuestionKind Kind, string Text, string? TextEn, bool Required, IReadOnlyList<QuestionOptionDto> Options,
    MapQuestionSettings? Map);

/// <summary>An option of a choice or ranking question.</summary>
public sealed record QuestionOptionDto(Guid Id, string Text, string? TextEn);

public sealed class SetQuestionnaireValidator : AbstractValidator<SetQuestionnaireCommand>
{
    public SetQuestionnaireValidator()
    {
        RuleFor(c => c.DialogueId).NotEmpty().RouteValue("id");
        RuleFor(c => c.Body).NotNull();
        RuleFor(c => c.Body.Questions).NotNull()
            .Must(q => q.Count <= Answering.MaxQuestions).WithMessage($"A questionnaire has at most {Answering.MaxQuestions} questions.")
            .When(c => c.Body is not null);
        RuleForEach(c => c.Body.Questions).ChildRules(question =>
        {
            question.RuleFor(q => q.Kind).IsInEnum();
            question.RuleFor(q => q.Text).NotEmpty().MaximumLength(Answering.QuestionText);
            question.RuleFor(q => q.TextEn).MaximumLength(Answering.QuestionText);
            question.RuleFor(q => q.Options).Must(o => o is { Count: >= 2 and <= Answering.MaxOptions })
                .WithMessage($"Give from 2 to {Answering.MaxOptions} options.")
                .When(q => q.Kind is QuestionKind.SingleChoice or QuestionKind.MultipleChoice or QuestionKind.Ranking);
            question.RuleFor(q => q.Options).Must(o => o is null || o.Count == 0)
                .WithMessage("Only choice and ranking questions have options.")
                .When(q => q.Kind is QuestionKind.FreeText or QuestionKind.Scale);
            question.RuleFor(q => q.Options).Must(o => o is null || o.Count <= Answering.MaxOptions)
                .WithMessage($"At most {Answering.MaxOptions} categories.")
                .When(q => q.Kind is QuestionKind.Map);
            question.RuleFor(q => q.Map).NotNull().When(q => q.Kind is QuestionKind.Map);
            question.RuleFor(q => q.Map).Null().WithMessage("Only a map question has map settings.").When(q => q.Kind is not QuestionKind.Map);
            question.RuleFor(q => q.Map!.Kinds).NotEmpty().Must(k => k.Distinct().Count() == k.Count).WithMessage("Each kind once.")
                .When(q => q.Map?.Kinds is not null).OverridePropertyName("Map.Kinds");
            question.RuleForEach(q => q.Map!.Kinds).IsInEnum().When(q => q.Map?.Kinds is not null).OverridePropertyName("Map.Kinds");
            question.RuleFor(q => q.Map!.MaxMarks).InclusiveBetween(1, MapAnswering.MaxMarksLimit).When(q => q.Map is not null).OverridePropertyName("Map.MaxMarks");
            question.RuleForEach(q => q.Options).ChildRules(option =>
            {
                option.RuleFor(o => o.Text).NotEmpty().MaximumLength(Answering.OptionText);
                option.RuleFor(o => o.TextEn).MaximumLength(Answering.OptionText);
            });
        }).When(c => c.Body?.Questions is not null);
    }
}

public sealed class SetQuestionnaireHandler(AppDbContext db, TimeProvider clock) : ICommandHandler<SetQuestionnaireCommand, IReadOnlyList<QuestionDto>>
{
    public async ValueTask<IReadOnlyList<QuestionDto>> Handle(SetQuestionnaireCommand command, CancellationToken cancellationToken)
    {
        var dialogue = await db.Dialogues.SingleOrDefaultAsync(d => d.Id == command.DialogueId, cancellationToken)
            ?? throw new NotFoundException(ProblemCodes.DialogueNotFound, $"There is no dialogue with id {command.DialogueId}.");
        var now = clock.GetUtcNow();
        dialogue.SetQuestionnaire(command.Body.Questions.Select(q => new Question(
            q.Id ?? Guid.CreateVersion7(now),
            q.Kind,
            q.Text.Trim(),
            Blank(q.TextEn),
            q.Required,
            (q.Options ?? []).Select(o => new QuestionOption(o.Id ?? Guid.CreateVersion7(now), o.Text.Trim(), Blank(o.TextEn))).ToList(),
            q.Map)));
        await db.SaveChangesAsync(cancellationToken);
        return QuestionDtos.From(dialogue.Questions);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

internal static class QuestionDtos
{
    public static IReadOnlyList<QuestionDto> From(IEnumerable<Question> questions) =>
        questions.Select(q => new QuestionDto(q.Id, q.Kind, q.Text, q.TextEn, q.Required,
            q.Options.Select(o => new QuestionOptionDto(o.Id, o.Text, o.TextEn)).ToList(), q.Map)).ToList();
}
