using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Medborgardialog.Api.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class MarkCoordinates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "latitude",
                table: "map_marks",
                type: "double precision",
                nullable: true,
                computedColumnSql: "ST_Y(point)",
                stored: true);

            migrationBuilder.AddColumn<double>(
                name: "longitude",
                table: "map_marks",
                type: "double precision",
                nullable: true,
                computedColumnSql: "ST_X(point)",
                stored: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "latitude",
                table: "map_marks");

            migrationBuilder.DropColumn(
                name: "longitude",
                table: "map_marks");
        }
    }
}
