using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.FileProviders;

namespace Medborgardialog.Api.Infrastructure.Hosting;

public static class HostingSetup
{
    /// <summary><c>/health</c>: the process answers (liveness). <c>/health/ready</c>: the database answers too. Plain
    /// text "Healthy" (200) or "Unhealthy" (503), never cached; in the contract like every other operation.</summary>
    public static WebApplication MapAppHealthChecks(this WebApplication app)
    {
        var health = app.MapGroup("/health").WithTags("Health").AllowAnonymous();
        health.MapGet("/", () => Results.Text("Healthy", "text/plain"))
            .WithName("GetLiveness")
            .WithSummary("Whether the process answers (liveness): always \"Healthy\" while it runs.")
            .Produces<string>(StatusCodes.Status200OK, "text/plain");
        health.MapGet("/ready", async (HealthCheckService checks, HttpContext http, CancellationToken ct) =>
            {
                var report = await checks.CheckHealthAsync(c => c.Tags.Contains("ready"), ct);
                http.Response.Headers.CacheControl = "no-store";
                var healthy = report.Status == HealthStatus.Healthy;
                return Results.Text(healthy ? "Healthy" : "Unhealthy", "text/plain", statusCode: healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
            })
            .WithName("GetReadiness")
            .WithSummary("Whether the service can serve requests (readiness): \"Healthy\" when its database answers, \"Unhealthy\" (503) when not.")
            .Produces<string>(StatusCodes.Status200OK, "text/plain")
            .Produces<string>(StatusCodes.Status503ServiceUnavailable, "text/plain");
        return app;
    }

    /// <summary>The path of the embeddable list of current dialogues (<c>web/embed.html</c>, docs/embedding.md): the one
    /// page other sites may frame, and only the origins in <c>Embed:AllowedOrigins</c>.</summary>
    public const string EmbedPath = "/inbaddning";

    /// <summary>
    /// The API is headless; for one-address local runs (<c>./run</c>) it can also serve the built SPA from
    /// <c>Web:Root</c> (a folder with index.html), with client-side routes falling back to index.html and the embed
    /// paths (<see cref="EmbedPath"/>) to embed.html, the small page of its own entry.
    /// </summary>
    public static WebApplication MapSpa(this WebApplication app, IConfiguration configuration)
    {
        var root = configuration["Web:Root"];
        if (string.IsNullOrWhiteSpace(root) || !File.Exists(Path.Combine(root, "index.html")))
        {
            return app;
        }

        var files = new PhysicalFileProvider(Path.GetFullPath(root));
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = ctx =>
            {
                // Vite fingerprints everything under /assets: cache it for a year; index.html always fresh.
                ctx.Context.Response.Headers.CacheControl = ctx.Context.Request.Path.StartsWithSegments("/assets")
                    ? "public, max-age=31536000, immutable"
                    : "no-cache";
            },
        });
        app.MapFallbackToFile("index.html", new StaticFileOptions { FileProvider = files })
            .ExcludeFromDescription();
        if (File.Exists(Path.Combine(root, "embed.html")))
        {
            app.MapFallbackToFile($"{EmbedPath.TrimStart('/')}/{{**path}}", "embed.html", new StaticFileOptions
                {
                    FileProvider = files,
                    OnPrepareResponse = ctx => ctx.Context.Response.Headers.CacheControl = "no-cache",
                })
                .ExcludeFromDescription();
        }

        return app;
    }

    /// <summary>Security headers on every response; the strict CSP on everything but Swagger UI (which needs inline script).
    /// Nothing may be framed (<c>frame-ancestors 'none'</c>, <c>X-Frame-Options: DENY</c>) but the embed page
    /// (<see cref="EmbedPath"/>), which the origins in <c>Embed:AllowedOrigins</c> may frame, and nobody when it is empty.</summary>
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        // The maps' tiles, when a tile service is configured (Map:TileUrl), are images from its origin.
        var tiles = TileOrigin(app.Configuration["Map:TileUrl"]);
        var images = tiles is null ? "img-src 'self' data:; " : $"img-src 'self' data: {tiles}; ";
        var policy = "default-src 'self'; script-src 'self'; style-src 'self'; " + images +
            "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; ";
        var embedders = EmbedAncestors(AllowedEmbedOrigins(app.Configuration));
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            var embed = context.Request.Path.StartsWithSegments(EmbedPath);
            // X-Frame-Options cannot name a list of origins; frame-ancestors supersedes it where a browser knows both.
            if (!embed || embedders == "'none'")
            {
                headers.XFrameOptions = "DENY";
            }

            if (!context.Request.Path.StartsWithSegments("/swagger") && !context.Request.Path.StartsWithSegments("/hangfire"))
            {
                headers.ContentSecurityPolicy = policy + "frame-ancestors " + (embed ? embedders : "'none'");
            }

            await next();
        });
        return app;
    }

    /// <summary>The origins in <c>Embed:AllowedOrigins</c> — a list (<c>Embed:AllowedOrigins:0</c> …) or one value
    /// separated by spaces or commas (<c>Embed__AllowedOrigins="https://www.karlskoga.se https://nt.se"</c>) — each as
    /// <c>scheme://host[:port]</c>. Anything else (a path, a wildcard, a quote) stops the start: it would widen the CSP.</summary>
    public static IReadOnlyList<string> AllowedEmbedOrigins(IConfiguration configuration)
    {
        var section = configuration.GetSection("Embed:AllowedOrigins");
        var values = section.GetChildren().Select(c => c.Value).Append(section.Value)
            .SelectMany(v => (v ?? "").Split([' ', ',', ';', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return [.. values.Select(v => EmbedOrigin(v) ?? throw new InvalidOperationException(
            $"Embed:AllowedOrigins: \"{v}\" is not an origin (https://www.example.se or http://localhost:8080, without a path)."))
            .Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The CSP frame-ancestors sources for the embed page: <c>'self' origins…</c>, or <c>'none'</c> without origins.</summary>
    public static string EmbedAncestors(IReadOnlyList<string> origins) =>
        origins.Count == 0 ? "'none'" : string.Join(' ', ["'self'", .. origins]);

    /// <summary>An origin as the CSP names it (<c>https://www.karlskoga.se</c>, <c>http://127.0.0.1:5173</c>); null when
    /// <paramref name="value"/> is not an http(s) origin alone.</summary>
    public static string? EmbedOrigin(string value)
    {
        var origin = value.TrimEnd('/');
        return System.Text.RegularExpressions.Regex.IsMatch(origin, @"^https?://[A-Za-z0-9](?:[A-Za-z0-9\-.]*[A-Za-z0-9])?(?::\d{1,5})?$")
            && Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            ? uri.GetLeftPart(UriPartial.Authority)
            : null;
    }

    /// <summary>The origin of a tile URL template for the CSP (<c>https://{s}.tile.example.org/{z}/{x}/{y}.png</c> →
    /// <c>https://*.tile.example.org</c>); null when none is configured or it is not http(s).</summary>
    public static string? TileOrigin(string? template)
    {
        var match = string.IsNullOrWhiteSpace(template)
            ? null
            : System.Text.RegularExpressions.Regex.Match(template.Replace("{s}", "*", StringComparison.Ordinal), @"^(https?://[A-Za-z0-9*.\-]+(:\d+)?)(/|$)");
        return match is { Success: true } ? match.Groups[1].Value : null;
    }
}
