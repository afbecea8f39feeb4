using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Medborgardialog.Api.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Moderation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "awaiting_review_since",
                table: "opinions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "content_hits",
                table: "opinions",
                type: "jsonb",
                nullable: false,
                defaultValueSql: "'[]'::jsonb");

            migrationBuilder.AddColumn<string>(
                name: "hidden_reason",
                table: "opinions",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "moderated_at",
                table: "opinions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "moderated_by_user_id",
                table: "opinions",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "moderation",
                table: "opinions",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "Unreviewed");

            migrationBuilder.AddColumn<bool>(
                name: "near_duplicate",
                table: "opinions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "police_report_marked_at",
                table: "opinions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "police_report_marked_by_user_id",
                table: "opinions",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "police_report_note",
                table: "opinions",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "reports_since_review",
                table: "opinions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "text_erased_at",
                table: "opinions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "moderation_mode",
                table: "dialogues",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "opinion_visibility",
                table: "dialogues",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Internal");

            migrationBuilder.CreateTable(
                name: "moderation_log",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    opinion_id = table.Column<Guid>(type: "uuid", nullable: false),
                    dialogue_id = table.Column<Guid>(type: "uuid", nullable: false),
                    action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    actor_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_moderation_log", x => x.id);
                    table.ForeignKey(
                        name: "fk_moderation_log_opinions_opinion_id",
                        column: x => x.opinion_id,
                        principalTable: "opinions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "opinion_reports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    opinion_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    reporter_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    reported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_opinion_reports", x => x.id);
                    table.ForeignKey(
                        name: "fk_opinion_reports_opinions_opinion_id",
                        column: x => x.opinion_id,
                        principalTable: "opinions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_opinions_awaiting_review_since",
                table: "opinions",
                column: "awaiting_review_since",
                filter: "awaiting_review_since IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_moderation_log_at",
                table: "moderation_log",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_moderation_log_dialogue_id_at",
                table: "moderation_log",
                columns: new[] { "dialogue_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_moderation_log_opinion_id",
                table: "moderation_log",
                column: "opinion_id");

            migrationBuilder.CreateIndex(
                name: "ix_opinion_reports_opinion_id_reporter_hash",
                table: "opinion_reports",
                columns: new[] { "opinion_id", "reporter_hash" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "moderation_log");

            migrationBuilder.DropTable(
                name: "opinion_reports");

            migrationBuilder.DropIndex(
                name: "ix_opinions_awaiting_review_since",
                table: "opinions");

            migrationBuilder.DropColumn(
                name: "awaiting_review_since",
                table: "opinions");

            migrationBuilder.DropColumn(
                name: "content_hits",
                table: "opinions");

            migrationBuilder.DropColumn(
                name: "hidden_reason",
                table: "opinions");

            migrationBuilder.DropColumn(
                name: "moderated_at",
                table: "opinions");

            migrationBuilder.DropColumn(
                name: "moderated_by_user_id",
                table: "opinions");

            migrationBuilder.DropColumn(
                name: "moderation",
                table: "opinions");

            migrationBuilder.DropColumn(
                name: "near_duplicate",
                table: "opinions");

            migrationBuilder.DropColumn(
                name: "police_report_marked_at",
                table: "opinions");

            migrationBuilder.DropColumn(
                name: "police_report_marked_by_user_id",
                table: "opinions");

            migrationBuilder.DropColumn(
                name: "police_report_note",
                table: "opinions");

            migrationBuilder.DropColumn(
                name: "reports_since_review",
                table: "opinions");

            migrationBuilder.DropColumn(
                name: "text_erased_at",
                table: "opinions");

            migrationBuilder.DropColumn(
                name: "moderation_mode",
                table: "dialogues");

            migrationBuilder.DropColumn(
                name: "opinion_visibility",
                table: "dialogues");
        }
    }
}
