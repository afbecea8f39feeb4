using FluentValidation;
using Mediator;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Infrastructure.Errors;
using Medborgardialog.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Medborgardialog.Api.Features.Opinions;

/// <summary>Remove the feedback e-mail address, at any time.</summary>
public sealed record RemoveFeedbackEmailCommand(string Token) : ICommand<ReceiptDto>;

public sealed class RemoveFeedbackEmailValidator : AbstractValidator<RemoveFeedbackEmailCommand>
{
    public RemoveFeedbackEmailValidator() => RuleFor(q => q.Token).NotEmpty().MaximumLength(100);
}

public sealed class RemoveFeedbackEmailHandler(AppDbContext db) : ICommandHandler<RemoveFeedbackEmailCommand, ReceiptDto>
{
    public async ValueTask<ReceiptDto> Handle(RemoveFeedbackEmailCommand command, CancellationToken cancellationToken)
    {
        var opinion = await ReceiptReading.FindAsync(db, command.Token, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        opinion.RemoveFeedbackEmail();
        await db.SaveChangesAsync(cancellationToken);
        // Feedback mail not yet sent to this address is dropped with it.
        await db.OutgoingEmails.Where(e => e.OpinionId == opinion.Id && e.SentAt == null).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await ReceiptReading.ReadAsync(db, command.Token, cancellationToken);
    }
}
