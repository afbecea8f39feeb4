using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Medborgardialog.Api.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class OpinionsRequireOpenDialogue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A database invariant beside the domain rule (Dialogue.EnsureAcceptsOpinions): an online opinion goes
            // only into an open dialogue, an offline one into an open or closed one. Checked with the insert itself,
            // so SubmitOpinion needs no separate read and a dialogue closing at the same moment cannot slip one in.
            migrationBuilder.Sql("""
                CREATE FUNCTION opinions_require_accepting_dialogue() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  IF NOT EXISTS (
                    SELECT 1 FROM dialogues d
                    WHERE d.id = NEW.dialogue_id
                      AND (d.status = 'Open' OR (NEW.channel <> 'Online' AND d.status = 'Closed'))) THEN
                    RAISE EXCEPTION 'The dialogue % does not accept this opinion.', NEW.dialogue_id USING ERRCODE = 'MD001';
                  END IF;
                  RETURN NEW;
                END $$;
                CREATE TRIGGER opinions_require_accepting_dialogue BEFORE INSERT ON opinions
                  FOR EACH ROW EXECUTE FUNCTION opinions_require_accepting_dialogue();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS opinions_require_accepting_dialogue ON opinions;
                DROP FUNCTION IF EXISTS opinions_require_accepting_dialogue();
                """);
        }
    }
}
