using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Medborgardialog.Api.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DialogueFactsDistrictsOfficials : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "created_by_user_id",
                table: "dialogues",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "districts",
                table: "dialogues",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'"); // existing dialogues: none yet

            migrationBuilder.AddColumn<string>(
                name: "easy_read_text",
                table: "dialogues",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "fact_links",
                table: "dialogues",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]"); // existing dialogues: no links (a JSON array, like the model)

            migrationBuilder.AddColumn<bool>(
                name: "is_youth_dialogue",
                table: "dialogues",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "participation_level",
                table: "dialogues",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "Consult"); // the domain's default for existing dialogues

            migrationBuilder.AddColumn<List<Guid>>(
                name: "responsible_official_ids",
                table: "dialogues",
                type: "uuid[]",
                nullable: false,
                defaultValueSql: "'{}'"); // existing dialogues: none yet

            migrationBuilder.AddColumn<List<string>>(
                name: "topics",
                table: "dialogues",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'"); // existing dialogues: none yet

            migrationBuilder.CreateTable(
                name: "districts",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_districts", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "elected_officials",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    party = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    role = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    committees = table.Column<List<string>>(type: "text[]", nullable: false),
                    public_email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    public_phone = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    office_hours = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_elected_officials", x => x.id);
                });

            migrationBuilder.InsertData(
                table: "districts",
                columns: new[] { "code", "name", "sort_order" },
                values: new object[,]
                {
                    { "aggerud", "Aggerud", 8 },
                    { "backegarden", "Bäckegården", 6 },
                    { "baggangen", "Baggängen", 4 },
                    { "bregarden", "Bregården", 2 },
                    { "centrum", "Centrum", 1 },
                    { "granbergsdal", "Granbergsdal", 9 },
                    { "hela-kommunen", "Hela kommunen", 0 },
                    { "immetorp", "Immetorp", 11 },
                    { "karlberg", "Karlberg", 5 },
                    { "lakene", "Lakene", 14 },
                    { "olmbrotorp", "Ölmbrotorp", 7 },
                    { "ravasen", "Rävåsen", 3 },
                    { "sandviken", "Sandviken", 13 },
                    { "skranta", "Skranta", 12 },
                    { "valasen", "Valåsen", 10 },
                    { "villingsberg", "Villingsberg", 15 }
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "districts");

            migrationBuilder.DropTable(
                name: "elected_officials");

            migrationBuilder.DropColumn(
                name: "created_by_user_id",
                table: "dialogues");

            migrationBuilder.DropColumn(
                name: "districts",
                table: "dialogues");

            migrationBuilder.DropColumn(
                name: "easy_read_text",
                table: "dialogues");

            migrationBuilder.DropColumn(
                name: "fact_links",
                table: "dialogues");

            migrationBuilder.DropColumn(
                name: "is_youth_dialogue",
                table: "dialogues");

            migrationBuilder.DropColumn(
                name: "participation_level",
                table: "dialogues");

            migrationBuilder.DropColumn(
                name: "responsible_official_ids",
                table: "dialogues");

            migrationBuilder.DropColumn(
                name: "topics",
                table: "dialogues");
        }
    }
}
