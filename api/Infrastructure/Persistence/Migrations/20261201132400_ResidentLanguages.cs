using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Medborgardialog.Api.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ResidentLanguages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "language",
                table: "opinions",
                type: "character varying(8)",
                maxLength: 8,
                nullable: false,
                defaultValue: "sv");

            migrationBuilder.AddColumn<string>(
                name: "translations",
                table: "dialogues",
                type: "jsonb",
                nullable: false,
                defaultValueSql: "'[]'::jsonb"); // existing dialogues have no translations
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "language",
                table: "opinions");

            migrationBuilder.DropColumn(
                name: "translations",
                table: "dialogues");
        }
    }
}
