using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace Medborgardialog.Api.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Compiling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .Annotation("Npgsql:PostgresExtension:postgis", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:postgis", ",,");

            // The words an opinion is searched and grouped by: its text and its free-text answers, one string. Immutable
            // (it reads only its arguments), so PostgreSQL can keep the generated columns below from it.
            migrationBuilder.Sql("""
                CREATE FUNCTION opinion_search_text(text text, answers jsonb) RETURNS text
                LANGUAGE sql IMMUTABLE PARALLEL SAFE
                RETURN concat_ws(' ', text, (SELECT string_agg(a->>'text', ' ') FROM jsonb_array_elements(answers) a
                                            WHERE jsonb_typeof(a->'text') = 'string'));
                """);

            migrationBuilder.AddColumn<string>(
                name: "search_text",
                table: "opinions",
                type: "text",
                nullable: true,
                computedColumnSql: "opinion_search_text(text, answers)",
                stored: true);

            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "search_vector",
                table: "opinions",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "to_tsvector('swedish'::regconfig, opinion_search_text(text, answers))",
                stored: true);

            migrationBuilder.AddColumn<Guid>(
                name: "text_fingerprint",
                table: "opinions",
                type: "uuid",
                nullable: true,
                computedColumnSql: "(md5(nullif(lower(regexp_replace(opinion_search_text(text, answers), '[^[:alnum:]]+', '', 'g')), '')))::uuid",
                stored: true);

            migrationBuilder.CreateTable(
                name: "tagging_operations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    dialogue_id = table.Column<Guid>(type: "uuid", nullable: false),
                    theme_id = table.Column<Guid>(type: "uuid", nullable: false),
                    action = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    changed = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    count = table.Column<int>(type: "integer", nullable: false),
                    by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    done_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    undone_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tagging_operations", x => x.id);
                    table.ForeignKey(
                        name: "fk_tagging_operations_dialogues_dialogue_id",
                        column: x => x.dialogue_id,
                        principalTable: "dialogues",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_tagging_operations_themes_theme_id",
                        column: x => x.theme_id,
                        principalTable: "themes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "theme_suggestion_runs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    dialogue_id = table.Column<Guid>(type: "uuid", nullable: false),
                    question_id = table.Column<Guid>(type: "uuid", nullable: true),
                    wanted = table.Column<int>(type: "integer", nullable: false),
                    only_untagged = table.Column<bool>(type: "boolean", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    progress = table.Column<int>(type: "integer", nullable: false),
                    opinions_read = table.Column<int>(type: "integer", nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_theme_suggestion_runs", x => x.id);
                    table.ForeignKey(
                        name: "fk_theme_suggestion_runs_dialogues_dialogue_id",
                        column: x => x.dialogue_id,
                        principalTable: "dialogues",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "theme_suggestions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    run_id = table.Column<Guid>(type: "uuid", nullable: false),
                    dialogue_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    key_words = table.Column<List<string>>(type: "text[]", nullable: false),
                    terms = table.Column<string>(type: "jsonb", nullable: false),
                    opinion_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    example_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    theme_id = table.Column<Guid>(type: "uuid", nullable: true),
                    tagging_operation_id = table.Column<Guid>(type: "uuid", nullable: true),
                    succeeded_by = table.Column<List<Guid>>(type: "uuid[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_theme_suggestions", x => x.id);
                    table.ForeignKey(
                        name: "fk_theme_suggestions_theme_suggestion_runs_run_id",
                        column: x => x.run_id,
                        principalTable: "theme_suggestion_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_theme_suggestions_themes_theme_id",
                        column: x => x.theme_id,
                        principalTable: "themes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "ix_opinions_dialogue_id_text_fingerprint",
                table: "opinions",
                columns: new[] { "dialogue_id", "text_fingerprint" });

            migrationBuilder.CreateIndex(
                name: "ix_opinions_search_text",
                table: "opinions",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "GIN")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_opinions_search_vector",
                table: "opinions",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "GIN");

            migrationBuilder.CreateIndex(
                name: "ix_tagging_operations_dialogue_id_done_at",
                table: "tagging_operations",
                columns: new[] { "dialogue_id", "done_at" });

            migrationBuilder.CreateIndex(
                name: "ix_tagging_operations_theme_id",
                table: "tagging_operations",
                column: "theme_id");

            migrationBuilder.CreateIndex(
                name: "ix_theme_suggestion_runs_dialogue_id_requested_at",
                table: "theme_suggestion_runs",
                columns: new[] { "dialogue_id", "requested_at" });

            migrationBuilder.CreateIndex(
                name: "ix_theme_suggestion_runs_one_working",
                table: "theme_suggestion_runs",
                column: "dialogue_id",
                unique: true,
                filter: "status IN ('Queued', 'Running')");

            migrationBuilder.CreateIndex(
                name: "ix_theme_suggestions_run_id_position",
                table: "theme_suggestions",
                columns: new[] { "run_id", "position" });

            migrationBuilder.CreateIndex(
                name: "ix_theme_suggestions_theme_id",
                table: "theme_suggestions",
                column: "theme_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "tagging_operations");

            migrationBuilder.DropTable(
                name: "theme_suggestions");

            migrationBuilder.DropTable(
                name: "theme_suggestion_runs");

            migrationBuilder.DropIndex(
                name: "ix_opinions_dialogue_id_text_fingerprint",
                table: "opinions");

            migrationBuilder.DropIndex(
                name: "ix_opinions_search_text",
                table: "opinions");

            migrationBuilder.DropIndex(
                name: "ix_opinions_search_vector",
                table: "opinions");

            migrationBuilder.DropColumn(
                name: "search_text",
                table: "opinions");

            migrationBuilder.DropColumn(
                name: "search_vector",
                table: "opinions");

            migrationBuilder.DropColumn(
                name: "text_fingerprint",
                table: "opinions");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:postgis", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:postgis", ",,");

            migrationBuilder.Sql("DROP FUNCTION opinion_search_text(text, jsonb);");
        }
    }
}
