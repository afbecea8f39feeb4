namespace Medborgardialog.Api.Infrastructure.Auth;

/// <summary>The authorization and rate-limit policies every endpoint names, and what each authorization policy requires.</summary>
public static class Policies
{
    /// <summary>Any signed-in member of staff.</summary>
    public const string SignedIn = "SignedIn";

    /// <summary>Staff who run dialogues: Officials and Administrators.</summary>
    public const string RunsDialogues = "RunsDialogues";

    /// <summary>Staff who moderate opinions: Moderators and Administrators.</summary>
    public const string Moderates = "Moderates";

    /// <summary>Administrators: users, roles, settings.</summary>
    public const string Administrator = "Administrator";

    /// <summary>The rate-limit policy for signing in (per client, fixed window).</summary>
    public const string SignInRateLimit = "sign-in";

    /// <summary>The rate-limit policy for anonymous writes (sign-ups; later opinions and reports).</summary>
    public const string AnonymousWriteRateLimit = "anonymous-write";

    /// <summary>The rate-limit policy for reports of public opinions (per client, fixed window).</summary>
    public const string ReportRateLimit = "report";

    public static IServiceCollection AddAuthorizationPolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(SignedIn, policy => policy.RequireAuthenticatedUser())
            .AddPolicy(RunsDialogues, policy => policy.RequireRole(Roles.Official, Roles.Administrator))
            .AddPolicy(Moderates, policy => policy.RequireRole(Roles.Moderator, Roles.Administrator))
            .AddPolicy(Administrator, policy => policy.RequireRole(Roles.Administrator));
        return services;

    }
}
