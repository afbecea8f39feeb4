using System.Security.Cryptography;
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
        return app;
    }

    /// <summary>Enum values are stored by their C# names ("Age16To25"); JSON has them in camelCase.</summary>
    private static string? Pascal(string? value) => string.IsNullOrEmpty(value) ? value : char.ToUpperInvariant(value[0]) + value[1..];

    /// <summary>The baseline reads the same JSON as SubmitOpinion, without checks.</summary>
    public sealed record BaselineOpinion(string? Text, object? Answers, BaselineBackground? Background, string? FeedbackEmail, bool ConsentToFeedback);

    public sealed record BaselineBackground(string? AgeBand, string? District, string? Relation);
}
