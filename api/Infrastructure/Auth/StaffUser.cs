using Microsoft.AspNetCore.Identity;

namespace Medborgardialog.Api.Infrastructure.Auth;

/// <summary>
/// A member of staff (official, moderator, administrator, elected official). Residents have no accounts.
/// Only work data is stored: a name to show and a work e-mail to sign in with.
/// </summary>
public sealed class StaffUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>The staff roles.</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    public const string Official = "Official";
    public const string Moderator = "Moderator";
    public const string ElectedOfficial = "ElectedOfficial";

    public static readonly IReadOnlyList<string> All = [Administrator, Official, Moderator, ElectedOfficial];
}
