namespace Medborgardialog.Api.Features.Follows.Common;

/// <summary>What someone asks to follow, as a request gives it: a dialogue (<c>dialogueId</c>), or new dialogues
/// (<c>newDialogues: true</c>, optionally only in a <c>district</c> or on a <c>topic</c>).</summary>
public interface IFollowTarget
{
    Guid? DialogueId { get; }
    bool NewDialogues { get; }
    string? District { get; }
    string? Topic { get; }
}

/// <summary>The rules of a follow target, said once for every request that names one.</summary>
internal static class FollowTargets
{
    public static void AddRules<T>(AbstractValidator<T> validator, Func<T, IFollowTarget?> target)
    {
        validator.RuleFor(c => target(c)!.DialogueId).NotNull().OverridePropertyName("Body.DialogueId")
            .When(c => target(c) is { NewDialogues: false })
            .WithMessage("Name the dialogue to follow, or follow new dialogues.");
        validator.RuleFor(c => target(c)!.DialogueId).Null().OverridePropertyName("Body.DialogueId")
            .When(c => target(c) is { NewDialogues: true })
            .WithMessage("Follow either one dialogue or new dialogues, not both.");
        validator.RuleFor(c => target(c)!.District).Null().OverridePropertyName("Body.District")
            .When(c => target(c) is { NewDialogues: false })
            .WithMessage("A district narrows down new dialogues only.");
        validator.RuleFor(c => target(c)!.Topic).Null().OverridePropertyName("Body.Topic")
            .When(c => target(c) is { NewDialogues: false })
            .WithMessage("A topic narrows down new dialogues only.");
        validator.RuleFor(c => target(c)!.District).MaximumLength(100).OverridePropertyName("Body.District").When(c => target(c) is not null);
        validator.RuleFor(c => target(c)!.Topic).MaximumLength(100).OverridePropertyName("Body.Topic").When(c => target(c) is not null);
    }

    /// <summary>Checks the target against the database: a dialogue must be public (a draft is not found) and not finished;
    /// a district must exist. Returns the dialogue's id, or null for new dialogues.</summary>
    public static async Task<(FollowScope Scope, Guid? DialogueId, string? District, string? Topic)> CheckAsync(
        AppDbContext db, IFollowTarget target, CancellationToken cancellationToken)
    {
        if (target.DialogueId is { } id)
        {
            var dialogue = await db.Dialogues.AsNoTracking().Where(Dialogue.IsPublic).SingleOrDefaultAsync(d => d.Id == id, cancellationToken)
                ?? throw new NotFoundException(ProblemCodes.DialogueNotFound, $"There is no dialogue with id {id}.");
            FollowRules.EnsureFollowable(dialogue);
            return (FollowScope.Dialogue, id, null, null);
        }

        var district = string.IsNullOrWhiteSpace(target.District) ? null : target.District.Trim();
        if (district is not null && !await db.Districts.AnyAsync(d => d.Code == district, cancellationToken))
        {
            throw new ValidationException([FieldErrors.Failure("district", FieldErrorCodes.UnknownReference, "There is no district with that code.")]);
        }

        var topic = string.IsNullOrWhiteSpace(target.Topic) ? null : target.Topic.Trim().ToLowerInvariant();
        return (FollowScope.NewDialogues, null, district, topic);
    }
}

/// <summary>One thing followed: a dialogue (with its public title and status) or new dialogues (with the district and topic
/// chosen, if any). <c>confirmed</c> is false until the confirmation link in the mail was followed.</summary>
public sealed record FollowDto(Guid Id, FollowScope Scope, FollowedDialogueDto? Dialogue, string? District, string? DistrictName, string? Topic,
    bool Confirmed, DateTimeOffset CreatedAt);

/// <summary>The dialogue a follow is of, as the public sees it.</summary>
public sealed record FollowedDialogueDto(Guid Id, string Slug, string Title, DialogueStatus Status);

/// <summary>A follower as they see themselves through their link: the address, the language and frequency of their mail,
/// the consent they gave (its version and when), and what they follow.</summary>
public sealed record FollowerDto(string Email, string Language, FollowFrequency Frequency, string ConsentVersion, DateTimeOffset ConsentedAt,
    IReadOnlyList<FollowDto> Follows);

internal static class FollowReads
{
    /// <summary>A follower's follows as DTOs, oldest first; with <paramref name="followId"/> only that one (filtered before
    /// the projection: EF cannot translate a filter on the DTO).</summary>
    public static IQueryable<FollowDto> Follows(AppDbContext db, Guid followerId, Guid? followId = null) =>
        from f in db.Follows.AsNoTracking()
        where f.FollowerId == followerId && (followId == null || f.Id == followId)
        join d in db.Dialogues on f.DialogueId equals d.Id into dialogues
        from d in dialogues.DefaultIfEmpty()
        join district in db.Districts on f.District equals district.Code into districts
        from district in districts.DefaultIfEmpty()
        orderby f.CreatedAt
        select new FollowDto(f.Id, f.Scope,
            d == null ? null : new FollowedDialogueDto(d.Id, d.Slug, d.Title, d.Status),
            f.District, district == null ? null : district.Name, f.Topic, f.ConfirmedAt != null, f.CreatedAt);

    public static async Task<FollowerDto> FollowerAsync(AppDbContext db, Guid followerId, CancellationToken cancellationToken)
    {
        var follower = await db.Followers.AsNoTracking().Where(f => f.Id == followerId)
            .Select(f => new { f.Email, f.Language, f.Frequency, f.ConsentVersion, f.ConsentedAt }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(ProblemCodes.FollowerLinkNotFound, "The link is not valid, or everything it followed was removed.");
        var follows = await Follows(db, followerId).ToListAsync(cancellationToken);
        return new FollowerDto(follower.Email, follower.Language, follower.Frequency, follower.ConsentVersion, follower.ConsentedAt, follows);
    }

    /// <summary>The follower a link belongs to, or the problem a user understands.</summary>
    public static Guid FollowerOf(FollowerLinks links, string token) =>
        links.FollowerFor(token) ?? throw new NotFoundException(ProblemCodes.FollowerLinkNotFound, "The link is not valid, or everything it followed was removed.");
}

/// <summary>Removing a follower: unsent mail to them first (it holds the address), then the follower and its follows; sent
/// rows stay in the ledger without the address.</summary>
internal static class FollowerRemoval
{
    public static async Task RemoveAsync(AppDbContext db, Guid followerId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.OutgoingEmails.Where(e => e.FollowerId == followerId && e.SentAt == null).ExecuteDeleteAsync(cancellationToken);
        await db.Followers.Where(f => f.Id == followerId).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
