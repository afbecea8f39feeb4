using System.Security.Claims;
using Medborgardialog.Api.Domain;

namespace Medborgardialog.Api.Infrastructure.Auth;

/// <summary>Who is making the current request, for audit trails: the signed-in member of staff by id and name.</summary>
public sealed class CurrentActor(IHttpContextAccessor http)
{
    public Actor Get()
    {
        var user = http.HttpContext?.User;
        if (user?.Identity?.IsAuthenticated != true)
        {
            return Actor.System;
        }

        var id = Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var parsed) ? parsed : (Guid?)null;
        return new Actor(id, user.FindFirstValue(StaffClaimsFactory.DisplayNameClaim) ?? user.FindFirstValue(ClaimTypes.Name) ?? "Staff");
    }
}

/// <summary>Adds the staff member's display name to the sign-in, so audit trails can name people without a lookup.</summary>
public sealed class StaffClaimsFactory(
    Microsoft.AspNetCore.Identity.UserManager<StaffUser> users,
    Microsoft.AspNetCore.Identity.RoleManager<Microsoft.AspNetCore.Identity.IdentityRole<Guid>> roles,
    Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Identity.IdentityOptions> options)
    : Microsoft.AspNetCore.Identity.UserClaimsPrincipalFactory<StaffUser, Microsoft.AspNetCore.Identity.IdentityRole<Guid>>(users, roles, options)
{
    public const string DisplayNameClaim = "display_name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName));
        return identity;
    }
}
