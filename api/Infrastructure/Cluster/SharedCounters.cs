using System.Security.Cryptography;
using System.Threading.Channels;
using Npgsql;
using NpgsqlTypes;

namespace Medborgardialog.Api.Infrastructure.Cluster;

/// <summary>
/// Counters every API instance shares, kept in PostgreSQL (the UNLOGGED table <c>shared_counters</c>, migration
/// <c>SharedCounters</c>): the rate limits' hits per client and the near-duplicate check's copies per text. A counter
/// counts within a window that begins with its first hit and ends <c>window</c> later; the next hit after that starts a
/// new one.
/// <para>Keys are upserted in sorted order, so concurrent statements never deadlock; a statement that still loses a
/// lock race is tried again.</para>
/// <para>Hits are written in batches: while the statements are on their way (a few at once), the hits that arrive wait
/// for the next, which adds them all in one <c>INSERT … ON CONFLICT DO UPDATE</c>. Under a burst that is one round trip for many requests;
/// when quiet, one for one, at once. Each hit still gets its own exact count (hits on one key in one batch are
/// numbered in arrival order), so a limit holds to the request, across instances.</para>
/// <para>UNLOGGED: no WAL, not replicated, emptied after a crash of PostgreSQL — a rate limit then starts afresh,
/// which is acceptable; nothing a resident gave is kept here.</para>
/// </summary>
public sealed partial class SharedCounters : IAsyncDisposable
{
    private const int MaxBatch = 512;

    /// <summary>Statements on their way at once, per instance. One: measured under 64 connections from one client
    /// (bench/submit-opinion), one writer gave SubmitOpinion 0.71–0.74× the raw insert in three runs; four writers that
    /// each took any key 0.54× (their statements waiting on the lock of the client's one hot row), and two writers each
    /// with its own share of the keys 0.62–0.65× in three runs (more statements at once on two cores). Hits on one key
    /// from two instances at once are still counted exactly: the row's lock puts the statements one after the other.</summary>
    private const int Writers = 1;
    private static readonly TimeSpan SweepEvery = TimeSpan.FromMinutes(5);

    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeProvider _clock;
    private readonly ILogger<SharedCounters> _logger;
    private readonly Channel<Hit> _hits = Channel.CreateUnbounded<Hit>(new UnboundedChannelOptions { SingleReader = false });
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task[] _writers;
    private byte[]? _key;
    private long _lastSweepTicks = DateTimeOffset.MinValue.UtcTicks;

    public SharedCounters(ClusterDatabase database, TimeProvider clock, ILogger<SharedCounters> logger)
    {
        _dataSource = database.Primary;
        _clock = clock;
        _logger = logger;
        _writers = Enumerable.Range(0, Writers).Select(_ => Task.Run(WriteAsync)).ToArray();
    }

    /// <summary>What a counter says after a hit: how many hits in its window (this one included) and when the window ends.</summary>
    public readonly record struct Count(int Hits, DateTimeOffset WindowEndsAt);

    private sealed record Hit(string Key, TimeSpan Window, TaskCompletionSource<Count> Done);

    /// <summary>Adds one hit to <paramref name="key"/> and returns its count in the current window. A failure of the
    /// database is thrown to the caller (the request fails as any request does when the database is away).</summary>
    public Task<Count> HitAsync(string key, TimeSpan window)
    {
        var hit = new Hit(key, window, new TaskCompletionSource<Count>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_hits.Writer.TryWrite(hit))
        {
            hit.Done.SetException(new ObjectDisposedException(nameof(SharedCounters)));
        }

        return hit.Done.Task;
    }

    /// <summary>A key that names a client without keeping its address: HMAC-SHA256 of the address under a random key
    /// the database keeps (<c>cluster_secrets</c>), the same for every instance, so the counter is shared while no
    /// address is ever written (an address's hash without the key could be reversed: there are few IPv4 addresses).</summary>
    public async ValueTask<string> ClientKeyAsync(string address, CancellationToken cancellationToken)
    {
        var key = _key ??= await ReadKeyAsync(cancellationToken);
        return Convert.ToBase64String(HMACSHA256.HashData(key, System.Text.Encoding.UTF8.GetBytes(address)), 0, 16);
    }

    private async Task<byte[]> ReadKeyAsync(CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand("SELECT value FROM cluster_secrets WHERE name = 'counter-key'");
        return (byte[])(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private async Task WriteAsync()
    {
        var batch = new List<Hit>(MaxBatch);
        var reader = _hits.Reader;
        try
        {
            while (await reader.WaitToReadAsync(_stopping.Token))
            {
                batch.Clear();
                while (batch.Count < MaxBatch && reader.TryRead(out var hit))
                {
                    batch.Add(hit);
                }

                if (batch.Count == 0)
                {
                    continue; // another writer took them
                }

                try
                {
                    await WriteBatchAsync(batch);
                }
                catch (Exception e) when (e is not OperationCanceledException || !_stopping.IsCancellationRequested)
                {
                    // Whatever went wrong, the loop goes on: the waiting requests get the failure, the next ones a new try.
                    foreach (var hit in batch)
                    {
                        hit.Done.TrySetException(e);
                    }
                }

                await SweepAsync();
            }
        }
        catch (OperationCanceledException)
        {
        }

        while (reader.TryRead(out var left))
        {
            left.Done.TrySetCanceled();
        }
    }

    private async Task WriteBatchAsync(List<Hit> batch)
    {
        // One row per key: the hits on it added at once, numbered afterwards in arrival order.
        var byKey = new Dictionary<string, (int Hits, TimeSpan Window)>(batch.Count, StringComparer.Ordinal);
        foreach (var hit in batch)
        {
            byKey[hit.Key] = byKey.TryGetValue(hit.Key, out var seen) ? (seen.Hits + 1, seen.Window) : (1, hit.Window);
        }

        var now = _clock.GetUtcNow();
        // In one order everywhere: two statements (of this instance's writers, or of two instances) that upsert the same
        // keys then lock their rows in the same order and wait for each other instead of deadlocking (measured: with the
        // keys in arrival order, 47 of 27,000 opinions failed with 40P01 under 64 connections).
        var keys = byKey.Keys.Order(StringComparer.Ordinal).ToArray();
        await using var command = _dataSource.CreateCommand("""
            INSERT INTO shared_counters AS c (key, count, window_ends_at)
            SELECT k, n, @now + make_interval(secs => w)
            FROM unnest(@keys, @hits, @windows) AS h(k, n, w)
            ON CONFLICT (key) DO UPDATE SET
                count = CASE WHEN c.window_ends_at > @now THEN c.count + excluded.count ELSE excluded.count END,
                window_ends_at = CASE WHEN c.window_ends_at > @now THEN c.window_ends_at ELSE excluded.window_ends_at END
            RETURNING key, count, window_ends_at
            """);
        command.Parameters.Add(new NpgsqlParameter<DateTime>("now", NpgsqlDbType.TimestampTz) { TypedValue = now.UtcDateTime });
        command.Parameters.Add(new NpgsqlParameter<string[]>("keys", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = keys });
        command.Parameters.Add(new NpgsqlParameter<int[]>("hits", NpgsqlDbType.Array | NpgsqlDbType.Integer) { TypedValue = keys.Select(k => byKey[k].Hits).ToArray() });
        command.Parameters.Add(new NpgsqlParameter<double[]>("windows", NpgsqlDbType.Array | NpgsqlDbType.Double) { TypedValue = keys.Select(k => byKey[k].Window.TotalSeconds).ToArray() });
        var totals = new Dictionary<string, Count>(keys.Length, StringComparer.Ordinal);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var rows = await command.ExecuteReaderAsync();
                while (await rows.ReadAsync())
                {
                    totals[rows.GetString(0)] = new Count(rows.GetInt32(1), new DateTimeOffset(rows.GetFieldValue<DateTime>(2), TimeSpan.Zero));
                }

                break;
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure && attempt < 3)
            {
                // Rolled back as a whole (one statement): nothing was counted, so it is tried again as it is.
                totals.Clear();
            }
        }

        // The first hit of a key in the batch gets (total − its hits in the batch + 1), the next one more, and so on.
        var given = new Dictionary<string, int>(keys.Length, StringComparer.Ordinal);
        foreach (var hit in batch)
        {
            var total = totals[hit.Key];
            var before = given.TryGetValue(hit.Key, out var g) ? g : 0;
            given[hit.Key] = before + 1;
            hit.Done.TrySetResult(total with { Hits = total.Hits - byKey[hit.Key].Hits + before + 1 });
        }
    }

    /// <summary>Every few minutes one instance or another forgets the counters whose window has passed.</summary>
    private async Task SweepAsync()
    {
        var now = _clock.GetUtcNow();
        var last = Interlocked.Read(ref _lastSweepTicks);
        if (now.UtcTicks - last < SweepEvery.Ticks || Interlocked.CompareExchange(ref _lastSweepTicks, now.UtcTicks, last) != last)
        {
            return; // not yet, or another writer is sweeping
        }

        try
        {
            await using var command = _dataSource.CreateCommand("DELETE FROM shared_counters WHERE window_ends_at < @now");
            command.Parameters.Add(new NpgsqlParameter<DateTime>("now", NpgsqlDbType.TimestampTz) { TypedValue = now.UtcDateTime });
            await command.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException e)
        {
            LogSweepFailed(e.SqlState);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Forgetting old shared counters failed (SQLSTATE {SqlState}); tried again in a few minutes")]
    private partial void LogSweepFailed(string? sqlState);

    public async ValueTask DisposeAsync()
    {
        _hits.Writer.TryComplete();
        await _stopping.CancelAsync();
        try
        {
            await Task.WhenAll(_writers);
        }
        catch (OperationCanceledException)
        {
        }

        _stopping.Dispose();
    }
}
