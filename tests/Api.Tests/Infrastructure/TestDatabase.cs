using System.Diagnostics;
using Npgsql;

namespace Medborgardialog.Api.Tests.Infrastructure;

/// <summary>
/// The real PostgreSQL server the tests talk to. <c>./test</c> starts a throwaway cluster and passes it in
/// <c>TEST_DATABASE_URL</c> (an Npgsql connection string); run on its own (an IDE, <c>dotnet test</c>),
/// this starts one with the project's script and stops it afterwards. Each run uses a fresh database.
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _clusterDir;

    private TestDatabase(string connectionString, string? clusterDir)
    {
        ConnectionString = connectionString;
        _clusterDir = clusterDir;
    }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> StartAsync()
    {
        var server = Environment.GetEnvironmentVariable("TEST_DATABASE_URL");
        string? clusterDir = null;
        if (string.IsNullOrWhiteSpace(server))
        {
            clusterDir = Path.Combine(Path.GetTempPath(), $"medborgardialog-tests-{Environment.ProcessId}");
            var port = (await Script($"pg_start '{clusterDir}'")).Trim();
            server = $"Host=127.0.0.1;Port={port};Database=postgres;Username=medborgardialog;Password=medborgardialog";
        }

        // A database of its own per test run, so parallel runs and a developer's data never meet.
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false };
        var name = $"medborgardialog_tests_{Environment.ProcessId}";
        await using (var connection = new NpgsqlConnection(builder.ConnectionString))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        builder.Database = name;
        builder.Pooling = true;
        return new TestDatabase(builder.ConnectionString, clusterDir);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
        var name = builder.Database;
        builder.Database = "postgres";
        builder.Pooling = false;
        try
        {
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException)
        {
            // The cluster is thrown away anyway.
        }

        if (_clusterDir is not null)
        {
            await Script($"pg_stop '{_clusterDir}'; rm -rf '{_clusterDir}'");
        }
    }

    internal static async Task<string> Script(string command)
    {
        var lib = Path.Combine(RepoRoot.Path, "scripts", "lib.sh");
        var psi = new ProcessStartInfo("bash", ["-c", $"source '{lib}' && {command}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(psi)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{command}' failed: {error}");
        }

        return output;
    }
}

internal static class RepoRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "global.json")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Could not find the repository root (global.json).");
    }
}
