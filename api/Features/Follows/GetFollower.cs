using Medborgardialog.Api.Features.Follows.Common;

namespace Medborgardialog.Api.Features.Follows;

/// <summary>What a follower follows, through their own link (in every mail).</summary>
public sealed record GetFollowerQuery(string Token) : IQuery<FollowerDto>;

public sealed class GetFollowerValidator : AbstractValidator<GetFollowerQuery>
{
    public GetFollowerValidator() => RuleFor(q => q.Token).NotEmpty().MaximumLength(1000);
}

public sealed class GetFollowerHandler(AppDbContext db, FollowerLinks links) : IQueryHandler<GetFollowerQuery, FollowerDto>
{
    public async ValueTask<FollowerDto> Handle(GetFollowerQuery query, CancellationToken cancellationToken) =>
        await FollowReads.FollowerAsync(db, FollowReads.FollowerOf(links, query.Token), cancellationToken);
}
