using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Medborgardialog.Api.Infrastructure.Persistence.Migrations
{
    /// <summary>What the API instances share besides the data (issue 19, docs/scaling.md): the counters of the rate
    /// limits and the near-duplicate check (UNLOGGED: no WAL, not replicated, emptied by a crash; a key is a keyed hash,
    /// never an address or a text), and the random key those hashes are made with, the same for every instance.</summary>
    public partial class SharedCounters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE UNLOGGED TABLE shared_counters (
                    key text PRIMARY KEY,
                    count integer NOT NULL,
                    window_ends_at timestamp with time zone NOT NULL);
                CREATE TABLE cluster_secrets (
                    name text PRIMARY KEY,
                    value bytea NOT NULL);
                -- 32 random bytes (two v4 UUIDs: 244 random bits), made here once, never shown.
                INSERT INTO cluster_secrets (name, value)
                VALUES ('counter-key', decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex'));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE shared_counters; DROP TABLE cluster_secrets;");
        }
    }
}
