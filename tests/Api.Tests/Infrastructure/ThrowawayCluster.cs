using Npgsql;

namespace Medborgardialog.Api.Tests.Infrastructure;

/// <summary>A PostgreSQL cluster of a fault test's own (the project's <c>pg_start</c>), so the test may stop and start
/// it without touching the database the other tests share.</summary>
internal sealed class ThrowawayCluster : IAsyncDisposable
{
    private ThrowawayCluster(string directory, int port)
    {
        Directory = directory;
        Port = port;
        ConnectionString = $"Host=127.0.0.1;Port={port};Database=medborgardialog;Username=medborgardialog;Password=medborgardialog;Timeout=3";
    }

    public string Directory { get; }

    public int Port { get; }

    public string ConnectionString { get; }

    public static async Task<ThrowawayCluster> StartAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"medborgardialog-fault-{Guid.NewGuid():N}");
        var port = int.Parse((await TestDatabase.Script($"pg_start '{directory}'")).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        return new ThrowawayCluster(directory, port);
    }

    /// <summary><c>pg_ctl stop -m fast</c>: connections are cut, the server is down until <see cref="StartAgainAsync"/>.</summary>
    public Task StopAsync() => TestDatabase.Script($"pg_stop '{Directory}'");

    /// <summary>Starts the stopped cluster on the same port.</summary>
    public Task StartAgainAsync() => TestDatabase.Script($"pg_start '{Directory}' {Port} >/dev/null");

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await TestDatabase.Script($"pg_stop '{Directory}'; rm -rf '{Directory}'");
    }
}
