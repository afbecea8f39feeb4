using Microsoft.AspNetCore.Authorization;

namespace Medborgardialog.Api.Infrastructure.Auth;

/// <summary>The authorization policies every endpoint names.</summary>
public static class Policies
{
    /// <summary>Staff who run dialogues. Until staff accounts exist, open only where
    /// <c>Auth:OpenWriteEndpoints</c> is true (Development and tests), closed everywhere else.</summary>
    public const string Staff = "Staff";

    public static IServiceCollection AddAppAuthorization(this IServiceCollection services, IConfiguration configuration)
    {
        var openWrites = configuration.GetValue<bool>("Auth:OpenWriteEndpoints");
        services.AddAuthentication("Cookies").AddCookie("Cookies", options =>
        {
            options.Cookie.Name = "md.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            // A headless API answers 401/403; it never redirects to a log-in page.
            options.Events.OnRedirectToLogin = ctx => { ctx.Response.StatusCode = StatusCodes.Status401Unauthorized; return Task.CompletedTask; };
            options.Events.OnRedirectToAccessDenied = ctx => { ctx.Response.StatusCode = StatusCodes.Status403Forbidden; return Task.CompletedTask; };
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(Staff, policy =>
            {
                if (openWrites)
                {
                    policy.RequireAssertion(_ => true);
                }
                else
                {
                    policy.RequireAuthenticatedUser();
                }
            });
        return services;
    }
}
