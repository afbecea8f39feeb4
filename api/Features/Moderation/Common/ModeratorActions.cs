using System.Linq.Expressions;
using Medborgardialog.Api.Infrastructure.Auth;

using Medborgardialog.Api.Features.Moderation.Sql;

namespace Medborgardialog.Api.Features.Moderation.Common;

/// <summary>The opinion after a moderator acted.</summary>
public sealed record ModeratedOpinionDto(Guid OpinionId, ModerationStatus Status, string? HiddenReason, bool MarkedForPoliceReport, DateTimeOffset? ModeratedAt);

/// <summary>What every moderator action shares: the opinion locked while it changes, the audit log line written in the
/// same transaction, who acted taken from the sign-in.</summary>
public sealed class ModeratorActions(AppDbContext db, TimeProvider clock, CurrentActor actor)
{
    public async ValueTask<ModeratedOpinionDto> ActAsync(Guid opinionId, ModerationAction action, string? reason,
        Action<Opinion, Guid, DateTimeOffset> act, CancellationToken cancellationToken)
    {
        var moderator = actor.Get().UserId ?? throw new InvalidOperationException("Moderators are signed in.");
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await ModerationSql.LockOpinionAsync(db, opinionId, cancellationToken);
        var opinion = await db.Opinions.SingleOrDefaultAsync(o => o.Id == opinionId, cancellationToken)
            ?? throw new NotFoundException(ProblemCodes.OpinionNotFound, $"There is no opinion with id {opinionId}.");
        act(opinion, moderator, now);
        db.ModerationLog.Add(new ModerationLogEntry(Guid.CreateVersion7(now), opinion.Id, opinion.DialogueId, action,
            string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), moderator, now));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ModeratedOpinionDto(opinion.Id, opinion.Moderation, opinion.HiddenReason, opinion.PoliceReportMarkedAt is not null, opinion.ModeratedAt);
    }
}

/// <summary>The rules every moderator action shares: the opinion is the route's id; the action's text (a public reason,
/// a note) has at most <see cref="ModerationLimits.Reason"/> characters, and with a <c>requiredMessage</c> the
/// body and its text are required (hide, police report), without it both may be left out (approve, spam).</summary>
public abstract class ModeratorActionValidator<TCommand> : AbstractValidator<TCommand>
{
    protected ModeratorActionValidator(Expression<Func<TCommand, Guid>> opinionId, Expression<Func<TCommand, object?>> body,
        Expression<Func<TCommand, string?>> text, string? requiredMessage = null)
    {
        RuleFor(opinionId).NotEmpty().RouteValue("id");
        var hasBody = body.Compile();
        if (requiredMessage is null)
        {
            RuleFor(text).MaximumLength(ModerationLimits.Reason).When(c => hasBody(c) is not null);
            return;
        }

        RuleFor(body).NotNull();
        RuleFor(text).NotEmpty().WithMessage(requiredMessage).MaximumLength(ModerationLimits.Reason).When(c => hasBody(c) is not null);
    }
}
