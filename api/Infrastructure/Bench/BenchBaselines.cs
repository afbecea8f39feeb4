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
            services.AddSingleton(_ => NpgsqlDataSource.Create(Persistence.DatabaseSetup.WithoutJit(configuration.GetConnectionString("Default")!))); // as the API's own connections
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

        // The rows SubmitOpinion writes for an online opinion whose answer is map marks: the opinion and one map_marks row
        // per mark, in one raw Npgsql transaction (one batch). The geometry is read by PostGIS from the GeoJSON as sent,
        // its representative point is ST_PointOnSurface (the point itself for a point), nothing is checked.
        app.MapPost("/bench/baseline/dialogues/{id:guid}/opinions-with-marks", async (Guid id, BaselineOpinionWithMarks body, NpgsqlDataSource db, TimeProvider clock, CancellationToken ct) =>
            {
                var now = clock.GetUtcNow();
                var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
                var opinionId = Guid.CreateVersion7(now);
                await using var connection = await db.OpenConnectionAsync(ct);
                await using var transaction = await connection.BeginTransactionAsync(ct);
                await using var batch = new NpgsqlBatch(connection, transaction);
                var opinion = new NpgsqlBatchCommand(
                    """
                    INSERT INTO opinions (id, dialogue_id, channel, text, answers, receipt_token_hash, submitted_at,
                                          background_age_band, background_district, background_relation)
                    VALUES ($1, $2, 'Online', $3, '[]'::jsonb, $4, $5, $6, $7, $8)
                    """);
                opinion.Parameters.Add(new NpgsqlParameter { Value = opinionId });
                opinion.Parameters.Add(new NpgsqlParameter { Value = id });
                opinion.Parameters.Add(new NpgsqlParameter { Value = (body.Text ?? "").Trim() });
                opinion.Parameters.Add(new NpgsqlParameter { Value = Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token))) });
                opinion.Parameters.Add(new NpgsqlParameter { Value = now });
                opinion.Parameters.Add(new NpgsqlParameter { Value = (object?)Pascal(body.Background?.AgeBand) ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Varchar });
                opinion.Parameters.Add(new NpgsqlParameter { Value = (object?)body.Background?.District ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Varchar });
                opinion.Parameters.Add(new NpgsqlParameter { Value = (object?)Pascal(body.Background?.Relation) ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Varchar });
                batch.BatchCommands.Add(opinion);
                var position = 0;
                foreach (var answer in body.Answers ?? [])
                {
                    foreach (var mark in answer.Marks ?? [])
                    {
                        var geometry = mark.Geometry?.GetRawText();
                        var kind = mark.Geometry?.GetProperty("type").GetString() switch
                        {
                            "Point" => "Point",
                            "LineString" => "Line",
                            null => null,
                            _ => "Area",
                        };
                        var row = new NpgsqlBatchCommand(
                            """
                            INSERT INTO map_marks (id, opinion_id, dialogue_id, question_id, position, category_id, kind, geometry, point, place_id, description, comment)
                            SELECT $1, $2, $3, $4, $5, $6, $7, g, ST_PointOnSurface(g), $9, $10, $11
                            FROM (SELECT ST_SetSRID(ST_GeomFromGeoJSON($8), 4326) AS g) AS read
                            """);
                        row.Parameters.Add(new NpgsqlParameter { Value = Guid.CreateVersion7(now) });
                        row.Parameters.Add(new NpgsqlParameter { Value = opinionId });
                        row.Parameters.Add(new NpgsqlParameter { Value = id });
                        row.Parameters.Add(new NpgsqlParameter { Value = answer.QuestionId });
                        row.Parameters.Add(new NpgsqlParameter { Value = position++ });
                        row.Parameters.Add(new NpgsqlParameter { Value = (object?)mark.CategoryId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Uuid });
                        row.Parameters.Add(new NpgsqlParameter { Value = (object?)kind ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Varchar });
                        row.Parameters.Add(new NpgsqlParameter { Value = (object?)geometry ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
                        row.Parameters.Add(new NpgsqlParameter { Value = (object?)mark.PlaceId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Uuid });
                        row.Parameters.Add(new NpgsqlParameter { Value = (object?)mark.Description ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Varchar });
                        row.Parameters.Add(new NpgsqlParameter { Value = (object?)mark.Comment ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Varchar });
                        batch.BatchCommands.Add(row);
                    }
                }

                await batch.ExecuteNonQueryAsync(ct);
                await transaction.CommitAsync(ct);
                return TypedResults.Created($"/api/receipts/{token}", new { opinionId, receiptToken = token });
            })
            .ExcludeFromDescription();

        // The staff results map's data for one view, the raw way: one SQL statement that counts the matching marks and
        // those in view in one scan, then returns either the marks (at most 500 in view) or the grid clusters (an InitPlan
        // PostgreSQL runs only when the CASE needs it), as JSON PostgreSQL builds. The same filters (dialogue, category), the same rule for which opinions count (Opinion.InResult, EF's
        // SQL for it) and the same grid as GetResultMap.
        var inResult = WhereOf(app.ServiceProvider, db => db.Opinions.Where(Domain.Opinion.InResult).Select(o => o.Id));
        var matching = $"m.dialogue_id = $1 AND {inResult} AND m.point IS NOT NULL AND ($7::uuid IS NULL OR m.category_id = $7)";
        app.MapGet("/bench/baseline/dialogues/{id:guid}/result/map", async (Guid id, double west, double south, double east, double north, int zoom, Guid? categoryId,
                NpgsqlDataSource db, CancellationToken ct) =>
            {
                var width = 360.0 / Math.Pow(2, zoom) * 60 / 256;
                var height = width * Math.Cos((south + north) / 2 * Math.PI / 180);
                await using var command = db.CreateCommand(
                    $$"""
                    SELECT json_build_object(
                      'total', c.total, 'inView', c.in_view,
                      'clusters', CASE WHEN c.in_view > 500 THEN (
                          SELECT coalesce(json_agg(json_build_object('longitude', x, 'latitude', y, 'count', n) ORDER BY n DESC), '[]')
                          FROM (SELECT avg(m.longitude) AS x, avg(m.latitude) AS y, count(*) AS n
                                FROM map_marks AS m JOIN opinions AS o ON o.id = m.opinion_id
                                WHERE {{matching}} AND ST_Intersects(m.point, ST_MakeEnvelope($2, $3, $4, $5, 4326))
                                GROUP BY floor(m.longitude / $6), floor(m.latitude / $8)) AS cells) ELSE '[]' END,
                      'marks', CASE WHEN c.in_view <= 500 THEN (
                          SELECT coalesce(json_agg(json_build_object('id', m.id, 'opinionId', m.opinion_id, 'questionId', m.question_id, 'categoryId', m.category_id,
                                   'geometry', ST_AsGeoJSON(m.geometry)::json, 'comment', m.comment,
                                   'channel', lower(left(o.channel, 1)) || substr(o.channel, 2), 'placeId', m.place_id) ORDER BY m.id), '[]')
                          FROM map_marks AS m JOIN opinions AS o ON o.id = m.opinion_id
                          WHERE {{matching}} AND ST_Intersects(m.point, ST_MakeEnvelope($2, $3, $4, $5, 4326))) ELSE '[]' END)
                    FROM (SELECT count(*) AS total, count(*) FILTER (WHERE m.longitude BETWEEN $2 AND $4 AND m.latitude BETWEEN $3 AND $5) AS in_view
                          FROM map_marks AS m JOIN opinions AS o ON o.id = m.opinion_id
                          WHERE {{matching}}) AS c
                    """);
                command.Parameters.Add(new NpgsqlParameter { Value = id });
                command.Parameters.Add(new NpgsqlParameter { Value = west });
                command.Parameters.Add(new NpgsqlParameter { Value = south });
                command.Parameters.Add(new NpgsqlParameter { Value = east });
                command.Parameters.Add(new NpgsqlParameter { Value = north });
                command.Parameters.Add(new NpgsqlParameter { Value = width });
                command.Parameters.Add(new NpgsqlParameter { Value = (object?)categoryId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Uuid });
                command.Parameters.Add(new NpgsqlParameter { Value = height });
                var json = (string)(await command.ExecuteScalarAsync(ct))!;
                return Results.Content(json, "application/json");
            })
            .ExcludeFromDescription();

        // The staff opinions list (ListDialogueOpinions) the raw way: one SQL statement that counts the matching opinions
        // and returns one page of them (best match first, else newest first), as JSON PostgreSQL builds. The same search as
        // the use case (full text or parts of words on opinion_texts, the same words), the same filters (theme, untagged), the same rule for which
        // opinions count (Opinion.InResult, EF's SQL for it). The statement's text depends on which filters are given,
        // as EF's does, so a prepared statement never carries a generic plan for filters it does not use. Answers are
        // returned as stored (the use case also puts each question's text beside its answer and map marks in words).
        var opinionInResult = WhereOf(app.ServiceProvider, db => db.Opinions.Where(Domain.Opinion.InResult).Select(o => o.Id));
        app.MapGet("/bench/baseline/dialogues/{id:guid}/opinions", async (Guid id, string? q, Guid? themeId, bool? untagged, int? page, int? pageSize,
                NpgsqlDataSource db, CancellationToken ct) =>
            {
                var size = pageSize ?? 50;
                var number = page ?? 1;
                await using var command = db.CreateCommand();
                command.Parameters.Add(new NpgsqlParameter { Value = id });
                command.Parameters.Add(new NpgsqlParameter { Value = (number - 1) * size });
                command.Parameters.Add(new NpgsqlParameter { Value = size });
                command.Parameters.Add(new NpgsqlParameter { Value = number });
                var where = $"o.dialogue_id = $1 AND {opinionInResult}";
                var order = "o.submitted_at DESC, o.id DESC";
                if (Features.DialogueResults.Common.OpinionMatches.Words(q) is { } words)
                {
                    // The same search as the use case: Swedish full text, or every plain word as part of a longer one,
                    // on opinion_texts; ranked by ts_rank_cd, then newest first.
                    command.Parameters.Add(new NpgsqlParameter { Value = words.Text, NpgsqlDbType = NpgsqlDbType.Text });
                    var query = $"websearch_to_tsquery('swedish'::regconfig, ${command.Parameters.Count})";
                    var parts = new List<string>();
                    foreach (var part in words.Parts)
                    {
                        command.Parameters.Add(new NpgsqlParameter { Value = "%" + part + "%", NpgsqlDbType = NpgsqlDbType.Text });
                        parts.Add($"t.search_text ILIKE ${command.Parameters.Count}");
                    }

                    var either = parts.Count == 0 ? "" : $" OR ({string.Join(" AND ", parts)})";
                    where += $" AND o.id IN (SELECT t.opinion_id FROM opinion_texts AS t WHERE t.search_vector @@ {query}{either})";
                    order = $"(SELECT ts_rank_cd(t.search_vector, {query}) FROM opinion_texts AS t WHERE t.opinion_id = o.id) DESC, {order}";
                }

                if (themeId is { } theme)
                {
                    command.Parameters.Add(new NpgsqlParameter { Value = theme });
                    where += $" AND o.theme_ids @> ARRAY[${command.Parameters.Count}]::uuid[]";
                }

                if (untagged == true)
                {
                    where += " AND cardinality(o.theme_ids) = 0";
                }

                command.CommandText =
                    $$"""
                    SELECT json_build_object(
                      'items', (SELECT coalesce(json_agg(json_build_object('id', r.id, 'channel', lower(left(r.channel, 1)) || substr(r.channel, 2),
                                  'submittedAt', r.submitted_at, 'text', r.text, 'answers', r.answers, 'ageBand', lower(left(r.background_age_band, 1)) || substr(r.background_age_band, 2),
                                  'district', r.background_district, 'relation', lower(left(r.background_relation, 1)) || substr(r.background_relation, 2),
                                  'themeIds', r.theme_ids, 'withdrawn', r.withdrawn_at IS NOT NULL, 'moderation', lower(left(r.moderation, 1)) || substr(r.moderation, 2))
                                  ORDER BY r.place), '[]')
                                FROM (SELECT *, row_number() OVER () AS place FROM (SELECT * FROM opinions AS o WHERE {{where}} ORDER BY {{order}} OFFSET $2 LIMIT $3) AS p) AS r),
                      'total', (SELECT count(*) FROM opinions AS o WHERE {{where}}),
                      'page', $4, 'pageSize', $3)
                    """;
                var json = (string)(await command.ExecuteScalarAsync(ct))!;
                return Results.Content(json, "application/json");
            })
            .ExcludeFromDescription();

        // The public list and page, the raw way: one SELECT each, the JSON the endpoint answers with built by PostgreSQL
        // itself (the same fields, names and enum values; json_agg and json_build_object). Which dialogues are public and
        // which opinions count are the domain's rules (Dialogue.IsPublic, Opinion.InResult), written once: the baselines
        // take EF's SQL for them, and measure only the raw reading. The list: the first page of 20 with its total; the
        // translations' titles and summaries. The page: the dialogue with its sessions, places, fact links, districts
        // (names), officials, documents, opinion count and feedback date; its questionnaire, translations and map places
        // are returned as stored (the use case maps them to their DTOs, which have the same content).
        var isPublic = PublicCondition(app.ServiceProvider);
        static string Camel(string sql) => $"lower(left({sql}, 1)) || substr({sql}, 2)";
        static string Enums(string column) => $"(SELECT coalesce(json_agg({Camel("x")} ORDER BY n), '[]') FROM unnest({column}) WITH ORDINALITY AS e(x, n))";
        app.MapGet("/bench/baseline/dialogues", async (HttpContext http, NpgsqlDataSource db, CancellationToken ct) =>
            {
                await using var command = db.CreateCommand(
                    $$"""
                    SELECT json_build_object(
                      'items', (SELECT coalesce(json_agg(json_build_object(
                                  'id', d.id, 'slug', d.slug, 'title', d.title, 'summary', d.summary, 'committee', d.committee,
                                  'forms', {{Enums("d.forms")}}, 'targetGroups', {{Enums("d.target_groups")}},
                                  'opensAt', d.opens_at, 'closesAt', d.closes_at, 'status', {{Camel("d.status")}}, 'publishedAt', d.published_at,
                                  'translations', (SELECT coalesce(json_agg(json_build_object('language', t->>'language', 'title', t->>'title', 'summary', t->>'summary') ORDER BY n), '[]')
                                                   FROM jsonb_array_elements(d.translations) WITH ORDINALITY AS e(t, n)))
                                  ORDER BY d.published_at DESC, d.id DESC), '[]')
                                FROM (SELECT id, slug, title, summary, committee, forms, target_groups, opens_at, closes_at, status, published_at, translations
                                      FROM dialogues AS d WHERE {{isPublic}} ORDER BY published_at DESC, id DESC LIMIT 20) AS d),
                      'page', 1, 'pageSize', 20,
                      'totalCount', (SELECT count(*) FROM dialogues AS d WHERE {{isPublic}}))
                    """);
                var json = (string)(await command.ExecuteScalarAsync(ct))!;
                return Results.Content(json, "application/json");
            })
            .ExcludeFromDescription();
        app.MapGet("/bench/baseline/dialogues/{slug}", async (string slug, NpgsqlDataSource db, CancellationToken ct) =>
            {
                await using var command = db.CreateCommand(
                    $$"""
                    SELECT json_build_object(
                      'id', d.id, 'slug', d.slug, 'title', d.title, 'summary', d.summary, 'question', d.question, 'committee', d.committee,
                      'caseNumber', d.case_number, 'plannedDecisionDate', d.planned_decision_date,
                      'forms', {{Enums("d.forms")}}, 'targetGroups', {{Enums("d.target_groups")}},
                      'places', (SELECT coalesce(json_agg(json_build_object('name', p->>'Name', 'address', p->>'Address', 'url', p->>'Url', 'accessibility', p->>'Accessibility') ORDER BY n), '[]')
                                 FROM jsonb_array_elements(d.places) WITH ORDINALITY AS e(p, n)),
                      'opensAt', d.opens_at, 'closesAt', d.closes_at, 'status', {{Camel("d.status")}}, 'publishedAt', d.published_at,
                      'cancellationReason', d.cancellation_reason,
                      'sessions', (SELECT coalesce(json_agg(json_build_object('id', s.id, 'form', {{Camel("s.form")}}, 'title', s.title, 'startsAt', s.starts_at, 'endsAt', s.ends_at,
                                     'placeName', s.place_name, 'address', s.address, 'onlineUrl', s.online_url,
                                     'accessibility', json_build_object('stepFreeAccess', s.accessibility_step_free_access, 'hearingLoop', s.accessibility_hearing_loop,
                                        'interpretation', s.accessibility_interpretation, 'signLanguage', s.accessibility_sign_language, 'notes', s.accessibility_notes),
                                     'capacity', s.capacity, 'signUpRequired', s.sign_up_required, 'signUpCount', s.sign_up_count,
                                     'placesLeft', CASE WHEN s.capacity IS NULL THEN NULL ELSE greatest(0, s.capacity - s.sign_up_count) END) ORDER BY s.starts_at, s.id), '[]')
                                   FROM dialogue_sessions AS s WHERE s.dialogue_id = d.id),
                      'topics', to_json(d.topics), 'participationLevel', {{Camel("d.participation_level")}}, 'easyReadText', d.easy_read_text,
                      'factLinks', (SELECT coalesce(json_agg(json_build_object('title', l->>'Title', 'url', l->>'Url') ORDER BY n), '[]')
                                    FROM jsonb_array_elements(d.fact_links) WITH ORDINALITY AS e(l, n)),
                      'isYouthDialogue', d.is_youth_dialogue,
                      'districts', (SELECT coalesce(json_agg(json_build_object('code', x.code, 'name', x.name) ORDER BY x.sort_order, x.code), '[]')
                                    FROM districts AS x WHERE x.code = ANY (d.districts)),
                      'opinionCount', (SELECT count(*) FROM opinions AS o WHERE o.dialogue_id = d.id AND {{inResult}}),
                      'documents', (SELECT coalesce(json_agg(json_build_object('id', f.id, 'title', f.title, 'fileName', f.file_name, 'contentType', f.content_type,
                                      'sizeBytes', f.size_bytes, 'url', '/api/documents/' || f.id) ORDER BY f.uploaded_at), '[]')
                                    FROM fact_documents AS f WHERE f.dialogue_id = d.id),
                      'feedbackPublishedAt', (SELECT f.published_at FROM feedbacks AS f WHERE f.dialogue_id = d.id LIMIT 1),
                      'questions', d.questions,
                      'map', CASE WHEN d.map_area IS NULL AND d.map_start IS NULL AND jsonb_array_length(d.map_places) = 0 THEN NULL
                                  ELSE json_build_object('area', ST_AsGeoJSON(d.map_area)::json, 'startView', d.map_start, 'places', d.map_places) END,
                      'responsibleOfficials', (SELECT coalesce(json_agg(json_build_object('id', e.id, 'name', e.name, 'party', e.party, 'role', e.role,
                                                 'publicEmail', e.public_email, 'publicPhone', e.public_phone, 'officeHours', e.office_hours) ORDER BY e.name, e.id), '[]')
                                               FROM elected_officials AS e WHERE e.id = ANY (d.responsible_official_ids)),
                      'opinionVisibility', {{Camel("d.opinion_visibility")}},
                      'moderation', {{Camel("coalesce(d.moderation_mode, CASE WHEN d.is_youth_dialogue THEN 'PreModeration' ELSE 'PostModeration' END)")}},
                      'moderationIsDefault', d.moderation_mode IS NULL,
                      'translations', d.translations)
                    FROM dialogues AS d WHERE d.slug = $1 AND {{isPublic}}
                    """);
                command.Parameters.Add(new NpgsqlParameter { Value = slug });
                return await command.ExecuteScalarAsync(ct) is string json ? Results.Content(json, "application/json") : Results.NotFound();
            })
            .ExcludeFromDescription();
        return app;
    }

    /// <summary>The WHERE condition EF writes for <see cref="Domain.Dialogue.IsPublic"/>, on a table aliased <c>d</c>.</summary>
    private static string PublicCondition(IServiceProvider services) =>
        WhereOf(services, db => db.Dialogues.Where(Domain.Dialogue.IsPublic).Select(d => d.Id));

    /// <summary>The WHERE condition of the SQL EF writes for a query on one table (aliased by EF: <c>d</c> for
    /// dialogues, <c>o</c> for opinions).</summary>
    private static string WhereOf<T>(IServiceProvider services, Func<Persistence.AppDbContext, IQueryable<T>> query)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Persistence.AppDbContext>();
        var sql = query(db).ToQueryString();
        const string where = "WHERE ";
        return sql[(sql.IndexOf(where, StringComparison.Ordinal) + where.Length)..].Trim();
    }

    /// <summary>Enum values are stored by their C# names ("Age16To25"); JSON has them in camelCase.</summary>
    private static string? Pascal(string? value) => string.IsNullOrEmpty(value) ? value : char.ToUpperInvariant(value[0]) + value[1..];

    /// <summary>The baseline reads the same JSON as SubmitOpinion, without checks.</summary>
    public sealed record BaselineOpinion(string? Text, object? Answers, BaselineBackground? Background, string? FeedbackEmail, bool ConsentToFeedback);

    public sealed record BaselineBackground(string? AgeBand, string? District, string? Relation);

    /// <summary>The same JSON as SubmitOpinion with a map question's answer, read without checks.</summary>
    public sealed record BaselineOpinionWithMarks(string? Text, IReadOnlyList<BaselineAnswer>? Answers, BaselineBackground? Background, string? FeedbackEmail, bool ConsentToFeedback);

    public sealed record BaselineAnswer(Guid QuestionId, string? Text, IReadOnlyList<Guid>? OptionIds, int? Scale, IReadOnlyList<BaselineMark>? Marks);

    public sealed record BaselineMark(System.Text.Json.JsonElement? Geometry, Guid? PlaceId, string? Description, Guid? CategoryId, string? Comment);
}
