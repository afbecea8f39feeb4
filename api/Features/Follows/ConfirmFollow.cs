using Medborgardialog.Api.Features.Follows.Common;

namespace Medborgardialog.Api.Features.Follows;

/// <param name="Token">The token of the confirmation link in the mail.</param>
public sealed record ConfirmFollowRequest(string Token);

/// <summary>Confirms a follow with the link from its mail (double opt-in). Once only: a second confirmation is a 409.</summary>
public sealed record ConfirmFollowCommand(ConfirmFollowRequest Body) : ICommand<ConfirmFollowResponse>;

/// <summary>The confirmed follow, and the follower's own link (the token of the manage page) to keep.</summary>
public sealed record ConfirmFollowResponse(FollowDto Follow, string FollowerToken);

public sealed class ConfirmFollowValidator : AbstractValidator<ConfirmFollowCommand>
{
    public ConfirmFollowValidator()
    {
        RuleFor(c => c.Body).NotNull();
        RuleFor(c => c.Body.Token).NotEmpty().MaximumLength(1000).When(c => c.Body is not null);
    }
}

public sealed class ConfirmFollowHandler(AppDbContext db, TimeProvider clock, FollowerLinks links) : ICommandHandler<ConfirmFollowCommand, ConfirmFollowResponse>
{
    public async ValueTask<ConfirmFollowResponse> Handle(ConfirmFollowCommand command, CancellationToken cancellationToken)
    {
        var followId = links.FollowFor(command.Body.Token)
            ?? throw new NotFoundException(ProblemCodes.FollowLinkNotFound, "The confirmation link is not valid, has expired, or the follow was removed.");
        var follow = await db.Follows.SingleOrDefaultAsync(f => f.Id == followId, cancellationToken)
            ?? throw new NotFoundException(ProblemCodes.FollowLinkNotFound, "The confirmation link is not valid, has expired, or the follow was removed.");
        var follower = await db.Followers.SingleAsync(f => f.Id == follow.FollowerId, cancellationToken);
        var now = clock.GetUtcNow();
        follow.Confirm(now);
        follower.Confirm(now);
        await db.SaveChangesAsync(cancellationToken);
        var dto = await FollowReads.Follows(db, follower.Id, follow.Id).SingleAsync(cancellationToken);
        return new ConfirmFollowResponse(dto, links.FollowerToken(follower.Id));
    }
}
