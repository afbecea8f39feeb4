using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Medborgardialog.Api.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// The e-mail ledger keeps the HTML part beside the plain text (both rendered from the kind's template when the row is
    /// written), so the sender sends multipart/alternative. Nullable: rows queued before, and feedback rows (rendered
    /// when sent), have none; adding a nullable column rewrites no rows.
    /// </summary>
    public partial class EmailHtmlPart : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "html_body",
                table: "outgoing_emails",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "html_body",
                table: "outgoing_emails");
        }
    }
}
