using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Medborgardialog.Api.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Following : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "dialogue_event_id",
                table: "outgoing_emails",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "digest_week",
                table: "outgoing_emails",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "follower_id",
                table: "outgoing_emails",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "closing_soon_noticed_at",
                table: "dialogues",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "dialogue_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    dialogue_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: true),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    distributed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dialogue_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_dialogue_events_dialogues_dialogue_id",
                        column: x => x.dialogue_id,
                        principalTable: "dialogues",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "followers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    language = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    frequency = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    consent_version = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    consented_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    confirmed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_followers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "follows",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    follower_id = table.Column<Guid>(type: "uuid", nullable: false),
                    scope = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    dialogue_id = table.Column<Guid>(type: "uuid", nullable: true),
                    district = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    topic = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    confirmed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_follows", x => x.id);
                    table.ForeignKey(
                        name: "fk_follows_dialogues_dialogue_id",
                        column: x => x.dialogue_id,
                        principalTable: "dialogues",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_follows_followers_follower_id",
                        column: x => x.follower_id,
                        principalTable: "followers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_outgoing_emails_dialogue_event_id_follower_id",
                table: "outgoing_emails",
                columns: new[] { "dialogue_event_id", "follower_id" },
                unique: true,
                filter: "dialogue_event_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_outgoing_emails_follower_id_digest_week",
                table: "outgoing_emails",
                columns: new[] { "follower_id", "digest_week" },
                unique: true,
                filter: "digest_week IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_dialogue_events_at",
                table: "dialogue_events",
                column: "at",
                filter: "distributed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_dialogue_events_dialogue_id_at",
                table: "dialogue_events",
                columns: new[] { "dialogue_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_followers_email",
                table: "followers",
                column: "email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_follows_dialogue_id_follower_id",
                table: "follows",
                columns: new[] { "dialogue_id", "follower_id" },
                unique: true,
                filter: "dialogue_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_follows_follower_id",
                table: "follows",
                column: "follower_id",
                filter: "dialogue_id IS NULL");

            migrationBuilder.AddForeignKey(
                name: "fk_outgoing_emails_dialogue_events_dialogue_event_id",
                table: "outgoing_emails",
                column: "dialogue_event_id",
                principalTable: "dialogue_events",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_outgoing_emails_followers_follower_id",
                table: "outgoing_emails",
                column: "follower_id",
                principalTable: "followers",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_outgoing_emails_dialogue_events_dialogue_event_id",
                table: "outgoing_emails");

            migrationBuilder.DropForeignKey(
                name: "fk_outgoing_emails_followers_follower_id",
                table: "outgoing_emails");

            migrationBuilder.DropTable(
                name: "dialogue_events");

            migrationBuilder.DropTable(
                name: "follows");

            migrationBuilder.DropTable(
                name: "followers");

            migrationBuilder.DropIndex(
                name: "ix_outgoing_emails_dialogue_event_id_follower_id",
                table: "outgoing_emails");

            migrationBuilder.DropIndex(
                name: "ix_outgoing_emails_follower_id_digest_week",
                table: "outgoing_emails");

            migrationBuilder.DropColumn(
                name: "dialogue_event_id",
                table: "outgoing_emails");

            migrationBuilder.DropColumn(
                name: "digest_week",
                table: "outgoing_emails");

            migrationBuilder.DropColumn(
                name: "follower_id",
                table: "outgoing_emails");

            migrationBuilder.DropColumn(
                name: "closing_soon_noticed_at",
                table: "dialogues");
        }
    }
}
