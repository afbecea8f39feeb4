using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;

namespace Medborgardialog.Api.Infrastructure.Auth;

/// <summary>The authorization policies every endpoint names, and how staff are authenticated.</summary>
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

    private const string CookieOrBearer = "CookieOrBearer";

    public static IServiceCollection AddAppAuthorization(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddIdentityCore<StaffUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 12;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireDigit = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = configuration.GetValue("Auth:MaxFailedSignIns", 5);
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<Persistence.AppDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<StaffClaimsFactory>()
            .AddDefaultTokenProviders();

        services.AddHttpContextAccessor();
        services.AddScoped<CurrentActor>();

        services.AddAuthentication(CookieOrBearer)
            // The SPA signs in with a cookie; integrators send "Authorization: Bearer <token>".
            .AddPolicyScheme(CookieOrBearer, "Cookie or bearer token", options =>
                options.ForwardDefaultSelector = ctx =>
                    ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                        ? IdentityConstants.BearerScheme
                        : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, options =>
                options.BearerTokenExpiration = TimeSpan.FromHours(1))
            .AddIdentityCookies(cookies => cookies.ApplicationCookie?.Configure(options =>
            {
                options.Cookie.Name = "md.auth";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
                // A headless API answers 401/403; it never redirects to a log-in page.
                options.Events.OnRedirectToLogin = ctx => { ctx.Response.StatusCode = StatusCodes.Status401Unauthorized; return Task.CompletedTask; };
                options.Events.OnRedirectToAccessDenied = ctx => { ctx.Response.StatusCode = StatusCodes.Status403Forbidden; return Task.CompletedTask; };
            }));

        services.AddAuthorizationBuilder()
            .AddPolicy(SignedIn, policy => policy.RequireAuthenticatedUser())
            .AddPolicy(RunsDialogues, policy => policy.RequireRole(Roles.Official, Roles.Administrator))
            .AddPolicy(Moderates, policy => policy.RequireRole(Roles.Moderator, Roles.Administrator))
            .AddPolicy(Administrator, policy => policy.RequireRole(Roles.Administrator));

        services.AddAntiforgery(options =>
        {
            options.HeaderName = Antiforgery.HeaderName;
            options.Cookie.Name = "md.xsrf";
            options.Cookie.SameSite = SameSiteMode.Strict;
        });

        var signInsPerMinute = configuration.GetValue("Auth:SignInsPerMinute", 10);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(SignInRateLimit, ctx => RateLimitPartition.GetFixedWindowLimiter(
                // The address is used only in memory, to count; it is never stored or logged.
                ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = signInsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            var anonymousWritesPerMinute = configuration.GetValue("RateLimits:AnonymousWritesPerMinute", 30);
            options.AddPolicy(AnonymousWriteRateLimit, ctx => RateLimitPartition.GetFixedWindowLimiter(
                ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = anonymousWritesPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            var reportsPerMinute = configuration.GetValue("RateLimits:ReportsPerMinute", 10);
            options.AddPolicy(ReportRateLimit, ctx => RateLimitPartition.GetFixedWindowLimiter(
                ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = reportsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests.",
                        Detail = $"Wait {(int)Math.Ceiling(retryAfter.TotalSeconds)} seconds and try again.",
                        Extensions = { ["code"] = Domain.ProblemCodes.TooManyRequests, ["retryAfter"] = (int)Math.Ceiling(retryAfter.TotalSeconds) },
                    },
                });
            };
        });
        return services;
    }
}
