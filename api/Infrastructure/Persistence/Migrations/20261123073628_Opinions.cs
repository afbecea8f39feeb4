using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Medborgardialog.Api.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Opinions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "opinions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    dialogue_id = table.Column<Guid>(type: "uuid", nullable: false),
                    channel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    text = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    receipt_token_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    withdrawn_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    feedback_email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    consent_text_version = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    feedback_email_confirmed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    email_confirmation_token_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    background_age_band = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    background_district = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    background_relation = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_opinions", x => x.id);
                    table.ForeignKey(
                        name: "fk_opinions_dialogues_dialogue_id",
                        column: x => x.dialogue_id,
                        principalTable: "dialogues",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_opinions_dialogue_id_withdrawn_at",
                table: "opinions",
                columns: new[] { "dialogue_id", "withdrawn_at" });

            migrationBuilder.CreateIndex(
                name: "ix_opinions_email_confirmation_token_hash",
                table: "opinions",
                column: "email_confirmation_token_hash",
                unique: true,
                filter: "email_confirmation_token_hash IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_opinions_receipt_token_hash",
                table: "opinions",
                column: "receipt_token_hash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "opinions");
        }
    }
}
