using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Medborgardialog.Api.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InitialDialogues : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "dialogues",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    title = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: false),
                    summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    question = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    committee = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    case_number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    planned_decision_date = table.Column<DateOnly>(type: "date", nullable: true),
                    forms = table.Column<string[]>(type: "text[]", nullable: false),
                    target_groups = table.Column<string[]>(type: "text[]", nullable: false),
                    opens_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    closes_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    places = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dialogues", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_dialogues_slug",
                table: "dialogues",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_dialogues_status_published_at",
                table: "dialogues",
                columns: new[] { "status", "published_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dialogues");
        }
    }
}
