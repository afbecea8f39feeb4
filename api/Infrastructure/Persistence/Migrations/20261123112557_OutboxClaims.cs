using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Medborgardialog.Api.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class OutboxClaims : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "claimed_by",
                table: "outgoing_emails",
                type: "uuid",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "claimed_by",
                table: "outgoing_emails");
        }
    }
}
