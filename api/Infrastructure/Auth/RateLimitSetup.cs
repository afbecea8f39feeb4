using System.Globalization;
using Medborgardialog.Api.Infrastructure.Cluster;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;

namespace Medborgardialog.Api.Infrastructure.Auth;

/// <summary>
/// The rate limits the endpoints name (<see cref="Policies"/>, through <c>RequireRateLimiting</c>): per client, so many
/// requests a minute, counted in a window that begins with the client's first request. The counts are the
/// <see cref="SharedCounters"/> in PostgreSQL, so a limit holds across every API instance behind the load balancer
/// (ASP.NET's own limiter counts per process: two instances gave a client twice the limit). A refusal is a 429 problem
/// with Retry-After.
/// <para>The client is the address the connection comes from or, behind a trusted proxy (<c>Http:TrustedNetworks</c>,
/// default loopback), the address the proxy puts last in <c>X-Forwarded-For</c>. It is only counted under a keyed
/// hash; it is never stored or logged as it is.</para>
/// </summary>
public static class RateLimitSetup
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public static IServiceCollection AddRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(new RateLimits(new Dictionary<string, int>(StringComparer.Ordinal)
        {
            [Policies.SignInRateLimit] = configuration.GetValue("Auth:SignInsPerMinute", 10),
            [Policies.AnonymousWriteRateLimit] = configuration.GetValue("RateLimits:AnonymousWritesPerMinute", 30),
            [Policies.ReportRateLimit] = configuration.GetValue("RateLimits:ReportsPerMinute", 10),
        }));
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = 1; // only what the nearest proxy added: a client cannot name another address
            var networks = configuration.GetValue<string>("Http:TrustedNetworks");
            if (!string.IsNullOrWhiteSpace(networks))
            {
                foreach (var network in networks.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
                }
            }
        });
        return services;
    }

    /// <summary>The shared rate limits of the endpoints that name one (after routing: the endpoint is known).</summary>
    public static WebApplication UseSharedRateLimits(this WebApplication app)
    {
        app.UseMiddleware<SharedRateLimitMiddleware>();
        return app;
    }

    /// <summary>Requests a minute per policy.</summary>
    public sealed record RateLimits(IReadOnlyDictionary<string, int> PerMinute);

    internal sealed class SharedRateLimitMiddleware(RequestDelegate next, RateLimits limits, SharedCounters counters, IProblemDetailsService problems, TimeProvider clock)
    {
        public async Task InvokeAsync(HttpContext context)
        {
            var policy = context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName;
            if (policy is null || !limits.PerMinute.TryGetValue(policy, out var limit))
            {
                await next(context);
                return;
            }

            var client = await counters.ClientKeyAsync(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", context.RequestAborted);
            // The limit is part of the key: instances with another limit (a change being rolled out) count apart.
            var count = await counters.HitAsync($"rate:{policy}:{limit}:{client}", Window);
            if (count.Hits <= limit)
            {
                await next(context);
                return;
            }

            var seconds = Math.Max(1, (int)Math.Ceiling((count.WindowEndsAt - clock.GetUtcNow()).TotalSeconds));
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status429TooManyRequests,
                    Title = "Too many requests.",
                    Detail = $"Wait {seconds} seconds and try again.",
                    Extensions = { ["code"] = Domain.ProblemCodes.TooManyRequests, ["retryAfter"] = seconds },
                },
            });
        }
    }
}
