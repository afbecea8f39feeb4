using Medborgardialog.Api.Features.Moderation;
using Medborgardialog.Api.Infrastructure.Auth;
using Medborgardialog.Api.Features.Moderation.Common;
using Medborgardialog.Api.Features.Opinions.Common;

namespace Medborgardialog.Api.Features.Opinions;

/// <summary>An opinion gathered offline, as staff type it in: the same answers as online, and where it came from.</summary>
/// <param name="Channel">meeting, dialogueWalk, popUp, paper or phone.</param>
/// <param name="SessionId">The session it was gathered at, if any (one of the dialogue's sessions).</param>
/// <param name="Text">The answer to the open question; with a questionnaire, an optional comment.</param>
/// <param name="Answers">The answers to the questionnaire.</param>
/// <param name="Background">Optional background, as the person gave it.</param>
public sealed record RegisterOfflineOpinionRequest(
    OpinionChannel Channel,
    Guid? SessionId,
    string? Text,
    IReadOnlyList<AnswerInput>? Answers,
    BackgroundInput? Background);

public sealed record RegisterOfflineOpinionCommand(Guid DialogueId, RegisterOfflineOpinionRequest Body) : ICommand<RegisterOfflineOpinionResponse>;

/// <summary>The registered opinion, and a receipt token the official can hand to the person on a slip.</summary>
public sealed record RegisterOfflineOpinionResponse(Guid OpinionId, string ReceiptToken);

public sealed class RegisterOfflineOpinionValidator : AbstractValidator<RegisterOfflineOpinionCommand>
{
    public RegisterOfflineOpinionValidator()
    {
        RuleFor(c => c.DialogueId).NotEmpty().RouteValue("id");
        RuleFor(c => c.Body).NotNull();
        When(c => c.Body is not null, () =>
        {
            RuleFor(c => c.Body.Channel).IsInEnum()
                .NotEqual(OpinionChannel.Online).WithMessage("Choose the channel the opinion came through: meeting, walk, pop-up, paper or phone.");
            OpinionInput.AddRules(this, "Body.", c => c.Body.Text, c => c.Body.Answers, c => c.Body.Background);
        });
    }
}

public sealed class RegisterOfflineOpinionHandler(AppDbContext db, TimeProvider clock, CurrentActor actor, OpinionFormCache forms, OpinionScreening screening)
    : ICommandHandler<RegisterOfflineOpinionCommand, RegisterOfflineOpinionResponse>
{
    public async ValueTask<RegisterOfflineOpinionResponse> Handle(RegisterOfflineOpinionCommand command, CancellationToken cancellationToken)
    {
        var dialogue = await db.Dialogues.AsNoTracking().SingleOrDefaultAsync(d => d.Id == command.DialogueId, cancellationToken)
            ?? throw new NotFoundException(ProblemCodes.DialogueNotFound, $"There is no dialogue with id {command.DialogueId}.");
        var input = command.Body;
        dialogue.EnsureAcceptsOpinions(input.Channel);
        if (input.SessionId is { } sessionId && !await db.Set<DialogueSession>().AnyAsync(s => s.Id == sessionId && s.DialogueId == dialogue.Id, cancellationToken))
        {
            throw new ValidationException([FieldErrors.Failure("sessionId", FieldErrorCodes.UnknownReference, "The session is not one of this dialogue's sessions.")]);
        }

        var districtExists = await forms.DistrictExistsAsync(db, OpinionInput.District(input.Background), clock, cancellationToken);
        var form = OpinionForm.Of(dialogue);
        var read = OpinionInput.Read(form, await forms.MunicipalityAsync(db, clock, cancellationToken), districtExists, input.Text, input.Answers, input.Background);
        var (text, answers, background) = (read.Text, read.Answers, read.Background);
        var registeredBy = actor.Get().UserId ?? throw new InvalidOperationException("Offline opinions are registered by signed-in staff.");
        var now = clock.GetUtcNow();
        var (receipt, receiptHash) = Opinion.NewToken();
        var opinion = Opinion.RegisteredOffline(Guid.CreateVersion7(now), dialogue.Id, input.Channel, input.SessionId, registeredBy,
            text, answers, background, receiptHash, now);
        db.Opinions.Add(opinion);
        var marks = read.MarksOf(opinion, form, now);
        db.MapMarks.AddRange(marks);
        if (await screening.ScreenAsync(opinion, online: false, now, marks) is { } held)
        {
            db.ModerationLog.Add(held);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new RegisterOfflineOpinionResponse(opinion.Id, receipt);
    }
}
