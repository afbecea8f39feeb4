using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Features.Dialogues;
using Medborgardialog.Api.Features.Dialogues.Common;
using Medborgardialog.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace Medborgardialog.Api.Tests.Infrastructure;

/// <summary>
/// Migrations run on databases that hold data, not only on empty ones: a dialogue written under the first
/// migration must survive every later one and read back through today's model.
/// </summary>
public sealed class MigrationTests
{
    [Test]
    public async Task A_dialogue_from_the_first_migration_survives_every_later_migration()
    {
        await WithDatabaseAsync("migrations", async (server, name, options) =>
        {
            await using (var db = new AppDbContext(options))
            {
                var migrations = db.Database.GetMigrations().ToList();
                await db.GetService<IMigrator>().MigrateAsync(migrations[0]);
                await ExecuteAsync(server, name, """
                    INSERT INTO dialogues (id, slug, title, summary, question, committee, case_number, planned_decision_date,
                                           forms, target_groups, opens_at, closes_at, status, created_at, published_at, places)
                    VALUES ('01a20000-0000-7000-8000-000000000001', 'gammal-dialog', 'Gammal dialog', 'Sammanfattning', 'Fråga?',
                            'Kommunstyrelsen', 'KS 2026/1', '2027-01-15', '{Survey,OpenMeeting}', '{YoungPeople}',
                            '2026-12-01 08:00+00', '2026-12-31 08:00+00', 'Announced', '2026-11-01 08:00+00', '2026-11-02 08:00+00',
                            '[{"Name":"Folkets hus","Address":"Kungsvägen 32","Url":null,"Accessibility":"Hiss"}]')
                    """);

                await db.Database.MigrateAsync();

                (await db.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
            }

            await using (var db = new AppDbContext(options))
            {
                var dialogue = await db.Dialogues.Include(d => d.Sessions).SingleAsync();
                dialogue.Title.Should().Be("Gammal dialog");
                dialogue.Forms.Should().Equal(DialogueForm.Survey, DialogueForm.OpenMeeting);
                dialogue.Places.Should().Equal(new Place("Folkets hus", "Kungsvägen 32", null, "Hiss"));
                dialogue.Topics.Should().BeEmpty();
                dialogue.Districts.Should().BeEmpty();
                dialogue.FactLinks.Should().BeEmpty();
                dialogue.ResponsibleOfficialIds.Should().BeEmpty();
                dialogue.ParticipationLevel.Should().Be(ParticipationLevel.Consult);
                dialogue.StatusChangeCount.Should().Be(0);

                var details = await new GetDialogueHandler(db, null!).Handle(new GetDialogueQuery("gammal-dialog", IncludeDrafts: true, BySlug: true), CancellationToken.None);
                details.Slug.Should().Be("gammal-dialog");

                // And it still takes the next step, with its audit trail.
                dialogue.Open(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero), Actor.Schedule);
                await db.SaveChangesAsync();
            }
        });
    }

    [Test]
    public async Task Dialogues_decided_before_decisions_had_a_status_become_decided_or_feedback_published_with_their_history()
    {
        await WithDatabaseAsync("lifecycle", async (server, name, options) =>
        {
            await using (var db = new AppDbContext(options))
            {
                var migrations = db.Database.GetMigrations().ToList();
                var before = migrations[migrations.FindIndex(m => m.EndsWith("_DecidedAndFeedbackPublished", StringComparison.Ordinal)) - 1];
                await db.GetService<IMigrator>().MigrateAsync(before);
                await ExecuteAsync(server, name, """
                    INSERT INTO dialogues (id, slug, title, summary, question, committee, forms, target_groups, opens_at, closes_at,
                                           status, created_at, published_at, places, status_change_count)
                    VALUES ('01a20000-0000-7000-8000-00000000000a', 'beslutad', 'Beslutad', 'S', 'F?', 'KS', '{Survey}', '{}',
                            '2026-12-01 08:00+00', '2026-12-31 08:00+00', 'Closed', '2026-11-01 08:00+00', '2026-11-02 08:00+00', '[]', 3),
                           ('01a20000-0000-7000-8000-00000000000b', 'aterkopplad', 'Återkopplad', 'S', 'F?', 'KS', '{Survey}', '{}',
                            '2026-12-01 08:00+00', '2026-12-31 08:00+00', 'Closed', '2026-11-01 08:00+00', '2026-11-02 08:00+00', '[]', 3),
                           ('01a20000-0000-7000-8000-00000000000c', 'avslutad', 'Avslutad', 'S', 'F?', 'KS', '{Survey}', '{}',
                            '2026-12-01 08:00+00', '2026-12-31 08:00+00', 'Closed', '2026-11-01 08:00+00', '2026-11-02 08:00+00', '[]', 3);
                    INSERT INTO dialogue_status_changes (id, dialogue_id, number, "from", "to", at, by_user_id, by_name)
                    SELECT gen_random_uuid(), d.id, n, f, t, at, NULL, 'Schedule'
                    FROM dialogues d, (VALUES (1, 'Draft', 'Announced', timestamptz '2026-11-02 08:00+00'),
                                              (2, 'Announced', 'Open', timestamptz '2026-12-01 08:00+00'),
                                              (3, 'Open', 'Closed', timestamptz '2026-12-31 08:00+00')) AS s(n, f, t, at);
                    INSERT INTO decisions (dialogue_id, committee, decided_on, text, how_result_was_used, recorded_at)
                    VALUES ('01a20000-0000-7000-8000-00000000000a', 'KS', '2027-01-20', 'Beslut', 'Så', '2027-01-21 09:00+00'),
                           ('01a20000-0000-7000-8000-00000000000b', 'KS', '2027-01-20', 'Beslut', 'Så', '2027-01-22 09:00+00');
                    INSERT INTO feedbacks (id, dialogue_id, text, press_summary, published_at, recipients, links)
                    VALUES ('01a20000-0000-7000-8000-0000000000fb', '01a20000-0000-7000-8000-00000000000b', 'Tack', 'Press',
                            '2027-01-25 10:00+00', 0, '[]');
                    """);

                await db.Database.MigrateAsync();
            }

            await using (var db = new AppDbContext(options))
            {
                var dialogues = await db.Dialogues.Include(d => d.StatusChanges).OrderBy(d => d.Id).ToListAsync();
                dialogues.Select(d => (d.Slug, d.Status, d.StatusChangeCount)).Should().Equal(
                    ("beslutad", DialogueStatus.Decided, 4),
                    ("aterkopplad", DialogueStatus.FeedbackPublished, 5),
                    ("avslutad", DialogueStatus.Closed, 3));
                var decided = dialogues[0].StatusChanges.OrderBy(c => c.Number).Last();
                (decided.From, decided.To, decided.At, decided.ByName, decided.ByUserId).Should().Be(
                    (DialogueStatus.Closed, DialogueStatus.Decided, new DateTimeOffset(2027, 1, 21, 9, 0, 0, TimeSpan.Zero), "System", (Guid?)null));
                dialogues[1].StatusChanges.OrderBy(c => c.Number).Skip(3).Select(c => (c.Number, c.From, c.To, c.At)).Should().Equal(
                    (4, DialogueStatus.Closed, DialogueStatus.Decided, new DateTimeOffset(2027, 1, 22, 9, 0, 0, TimeSpan.Zero)),
                    (5, DialogueStatus.Decided, DialogueStatus.FeedbackPublished, new DateTimeOffset(2027, 1, 25, 10, 0, 0, TimeSpan.Zero)));

                // The database guard follows: an offline opinion is still accepted once decided, an online one is not.
                var accepted = await InsertOpinionAsync(server, name, "01a20000-0000-7000-8000-00000000000a", "Paper");
                var refused = await InsertOpinionAsync(server, name, "01a20000-0000-7000-8000-00000000000a", "Online");
                (accepted, refused).Should().Be((true, false));
            }
        });
    }

    /// <summary>Runs <paramref name="test"/> on a database of its own, dropped afterwards.</summary>
    private static async Task WithDatabaseAsync(string purpose, Func<NpgsqlConnectionStringBuilder, string, DbContextOptions<AppDbContext>, Task> test)
    {
        var server = new NpgsqlConnectionStringBuilder(TestEnvironment.Database.ConnectionString);
        var name = $"medborgardialog_{purpose}_{Environment.ProcessId}";
        await ExecuteAsync(server, "postgres", $"DROP DATABASE IF EXISTS {name} WITH (FORCE); ");
        await ExecuteAsync(server, "postgres", $"CREATE DATABASE {name}");
        var options = new DbContextOptionsBuilder<AppDbContext>()
            .UseNpgsql(new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = name, Pooling = false }.ConnectionString, npgsql => npgsql.UseNetTopologySuite())
            .UseSnakeCaseNamingConvention()
            .Options;
        try
        {
            await test(server, name, options);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server, "postgres", $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        }
    }

    private static async Task<bool> InsertOpinionAsync(NpgsqlConnectionStringBuilder server, string database, string dialogueId, string channel)
    {
        try
        {
            await ExecuteAsync(server, database, $"""
                INSERT INTO opinions (id, dialogue_id, channel, text, answers, receipt_token_hash, submitted_at)
                VALUES (gen_random_uuid(), '{dialogueId}', '{channel}', 'En synpunkt', '[]'::jsonb, md5(random()::text), now())
                """);
            return true;
        }
        catch (PostgresException e) when (e.SqlState == "MD001")
        {
            return false;
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnectionStringBuilder server, string database, string sql)
    {
        var builder = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = database, Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
