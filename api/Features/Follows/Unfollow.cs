using Medborgardialog.Api.Features.Follows.Common;

namespace Medborgardialog.Api.Features.Follows;

/// <summary>Stops following everything: the address, its follows and its unsent mail are deleted. The same for the manage
/// page's "remove everything" and for RFC 8058's one-click unsubscribe from a mail client; a valid link whose follower is
/// already gone is still a success (a mail client may send it twice).</summary>
public sealed record UnfollowCommand(string Token) : ICommand<Unit>;

public sealed class UnfollowValidator : AbstractValidator<UnfollowCommand>
{
    public UnfollowValidator() => RuleFor(c => c.Token).NotEmpty().MaximumLength(1000).RouteValue("token");
}

public sealed class UnfollowHandler(AppDbContext db, FollowerLinks links) : ICommandHandler<UnfollowCommand, Unit>
{
    public async ValueTask<Unit> Handle(UnfollowCommand command, CancellationToken cancellationToken)
    {
        await FollowerRemoval.RemoveAsync(db, FollowReads.FollowerOf(links, command.Token), cancellationToken);
        return Unit.Value;
    }
}
