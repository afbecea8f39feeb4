using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Features.Dialogues;
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
        var server = new NpgsqlConnectionStringBuilder(TestEnvironment.Database.ConnectionString);
        var name = $"medborgardialog_migrations_{Environment.ProcessId}";
        await ExecuteAsync(server, "postgres", $"DROP DATABASE IF EXISTS {name} WITH (FORCE); ");
        await ExecuteAsync(server, "postgres", $"CREATE DATABASE {name}");
        var options = new DbContextOptionsBuilder<AppDbContext>()
            .UseNpgsql(new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = name, Pooling = false }.ConnectionString)
            .UseSnakeCaseNamingConvention()
            .Options;
        try
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

                var details = await db.Dialogues.AsNoTracking().ProjectToDetails().SingleAsync();
                details.Slug.Should().Be("gammal-dialog");

                // And it still takes the next step, with its audit trail.
                dialogue.Open(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero), Actor.Schedule);
                await db.SaveChangesAsync();
            }
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server, "postgres", $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
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
