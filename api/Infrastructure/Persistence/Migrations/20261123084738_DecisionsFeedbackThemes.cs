using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Medborgardialog.Api.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DecisionsFeedbackThemes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "feedback_id",
                table: "outgoing_emails",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "opinion_id",
                table: "outgoing_emails",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<List<Guid>>(
                name: "theme_ids",
                table: "opinions",
                type: "uuid[]",
                nullable: false,
                defaultValueSql: "'{}'"); // existing opinions: not yet grouped

            migrationBuilder.CreateTable(
                name: "data_protection_keys",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    friendly_name = table.Column<string>(type: "text", nullable: true),
                    xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_protection_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "decisions",
                columns: table => new
                {
                    dialogue_id = table.Column<Guid>(type: "uuid", nullable: false),
                    committee = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: false),
                    case_number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    how_result_was_used = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    decision_url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    feedback_reminder_sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_decisions", x => x.dialogue_id);
                    table.ForeignKey(
                        name: "fk_decisions_dialogues_dialogue_id",
                        column: x => x.dialogue_id,
                        principalTable: "dialogues",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "dialogue_results",
                columns: table => new
                {
                    dialogue_id = table.Column<Guid>(type: "uuid", nullable: false),
                    summary = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    quote_opinion_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    updated_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    first_exported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    export_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dialogue_results", x => x.dialogue_id);
                    table.ForeignKey(
                        name: "fk_dialogue_results_dialogues_dialogue_id",
                        column: x => x.dialogue_id,
                        principalTable: "dialogues",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "feedbacks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    dialogue_id = table.Column<Guid>(type: "uuid", nullable: false),
                    text = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    press_summary = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    published_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    recipients = table.Column<int>(type: "integer", nullable: false),
                    links = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_feedbacks", x => x.id);
                    table.ForeignKey(
                        name: "fk_feedbacks_dialogues_dialogue_id",
                        column: x => x.dialogue_id,
                        principalTable: "dialogues",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "themes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    dialogue_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_themes", x => x.id);
                    table.ForeignKey(
                        name: "fk_themes_dialogues_dialogue_id",
                        column: x => x.dialogue_id,
                        principalTable: "dialogues",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_outgoing_emails_feedback_id_opinion_id",
                table: "outgoing_emails",
                columns: new[] { "feedback_id", "opinion_id" },
                unique: true,
                filter: "feedback_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_opinions_theme_ids",
                table: "opinions",
                column: "theme_ids")
                .Annotation("Npgsql:IndexMethod", "GIN");

            migrationBuilder.CreateIndex(
                name: "ix_feedbacks_dialogue_id",
                table: "feedbacks",
                column: "dialogue_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_feedbacks_published_at",
                table: "feedbacks",
                column: "published_at");

            migrationBuilder.CreateIndex(
                name: "ix_themes_dialogue_id_name",
                table: "themes",
                columns: new[] { "dialogue_id", "name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "data_protection_keys");

            migrationBuilder.DropTable(
                name: "decisions");

            migrationBuilder.DropTable(
                name: "dialogue_results");

            migrationBuilder.DropTable(
                name: "feedbacks");

            migrationBuilder.DropTable(
                name: "themes");

            migrationBuilder.DropIndex(
                name: "ix_outgoing_emails_feedback_id_opinion_id",
                table: "outgoing_emails");

            migrationBuilder.DropIndex(
                name: "ix_opinions_theme_ids",
                table: "opinions");

            migrationBuilder.DropColumn(
                name: "feedback_id",
                table: "outgoing_emails");

            migrationBuilder.DropColumn(
                name: "opinion_id",
                table: "outgoing_emails");

            migrationBuilder.DropColumn(
                name: "theme_ids",
                table: "opinions");
        }
    }
}
