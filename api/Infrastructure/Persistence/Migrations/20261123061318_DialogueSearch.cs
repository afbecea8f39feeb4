using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace Medborgardialog.Api.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DialogueSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_dialogue_status_changes_dialogue_id_at",
                table: "dialogue_status_changes");

            migrationBuilder.AddColumn<int>(
                name: "status_change_count",
                table: "dialogues",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "number",
                table: "dialogue_status_changes",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "search_vector",
                table: "dialogues",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "to_tsvector('swedish', coalesce(title, '') || ' ' || coalesce(summary, '') || ' ' || coalesce(question, '') || ' ' || coalesce(committee, ''))",
                stored: true);

            // Number the changes already recorded, in the order they were made, and count them per dialogue.
            migrationBuilder.Sql("""
                UPDATE dialogue_status_changes c SET number = n.number
                FROM (SELECT id, row_number() OVER (PARTITION BY dialogue_id ORDER BY at, id) AS number
                      FROM dialogue_status_changes) n
                WHERE c.id = n.id;
                UPDATE dialogues d SET status_change_count =
                    (SELECT count(*) FROM dialogue_status_changes c WHERE c.dialogue_id = d.id);
                """);

            migrationBuilder.CreateIndex(
                name: "ix_dialogues_search_vector",
                table: "dialogues",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "GIN");

            migrationBuilder.CreateIndex(
                name: "ix_dialogue_status_changes_dialogue_id_number",
                table: "dialogue_status_changes",
                columns: new[] { "dialogue_id", "number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_dialogues_search_vector",
                table: "dialogues");

            migrationBuilder.DropIndex(
                name: "ix_dialogue_status_changes_dialogue_id_number",
                table: "dialogue_status_changes");

            migrationBuilder.DropColumn(
                name: "search_vector",
                table: "dialogues");

            migrationBuilder.DropColumn(
                name: "status_change_count",
                table: "dialogues");

            migrationBuilder.DropColumn(
                name: "number",
                table: "dialogue_status_changes");

            migrationBuilder.CreateIndex(
                name: "ix_dialogue_status_changes_dialogue_id_at",
                table: "dialogue_status_changes",
                columns: new[] { "dialogue_id", "at" });
        }
    }
}
