using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Medborgardialog.Api.Infrastructure.Auth;

/// <summary>The rate limits the endpoints name (<see cref="Policies"/>): per client, a fixed window of a minute; a
/// refusal is a 429 problem with Retry-After.</summary>
public static class RateLimitSetup
{
    public static IServiceCollection AddRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            void PerClient(string policy, int permitsPerMinute) => options.AddPolicy(policy, ctx => RateLimitPartition.GetFixedWindowLimiter(
                // The address is used only in memory, to count; it is never stored or logged.
                ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permitsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            PerClient(Policies.SignInRateLimit, configuration.GetValue("Auth:SignInsPerMinute", 10));
            PerClient(Policies.AnonymousWriteRateLimit, configuration.GetValue("RateLimits:AnonymousWritesPerMinute", 30));
            PerClient(Policies.ReportRateLimit, configuration.GetValue("RateLimits:ReportsPerMinute", 10));
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
