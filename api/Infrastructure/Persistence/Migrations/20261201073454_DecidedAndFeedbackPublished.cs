using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Medborgardialog.Api.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// Recording the decision now moves a dialogue Closed → Decided, publishing feedback Decided → FeedbackPublished
    /// (Dialogue.RecordDecision, Dialogue.PublishFeedback). Dialogues decided before this stayed Closed: they take the
    /// steps they missed, each in the history as done by the system at the decision's and the feedback's own time.
    /// The database guard on opinions follows the domain rule (Dialogue.EnsureAcceptsOfflineOpinions): an offline
    /// opinion is accepted by a dialogue that is open or has closed, and a decided dialogue has closed.
    /// </summary>
    public partial class DecidedAndFeedbackPublished : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Step("Closed", "Decided", "decisions", "recorded_at"));
            migrationBuilder.Sql(Step("Decided", "FeedbackPublished", "feedbacks", "published_at"));
            migrationBuilder.Sql(AcceptingDialogue("'Closed', 'Decided', 'FeedbackPublished'"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(AcceptingDialogue("'Closed'"));
            migrationBuilder.Sql("""
                DELETE FROM dialogue_status_changes WHERE "to" IN ('Decided', 'FeedbackPublished');
                UPDATE dialogues d SET status = 'Closed',
                  status_change_count = coalesce((SELECT max(c.number) FROM dialogue_status_changes c WHERE c.dialogue_id = d.id), 0)
                WHERE d.status IN ('Decided', 'FeedbackPublished');
                """);
        }

        /// <summary>Moves the dialogues in <paramref name="from"/> that have a row in <paramref name="table"/> to
        /// <paramref name="to"/>, with the history row: by the system, at that row's <paramref name="at"/>.</summary>
        private static string Step(string from, string to, string table, string at) => $"""
            WITH moved AS (
              UPDATE dialogues d SET status = '{to}', status_change_count = d.status_change_count + 1
              FROM {table} x
              WHERE x.dialogue_id = d.id AND d.status = '{from}'
              RETURNING d.id, d.status_change_count AS number, x.{at} AS at)
            INSERT INTO dialogue_status_changes (id, dialogue_id, number, "from", "to", at, by_user_id, by_name, reason)
            SELECT gen_random_uuid(), id, number, '{from}', '{to}', at, NULL, 'System', NULL FROM moved;
            """;

        private static string AcceptingDialogue(string closedStatuses) => $$"""
            CREATE OR REPLACE FUNCTION opinions_require_accepting_dialogue() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF NOT EXISTS (
                SELECT 1 FROM dialogues d
                WHERE d.id = NEW.dialogue_id
                  AND (d.status = 'Open' OR (NEW.channel <> 'Online' AND d.status IN ({{closedStatuses}})))) THEN
                RAISE EXCEPTION 'The dialogue % does not accept this opinion.', NEW.dialogue_id USING ERRCODE = 'MD001';
              END IF;
              RETURN NEW;
            END $$;
            """;
    }
}
