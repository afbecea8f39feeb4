using Medborgardialog.Api.Features.Feedback.Common;

namespace Medborgardialog.Api.Features.Feedback;

/// <summary>The unsubscribe link of a feedback e-mail: the address is deleted and nothing more is sent to it.</summary>
public sealed record UnsubscribeFromFeedbackCommand(string Token) : ICommand<Unit>;

public sealed class UnsubscribeFromFeedbackValidator : AbstractValidator<UnsubscribeFromFeedbackCommand>
{
    public UnsubscribeFromFeedbackValidator() => RuleFor(c => c.Token).NotEmpty().MaximumLength(500);
}

public sealed class UnsubscribeFromFeedbackHandler(AppDbContext db, FeedbackLinks links) : ICommandHandler<UnsubscribeFromFeedbackCommand, Unit>
{
    public async ValueTask<Unit> Handle(UnsubscribeFromFeedbackCommand command, CancellationToken cancellationToken)
    {
        var opinionId = links.OpinionFor(command.Token) ?? throw new NotFoundException(ProblemCodes.UnsubscribeLinkNotFound, "The unsubscribe link is not valid.");
        var opinion = await db.Opinions.SingleOrDefaultAsync(o => o.Id == opinionId, cancellationToken)
            ?? throw new NotFoundException(ProblemCodes.UnsubscribeLinkNotFound, "The unsubscribe link is not valid.");
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        opinion.RemoveFeedbackEmail();
        await db.SaveChangesAsync(cancellationToken);
        await PendingFeedbackMail.CancelAsync(db, opinionId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Unit.Value;
    }
}

internal static class PendingFeedbackMail
{
    /// <summary>Feedback mail not yet sent to a participant who removed the address is dropped with it.</summary>
    public static Task<int> CancelAsync(AppDbContext db, Guid opinionId, CancellationToken cancellationToken) =>
        db.OutgoingEmails.Where(e => e.OpinionId == opinionId && e.SentAt == null).ExecuteDeleteAsync(cancellationToken);
}
