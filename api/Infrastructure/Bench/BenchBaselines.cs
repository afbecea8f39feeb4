using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Medborgardialog.Api.Infrastructure.Bench;

/// <summary>
/// Raw baselines for the benchmarks in <c>bench/</c>: the same work as a use case, written by hand with Npgsql, in
/// the same process, so a benchmark can report the use case as a ratio of the baseline. Mapped only when
/// <c>Bench:Enabled</c> is true (the bench scripts set it); never in a production configuration, never in OpenAPI.
/// </summary>
public static class BenchBaselines
{
    public static bool IsEnabled(IConfiguration configuration) => configuration.GetValue("Bench:Enabled", false);

    public static IServiceCollection AddBenchBaselines(this IServiceCollection services, IConfiguration configuration)
    {
        if (IsEnabled(configuration))
        {
            services.AddSingleton(_ => NpgsqlDataSource.Create(configuration.GetConnectionString("Default")!));
        }

        return services;
    }

    public static IEndpointRouteBuilder MapBenchBaselines(this IEndpointRouteBuilder app, IConfiguration configuration)
    {
        if (!IsEnabled(configuration))
        {
            return app;
        }

        // The row SubmitOpinion writes for an online opinion with background, inserted with one raw command.
        app.MapPost("/bench/baseline/dialogues/{id:guid}/opinions", async (Guid id, BaselineOpinion body, NpgsqlDataSource db, TimeProvider clock, CancellationToken ct) =>
            {
                var now = clock.GetUtcNow();
                var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
                var opinionId = Guid.CreateVersion7(now);
                await using var command = db.CreateCommand(
                    """
                    INSERT INTO opinions (id, dialogue_id, channel, text, answers, receipt_token_hash, submitted_at,
                                          background_age_band, background_district, background_relation)
                    VALUES ($1, $2, 'Online', $3, '[]'::jsonb, $4, $5, $6, $7, $8)
                    """);
                command.Parameters.Add(new NpgsqlParameter { Value = opinionId });
                command.Parameters.Add(new NpgsqlParameter { Value = id });
                command.Parameters.Add(new NpgsqlParameter { Value = body.Text ?? "" });
                command.Parameters.Add(new NpgsqlParameter { Value = Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token))) });
                command.Parameters.Add(new NpgsqlParameter { Value = now });
                command.Parameters.Add(new NpgsqlParameter { Value = (object?)Pascal(body.Background?.AgeBand) ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Varchar });
                command.Parameters.Add(new NpgsqlParameter { Value = (object?)body.Background?.District ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Varchar });
                command.Parameters.Add(new NpgsqlParameter { Value = (object?)Pascal(body.Background?.Relation) ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Varchar });
                await command.ExecuteNonQueryAsync(ct);
                return TypedResults.Created($"/api/receipts/{token}", new { opinionId, receiptToken = token });
            })
            .ExcludeFromDescription();

        // The public list and page, the raw way: one SELECT, the rows written straight to JSON by PostgreSQL itself.
        // Which dialogues are public is the domain's rule (Dialogue.IsPublic), written once: the baseline takes EF's SQL
        // for it when it is mapped, and measures only the raw reading.
        var isPublic = PublicCondition(app.ServiceProvider);
        app.MapGet("/bench/baseline/dialogues", async (HttpContext http, NpgsqlDataSource db, CancellationToken ct) =>
            {
                await using var command = db.CreateCommand(
                    $$"""
                    SELECT coalesce(json_agg(d), '[]') FROM (
                      SELECT id, slug, title, summary, committee, status, opens_at, closes_at, forms, target_groups, topics, districts, is_youth_dialogue
                      FROM dialogues AS d WHERE {{isPublic}} ORDER BY published_at DESC NULLS LAST, id DESC LIMIT 20) d
                    """);
                var json = (string)(await command.ExecuteScalarAsync(ct))!;
                return Results.Content(json, "application/json");
            })
            .ExcludeFromDescription();
        app.MapGet("/bench/baseline/dialogues/{slug}", async (string slug, NpgsqlDataSource db, CancellationToken ct) =>
            {
                await using var command = db.CreateCommand(
                    $$"""
                    SELECT row_to_json(d) FROM (
                      SELECT id, slug, title, summary, question, committee, case_number, planned_decision_date, forms, target_groups,
                             places, opens_at, closes_at, status, published_at, topics, districts, participation_level, easy_read_text,
                             fact_links, is_youth_dialogue, questions
                      FROM dialogues AS d WHERE slug = $1 AND {{isPublic}}) d
                    """);
                command.Parameters.Add(new NpgsqlParameter { Value = slug });
                return await command.ExecuteScalarAsync(ct) is string json ? Results.Content(json, "application/json") : Results.NotFound();
            })
            .ExcludeFromDescription();
        return app;
    }

    /// <summary>The WHERE condition EF writes for <see cref="Domain.Dialogue.IsPublic"/>, on a table aliased <c>d</c>.</summary>
    private static string PublicCondition(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Persistence.AppDbContext>();
        var sql = db.Dialogues.Where(Domain.Dialogue.IsPublic).Select(d => d.Id).ToQueryString();
        const string where = "WHERE ";
        return sql[(sql.IndexOf(where, StringComparison.Ordinal) + where.Length)..].Trim();
    }

    /// <summary>Enum values are stored by their C# names ("Age16To25"); JSON has them in camelCase.</summary>
    private static string? Pascal(string? value) => string.IsNullOrEmpty(value) ? value : char.ToUpperInvariant(value[0]) + value[1..];

    /// <summary>The baseline reads the same JSON as SubmitOpinion, without checks.</summary>
    public sealed record BaselineOpinion(string? Text, object? Answers, BaselineBackground? Background, string? FeedbackEmail, bool ConsentToFeedback);

    public sealed record BaselineBackground(string? AgeBand, string? District, string? Relation);
}
