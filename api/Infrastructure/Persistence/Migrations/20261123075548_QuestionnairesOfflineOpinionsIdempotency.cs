using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Medborgardialog.Api.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class QuestionnairesOfflineOpinionsIdempotency : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "answers",
                table: "opinions",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]"); // existing rows: no questionnaire / no answers

            migrationBuilder.AddColumn<Guid>(
                name: "registered_by_user_id",
                table: "opinions",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "session_id",
                table: "opinions",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "questions",
                table: "dialogues",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]"); // existing rows: no questionnaire / no answers

            migrationBuilder.CreateTable(
                name: "idempotency_records",
                columns: table => new
                {
                    scope = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    request_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    response_json = table.Column<string>(type: "jsonb", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_idempotency_records", x => new { x.scope, x.key });
                });

            migrationBuilder.CreateIndex(
                name: "ix_opinions_session_id",
                table: "opinions",
                column: "session_id");

            migrationBuilder.CreateIndex(
                name: "ix_idempotency_records_created_at",
                table: "idempotency_records",
                column: "created_at");

            migrationBuilder.AddForeignKey(
                name: "fk_opinions_dialogue_sessions_session_id",
                table: "opinions",
                column: "session_id",
                principalTable: "dialogue_sessions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_opinions_dialogue_sessions_session_id",
                table: "opinions");

            migrationBuilder.DropTable(
                name: "idempotency_records");

            migrationBuilder.DropIndex(
                name: "ix_opinions_session_id",
                table: "opinions");

            migrationBuilder.DropColumn(
                name: "answers",
                table: "opinions");

            migrationBuilder.DropColumn(
                name: "registered_by_user_id",
                table: "opinions");

            migrationBuilder.DropColumn(
                name: "session_id",
                table: "opinions");

            migrationBuilder.DropColumn(
                name: "questions",
                table: "dialogues");
        }
    }
}
