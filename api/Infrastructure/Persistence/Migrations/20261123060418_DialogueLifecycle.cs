using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Medborgardialog.Api.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DialogueLifecycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "cancellation_reason",
                table: "dialogues",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "dialogue_status_changes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    from = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    to = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    dialogue_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dialogue_status_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_dialogue_status_changes_dialogues_dialogue_id",
                        column: x => x.dialogue_id,
                        principalTable: "dialogues",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_dialogues_status_closes_at",
                table: "dialogues",
                columns: new[] { "status", "closes_at" });

            migrationBuilder.CreateIndex(
                name: "ix_dialogues_status_opens_at",
                table: "dialogues",
                columns: new[] { "status", "opens_at" });

            migrationBuilder.CreateIndex(
                name: "ix_dialogue_status_changes_dialogue_id_at",
                table: "dialogue_status_changes",
                columns: new[] { "dialogue_id", "at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dialogue_status_changes");

            migrationBuilder.DropIndex(
                name: "ix_dialogues_status_closes_at",
                table: "dialogues");

            migrationBuilder.DropIndex(
                name: "ix_dialogues_status_opens_at",
                table: "dialogues");

            migrationBuilder.DropColumn(
                name: "cancellation_reason",
                table: "dialogues");
        }
    }
}
