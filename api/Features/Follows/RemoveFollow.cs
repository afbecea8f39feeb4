using Medborgardialog.Api.Features.Follows.Common;

namespace Medborgardialog.Api.Features.Follows;

/// <summary>Stops following one thing. When nothing is left, the address is deleted too.</summary>
public sealed record RemoveFollowCommand(string Token, Guid FollowId) : ICommand<Unit>;

public sealed class RemoveFollowValidator : AbstractValidator<RemoveFollowCommand>
{
    public RemoveFollowValidator()
    {
        RuleFor(c => c.Token).NotEmpty().MaximumLength(1000).RouteValue("token");
        RuleFor(c => c.FollowId).NotEmpty().RouteValue("followId");
    }
}

public sealed class RemoveFollowHandler(AppDbContext db, FollowerLinks links) : ICommandHandler<RemoveFollowCommand, Unit>
{
    public async ValueTask<Unit> Handle(RemoveFollowCommand command, CancellationToken cancellationToken)
    {
        var id = FollowReads.FollowerOf(links, command.Token);
        if (!await db.Followers.AnyAsync(f => f.Id == id, cancellationToken))
        {
            throw new NotFoundException(ProblemCodes.FollowerLinkNotFound, "The link is not valid, or everything it followed was removed.");
        }

        if (await db.Follows.Where(f => f.Id == command.FollowId && f.FollowerId == id).ExecuteDeleteAsync(cancellationToken) == 0)
        {
            throw new NotFoundException(ProblemCodes.FollowNotFound, "You do not follow that (any more).");
        }

        if (!await db.Follows.AnyAsync(f => f.FollowerId == id, cancellationToken))
        {
            await FollowerRemoval.RemoveAsync(db, id, cancellationToken);
        }

        return Unit.Value;
    }
}
