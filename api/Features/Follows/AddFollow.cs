using Medborgardialog.Api.Features.Follows.Common;

namespace Medborgardialog.Api.Features.Follows;

/// <param name="DialogueId">The dialogue to follow; or null with <c>newDialogues</c>.</param>
/// <param name="NewDialogues">True to be told of every new dialogue (optionally only in <c>district</c> or on <c>topic</c>).</param>
/// <param name="District">With <c>newDialogues</c>: a district code (GET /api/districts).</param>
/// <param name="Topic">With <c>newDialogues</c>: a topic, as dialogues list them.</param>
public sealed record AddFollowRequest(Guid? DialogueId = null, bool NewDialogues = false, string? District = null, string? Topic = null) : IFollowTarget;

/// <summary>Follows one more thing through the follower's own link: confirmed at once (the link came to the mailbox).
/// Following what is already followed gives that follow back.</summary>
public sealed record AddFollowCommand(string Token, AddFollowRequest Body) : ICommand<AddFollowResponse>;

/// <summary>The follow, and whether it is new.</summary>
public sealed record AddFollowResponse(FollowDto Follow, bool Created);

public sealed class AddFollowValidator : AbstractValidator<AddFollowCommand>
{
    public AddFollowValidator()
    {
        RuleFor(c => c.Token).NotEmpty().MaximumLength(1000).RouteValue("token");
        RuleFor(c => c.Body).NotNull();
        When(c => c.Body is not null, () => FollowTargets.AddRules(this, c => c.Body));
    }
}

public sealed class AddFollowHandler(AppDbContext db, FollowerLinks links, TimeProvider clock) : ICommandHandler<AddFollowCommand, AddFollowResponse>
{
    public async ValueTask<AddFollowResponse> Handle(AddFollowCommand command, CancellationToken cancellationToken)
    {
        var id = FollowReads.FollowerOf(links, command.Token);
        var follower = await db.Followers.Include(f => f.Follows).SingleOrDefaultAsync(f => f.Id == id, cancellationToken)
            ?? throw new NotFoundException(ProblemCodes.FollowerLinkNotFound, "The link is not valid, or everything it followed was removed.");
        var (scope, dialogueId, district, topic) = await FollowTargets.CheckAsync(db, command.Body, cancellationToken);
        var now = clock.GetUtcNow();
        var follow = follower.Follows.FirstOrDefault(f => f.IsOf(scope, dialogueId, district, topic));
        var created = follow is null;
        if (follow is null)
        {
            follow = new Follow(Guid.CreateVersion7(now), follower.Id, scope, dialogueId, district, topic, now);
            follower.Follows.Add(follow);
        }

        if (follow.ConfirmedAt is null)
        {
            follow.Confirm(now);
        }

        follower.Confirm(now);
        await db.SaveChangesAsync(cancellationToken);
        return new AddFollowResponse(await FollowReads.Follows(db, id, follow.Id).SingleAsync(cancellationToken), created);
    }
}
