using Microsoft.AspNetCore.Identity;

namespace Medborgardialog.Api.Infrastructure.Auth;

/// <summary>
/// The first Administrator comes from configuration (<c>Admin:Email</c>, <c>Admin:Password</c>,
/// <c>Admin:DisplayName</c>); everyone else is invited by an Administrator. Created once, at start-up,
/// only when no account with that e-mail exists.
/// </summary>
internal static class FirstAdministrator
{
    public static async Task<bool> EnsureAsync(IServiceProvider services, IConfiguration configuration, TimeProvider clock)
    {
        var email = configuration["Admin:Email"];
        var password = configuration["Admin:Password"];
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(password))
        {
            return false;
        }

        var users = services.GetRequiredService<UserManager<StaffUser>>();
        if (await users.FindByEmailAsync(email) is not null)
        {
            return false;
        }

        var admin = new StaffUser
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = configuration["Admin:DisplayName"] ?? "Administratör",
            CreatedAt = clock.GetUtcNow(),
        };
        IdentityErrors.ThrowIfFailed(await users.CreateAsync(admin, password), "Admin:Password");
        IdentityErrors.ThrowIfFailed(await users.AddToRoleAsync(admin, Roles.Administrator), "Admin");
        return true;
    }
}
