using Medborgardialog.Api.Features.Follows.Common;

namespace Medborgardialog.Api.Features.Follows;

/// <param name="Frequency">eachStep: a mail at each step; weekly: one digest a week.</param>
/// <param name="Language">The language to write in (a code of the site's languages).</param>
public sealed record ChangeFollowerRequest(FollowFrequency Frequency, string Language);

/// <summary>Changes how often and in which language a follower is written to.</summary>
public sealed record ChangeFollowerCommand(string Token, ChangeFollowerRequest Body) : ICommand<FollowerDto>;

public sealed class ChangeFollowerValidator : AbstractValidator<ChangeFollowerCommand>
{
    public ChangeFollowerValidator()
    {
        RuleFor(c => c.Token).NotEmpty().MaximumLength(1000).RouteValue("token");
        RuleFor(c => c.Body).NotNull();
        When(c => c.Body is not null, () =>
        {
            RuleFor(c => c.Body.Frequency).IsInEnum();
            RuleFor(c => c.Body.Language).NotEmpty();
            RuleFor(c => c.Body.Language).Must(Words.Languages.IsSupported).When(c => !string.IsNullOrEmpty(c.Body.Language))
                .WithFieldCode(FieldErrorCodes.UnknownValue).WithMessage("Not one of the site's languages.");
        });
    }
}

public sealed class ChangeFollowerHandler(AppDbContext db, FollowerLinks links, TimeProvider clock) : ICommandHandler<ChangeFollowerCommand, FollowerDto>
{
    public async ValueTask<FollowerDto> Handle(ChangeFollowerCommand command, CancellationToken cancellationToken)
    {
        var id = FollowReads.FollowerOf(links, command.Token);
        var follower = await db.Followers.SingleOrDefaultAsync(f => f.Id == id, cancellationToken)
            ?? throw new NotFoundException(ProblemCodes.FollowerLinkNotFound, "The link is not valid, or everything it followed was removed.");
        follower.Change(command.Body.Frequency, command.Body.Language);
        follower.Confirm(clock.GetUtcNow()); // the link came from the mailbox
        await db.SaveChangesAsync(cancellationToken);
        return await FollowReads.FollowerAsync(db, id, cancellationToken);
    }
}
