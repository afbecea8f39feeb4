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

            migrationBuilder.CreateTable(
                name: "opinion_texts",
                columns: table => new
                {
                    opinion_id = table.Column<Guid>(type: "uuid", nullable: false),
                    dialogue_id = table.Column<Guid>(type: "uuid", nullable: false),
                    search_text = table.Column<string>(type: "text", nullable: false),
                    search_vector = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: false),
                    fingerprint = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_opinion_texts", x => x.opinion_id);
                    table.ForeignKey(
                        name: "fk_opinion_texts_opinions_opinion_id",
                        column: x => x.opinion_id,
                        principalTable: "opinions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

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
                name: "ix_opinion_texts_dialogue_id_fingerprint",
                table: "opinion_texts",
                columns: new[] { "dialogue_id", "fingerprint" });

            migrationBuilder.CreateIndex(
                name: "ix_opinion_texts_search_text",
                table: "opinion_texts",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "GIN")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_opinion_texts_search_vector",
                table: "opinion_texts",
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

            // The words an opinion is searched and grouped by: its text and its free-text answers, one string.
            // opinion_texts is kept by PostgreSQL: when an opinion is stored, and when its text or answers change (an
            // update of its themes or moderation does not touch it). Then the opinions stored before this migration.
            migrationBuilder.Sql("""
                CREATE FUNCTION opinion_search_text(text text, answers jsonb) RETURNS text
                LANGUAGE sql IMMUTABLE PARALLEL SAFE
                RETURN concat_ws(' ', text, (SELECT string_agg(a->>'text', ' ') FROM jsonb_array_elements(answers) a
                                            WHERE jsonb_typeof(a->'text') = 'string'));

                CREATE FUNCTION opinion_texts_keep() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE words text := opinion_search_text(NEW.text, NEW.answers);
                BEGIN
                  INSERT INTO opinion_texts (opinion_id, dialogue_id, search_text, search_vector, fingerprint)
                  VALUES (NEW.id, NEW.dialogue_id, words, to_tsvector('swedish'::regconfig, words),
                          md5(nullif(lower(regexp_replace(words, '[^[:alnum:]]+', '', 'g')), ''))::uuid)
                  ON CONFLICT (opinion_id) DO UPDATE
                    SET search_text = EXCLUDED.search_text, search_vector = EXCLUDED.search_vector, fingerprint = EXCLUDED.fingerprint;
                  RETURN NULL;
                END $$;

                CREATE TRIGGER opinions_keep_texts AFTER INSERT OR UPDATE OF text, answers ON opinions
                  FOR EACH ROW EXECUTE FUNCTION opinion_texts_keep();

                INSERT INTO opinion_texts (opinion_id, dialogue_id, search_text, search_vector, fingerprint)
                SELECT o.id, o.dialogue_id, w.words, to_tsvector('swedish'::regconfig, w.words),
                       md5(nullif(lower(regexp_replace(w.words, '[^[:alnum:]]+', '', 'g')), ''))::uuid
                FROM opinions o CROSS JOIN LATERAL (SELECT opinion_search_text(o.text, o.answers) AS words) w;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER opinions_keep_texts ON opinions;
                DROP FUNCTION opinion_texts_keep();
                DROP FUNCTION opinion_search_text(text, jsonb);
                """);

            migrationBuilder.DropTable(
                name: "opinion_texts");

            migrationBuilder.DropTable(
                name: "tagging_operations");

            migrationBuilder.DropTable(
                name: "theme_suggestions");

            migrationBuilder.DropTable(
                name: "theme_suggestion_runs");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:postgis", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:postgis", ",,");
        }
    }
}
