using Medborgardialog.Api.Features.Moderation.Common;

namespace Medborgardialog.Api.Features.Moderation;

/// <summary>A moderator's note on an action (optional for approve and spam).</summary>
public sealed record ModerationNoteRequest(string? Note);

/// <summary>The moderator passes the opinion: shown on a public dialogue, out of the queue.</summary>
public sealed record ApproveOpinionCommand(Guid OpinionId, ModerationNoteRequest? Body = null) : ICommand<ModeratedOpinionDto>;

public sealed class ApproveOpinionValidator() : ModeratorActionValidator<ApproveOpinionCommand>(c => c.OpinionId, c => c.Body, c => c.Body!.Note);

public sealed class ApproveOpinionHandler(ModeratorActions moderation) : ICommandHandler<ApproveOpinionCommand, ModeratedOpinionDto>
{
    public ValueTask<ModeratedOpinionDto> Handle(ApproveOpinionCommand command, CancellationToken cancellationToken) =>
        moderation.ActAsync(command.OpinionId, ModerationAction.Approved, command.Body?.Note, (o, by, now) => o.Approve(by, now), cancellationToken);
}
