using FluentValidation;
using Mediator;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Infrastructure.Errors;
using Medborgardialog.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Medborgardialog.Api.Features.Opinions;

/// <summary>Withdraw the opinion (while the dialogue is open): out of the result and out of view, kept as a public record.</summary>
public sealed record WithdrawOpinionCommand(string Token) : ICommand<ReceiptDto>, Infrastructure.Http.IChangesOnlyOpinions;

public sealed class WithdrawOpinionValidator : AbstractValidator<WithdrawOpinionCommand>
{
    public WithdrawOpinionValidator() => RuleFor(q => q.Token).NotEmpty().MaximumLength(100);
}

public sealed class WithdrawOpinionHandler(AppDbContext db, TimeProvider clock) : ICommandHandler<WithdrawOpinionCommand, ReceiptDto>
{
    public async ValueTask<ReceiptDto> Handle(WithdrawOpinionCommand command, CancellationToken cancellationToken)
    {
        var opinion = await ReceiptReading.FindAsync(db, command.Token, cancellationToken);
        var status = await db.Dialogues.Where(d => d.Id == opinion.DialogueId).Select(d => d.Status).SingleAsync(cancellationToken);
        opinion.Withdraw(status, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await ReceiptReading.ReadAsync(db, command.Token, cancellationToken);
    }
}
