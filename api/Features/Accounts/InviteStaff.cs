using FluentValidation;
using Mediator;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;

namespace Medborgardialog.Api.Features.Accounts;

/// <summary>An Administrator invites a member of staff (there is no public registration). The answer holds a
/// one-time invitation token the person uses to choose a password.</summary>
/// <param name="Email">Work e-mail address; used to sign in.</param>
/// <param name="DisplayName">Name shown in the staff console.</param>
/// <param name="Roles">One or more of Administrator, Official, Moderator, ElectedOfficial.</param>
public sealed record InviteStaffRequest(string Email, string DisplayName, IReadOnlyList<string> Roles);

/// <summary>Creates the staff account described in <paramref name="Body"/>.</summary>
public sealed record InviteStaffCommand(InviteStaffRequest Body) : ICommand<InviteStaffResponse>;

/// <summary>The invited account and the token to accept the invitation with.</summary>
public sealed record InviteStaffResponse(Guid UserId, string InvitationToken);

public sealed class InviteStaffValidator : AbstractValidator<InviteStaffCommand>
{
    public InviteStaffValidator()
    {
        RuleFor(c => c.Body.Email).NotEmpty().MaximumLength(256).EmailAddress();
        RuleFor(c => c.Body.DisplayName).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Body.Roles).NotEmpty();
        RuleForEach(c => c.Body.Roles).Must(r => Infrastructure.Auth.Roles.All.Contains(r))
            .WithMessage($"A role is one of {string.Join(", ", Infrastructure.Auth.Roles.All)}.");
    }
}

public sealed class InviteStaffHandler(UserManager<StaffUser> users, TimeProvider clock) : ICommandHandler<InviteStaffCommand, InviteStaffResponse>
{
    public async ValueTask<InviteStaffResponse> Handle(InviteStaffCommand command, CancellationToken cancellationToken)
    {
        var email = command.Body.Email.Trim();
        if (await users.FindByEmailAsync(email) is not null)
        {
            throw new DomainRuleException(ProblemCodes.StaffEmailTaken, "There is already a staff account with that e-mail address.");
        }

        var user = new StaffUser
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = command.Body.DisplayName.Trim(),
            CreatedAt = clock.GetUtcNow(),
        };
        IdentityErrors.ThrowIfFailed(await users.CreateAsync(user), "email");
        IdentityErrors.ThrowIfFailed(await users.AddToRolesAsync(user, command.Body.Roles.Distinct()), "roles");
        var token = await users.GeneratePasswordResetTokenAsync(user);
        return new InviteStaffResponse(user.Id, token);
    }
}
