using Medborgardialog.Api.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;

namespace Medborgardialog.Api.Features.Accounts;

/// <summary>Sign out of the SPA (removes the cookie).</summary>
public sealed record SignOutCommand : ICommand<Unit>;

public sealed class SignOutHandler(SignInManager<StaffUser> signInManager) : ICommandHandler<SignOutCommand, Unit>
{
    public async ValueTask<Unit> Handle(SignOutCommand command, CancellationToken cancellationToken)
    {
        await signInManager.SignOutAsync();
        return Unit.Value;
    }
}
