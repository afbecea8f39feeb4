using Medborgardialog.Api.Features.Moderation.Common;

namespace Medborgardialog.Api.Features.Moderation;

/// <summary>Why the opinion is hidden: shown publicly in its place ("Dold av en moderator: …").</summary>
public sealed record HideOpinionRequest(string PublicReason);

/// <summary>The moderator hides the opinion with a reason shown publicly; it stays in the result.</summary>
public sealed record HideOpinionCommand(Guid OpinionId, HideOpinionRequest Body) : ICommand<ModeratedOpinionDto>;

public sealed class HideOpinionValidator() : ModeratorActionValidator<HideOpinionCommand>(
    c => c.OpinionId, c => c.Body, c => c.Body.PublicReason, "Say why the opinion is hidden: the reason is shown publicly.");

public sealed class HideOpinionHandler(ModeratorActions moderation) : ICommandHandler<HideOpinionCommand, ModeratedOpinionDto>
{
    public ValueTask<ModeratedOpinionDto> Handle(HideOpinionCommand command, CancellationToken cancellationToken) =>
        moderation.ActAsync(command.OpinionId, ModerationAction.Hidden, command.Body.PublicReason.Trim(),
            (o, by, now) => o.Hide(command.Body.PublicReason, by, now), cancellationToken);
}
