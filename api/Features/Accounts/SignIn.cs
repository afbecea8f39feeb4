using FluentValidation;
using Mediator;
using Medborgardialog.Api.Infrastructure.Auth;
using Medborgardialog.Api.Infrastructure.Errors;
using Microsoft.AspNetCore.Identity;

namespace Medborgardialog.Api.Features.Accounts;

/// <summary>A member of staff's work e-mail address and password.</summary>
/// <param name="Email">The work e-mail address.</param>
/// <param name="Password">The password.</param>
public sealed record SignInRequest(string Email, string Password);

/// <summary>Sign in as staff. With <paramref name="UseCookies"/> the SPA gets a secure HttpOnly cookie
/// (<c>POST /api/account/sign-in</c>); without, an integrator gets a bearer token (<c>POST /api/account/token</c>).</summary>
public sealed record SignInCommand(SignInRequest Body, bool UseCookies) : ICommand<SignInResponse>;

/// <summary>Signed in; with cookies the cookie is set, otherwise the token was written to the response.</summary>
public sealed record SignInResponse(bool TokenWritten);

public sealed class SignInValidator : AbstractValidator<SignInCommand>
{
    public SignInValidator()
    {
        RuleFor(c => c.Body.Email).NotEmpty().MaximumLength(256);
        RuleFor(c => c.Body.Password).NotEmpty().MaximumLength(256);
    }
}

public sealed class SignInHandler(SignInManager<StaffUser> signInManager) : ICommandHandler<SignInCommand, SignInResponse>
{
    public async ValueTask<SignInResponse> Handle(SignInCommand command, CancellationToken cancellationToken)
    {
        signInManager.AuthenticationScheme = command.UseCookies ? IdentityConstants.ApplicationScheme : IdentityConstants.BearerScheme;
        var user = await signInManager.UserManager.FindByEmailAsync(command.Body.Email.Trim());
        if (user is null)
        {
            throw new SignInFailedException();
        }

        var result = await signInManager.PasswordSignInAsync(user, command.Body.Password, isPersistent: false, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            throw new SignInFailedException();
        }

        return new SignInResponse(TokenWritten: !command.UseCookies);
    }
}
