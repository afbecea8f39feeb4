using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Infrastructure.Errors;
using FluentValidation;
using Mediator;
using Medborgardialog.Api.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;

namespace Medborgardialog.Api.Features.Accounts;

/// <summary>The invited person chooses a password with the invitation token.</summary>
/// <param name="UserId">From the invitation.</param>
/// <param name="Token">The one-time invitation token.</param>
/// <param name="Password">At least 12 characters.</param>
public sealed record AcceptInvitationRequest(Guid UserId, string Token, string Password);

/// <summary>Sets the password of the invited account in <paramref name="Body"/>.</summary>
public sealed record AcceptInvitationCommand(AcceptInvitationRequest Body) : ICommand<Unit>;

public sealed class AcceptInvitationValidator : AbstractValidator<AcceptInvitationCommand>
{
    public AcceptInvitationValidator()
    {
        RuleFor(c => c.Body.UserId).NotEmpty();
        RuleFor(c => c.Body.Token).NotEmpty().MaximumLength(2000);
        RuleFor(c => c.Body.Password).NotEmpty().MinimumLength(12).MaximumLength(256);
    }
}

public sealed class AcceptInvitationHandler(UserManager<StaffUser> users) : ICommandHandler<AcceptInvitationCommand, Unit>
{
    public async ValueTask<Unit> Handle(AcceptInvitationCommand command, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(command.Body.UserId.ToString());
        if (user is null || await users.HasPasswordAsync(user))
        {
            throw new ValidationException([FieldErrors.Failure("Token", FieldErrorCodes.InvalidToken, "The invitation is not valid or has been used.")]);
        }

        var reset = await users.ResetPasswordAsync(user, command.Body.Token, command.Body.Password);
        if (reset.Errors.Any(e => e.Code == "InvalidToken"))
        {
            throw new ValidationException([FieldErrors.Failure("Token", FieldErrorCodes.InvalidToken, "The invitation is not valid or has been used.")]);
        }

        IdentityErrors.ThrowIfFailed(reset, "password");
        return Unit.Value;
    }
}
