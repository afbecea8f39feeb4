using Medborgardialog.Api.Features.Moderation.Common;

namespace Medborgardialog.Api.Features.Moderation;

/// <summary>The moderator rejects the opinion as spam: out of view and out of the result.</summary>
public sealed record MarkOpinionAsSpamCommand(Guid OpinionId, ModerationNoteRequest? Body = null) : ICommand<ModeratedOpinionDto>;

public sealed class MarkOpinionAsSpamValidator() : ModeratorActionValidator<MarkOpinionAsSpamCommand>(c => c.OpinionId, c => c.Body, c => c.Body!.Note);

public sealed class MarkOpinionAsSpamHandler(ModeratorActions moderation) : ICommandHandler<MarkOpinionAsSpamCommand, ModeratedOpinionDto>
{
    public ValueTask<ModeratedOpinionDto> Handle(MarkOpinionAsSpamCommand command, CancellationToken cancellationToken) =>
        moderation.ActAsync(command.OpinionId, ModerationAction.MarkedAsSpam, command.Body?.Note, (o, by, now) => o.MarkAsSpam(by, now), cancellationToken);
}
