using Npgsql;
using Respawn;

namespace Medborgardialog.Api.Tests.Infrastructure;

/// <summary>Empties the application's tables between tests (Respawn); the migration history stays.</summary>
internal sealed class DatabaseReset
{
    private readonly string _connectionString;
    private Respawner? _respawner;

    public DatabaseReset(string connectionString) => _connectionString = connectionString;

    public async Task ResetAsync()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        _respawner ??= await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["public"],
            // Roles and districts are reference data written by migrations, spatial_ref_sys by CREATE EXTENSION postgis.
            TablesToIgnore = [new Respawn.Graph.Table("__EFMigrationsHistory"), new Respawn.Graph.Table("cluster_secrets"), new Respawn.Graph.Table("staff_roles"), new Respawn.Graph.Table("districts"),
                new Respawn.Graph.Table("spatial_ref_sys")], // PostGIS's own reference data
        });
        await _respawner.ResetAsync(connection);
    }
}
