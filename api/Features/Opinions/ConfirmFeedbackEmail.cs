using FluentValidation;
using Mediator;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Infrastructure.Errors;
using Medborgardialog.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Medborgardialog.Api.Features.Opinions;

/// <summary>Confirm the feedback address with the link from the e-mail (double opt-in).</summary>
public sealed record ConfirmFeedbackEmailCommand(string Token) : ICommand<Unit>;

public sealed class ConfirmFeedbackEmailValidator : AbstractValidator<ConfirmFeedbackEmailCommand>
{
    public ConfirmFeedbackEmailValidator() => RuleFor(q => q.Token).NotEmpty().MaximumLength(100);
}

public sealed class ConfirmFeedbackEmailHandler(AppDbContext db, TimeProvider clock) : ICommandHandler<ConfirmFeedbackEmailCommand, Unit>
{
    public async ValueTask<Unit> Handle(ConfirmFeedbackEmailCommand command, CancellationToken cancellationToken)
    {
        var hash = Opinion.Hash(command.Token);
        var opinion = await db.Opinions.SingleOrDefaultAsync(o => o.EmailConfirmationTokenHash == hash, cancellationToken)
            ?? throw new NotFoundException(ProblemCodes.EmailConfirmationNotFound, "The confirmation link is not valid, has been used, or the address was removed.");
        opinion.ConfirmFeedbackEmail(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
