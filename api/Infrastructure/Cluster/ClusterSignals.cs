using Medborgardialog.Api.Features.Opinions.Common;
using Medborgardialog.Api.Infrastructure.Http;
using Microsoft.AspNetCore.OutputCaching;
using Npgsql;

namespace Medborgardialog.Api.Infrastructure.Cluster;

/// <summary>What a command changed, for the caches of every instance.</summary>
public enum CacheChange
{
    /// <summary>Anything staff can change: every public page and the in-memory forms and districts.</summary>
    Everything,

    /// <summary>A resident's withdrawal or report: the pages that show opinions.</summary>
    Opinions,

    /// <summary>A new opinion in a dialogue that shows its opinions: the public list of opinions (and marks) only.</summary>
    OpinionList,
}

/// <summary>
/// Cache invalidation that reaches every API instance, through PostgreSQL's <c>LISTEN/NOTIFY</c> on the primary
/// (no other server to run). A command that succeeded empties this instance's caches at once and sends
/// <c>NOTIFY medborgardialog_changes, '&lt;change&gt; &lt;WAL position&gt;'</c>; every instance (this one too) listens on
/// a connection of its own and empties its caches when the notice arrives — within milliseconds.
/// <para>With a hot standby (<c>ConnectionStrings:ReadOnly</c>) the public pages are read there, and the standby may
/// not yet have replayed the change: an instance then empties its caches once more as soon as the standby's replay
/// position has passed the primary's position the notice carries, so no page is cached from before the change.</para>
/// <para>When the listening connection is lost, every cache is emptied after it is back (a notice may have been
/// missed); until then, a page is at most the cache's lifetime old.</para>
/// </summary>
public sealed partial class ClusterSignals(ClusterDatabase database, IOutputCacheStore store, OpinionFormCache forms, ILogger<ClusterSignals> logger)
    : BackgroundService
{
    public const string Channel = "medborgardialog_changes";
    private static readonly TimeSpan StandbyPoll = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan StandbyPatience = TimeSpan.FromMinutes(2);

    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _waiting = new(0);
    private (string Lsn, CacheChange Change, DateTimeOffset Since)? _untilStandby;

    /// <summary>Empties this instance's caches now and tells the others. A failure to tell is logged, not thrown: the
    /// command has been committed, and the others' pages expire within the cache's lifetime in any case.</summary>
    public async Task PublishAsync(CacheChange change)
    {
        await EvictAsync(change);
        try
        {
            await using var command = database.Primary.CreateCommand($"SELECT pg_notify('{Channel}', @change || ' ' || pg_current_wal_lsn()::text)");
            command.Parameters.AddWithValue("change", change.ToString());
            await command.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException e)
        {
            LogNotifyFailed(e.SqlState);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var catchUp = database.Standby is null ? Task.CompletedTask : FollowStandbyAsync(stoppingToken);
        var wait = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var builder = new NpgsqlConnectionStringBuilder(database.PrimaryConnectionString) { Pooling = false, KeepAlive = 15 };
                await using var connection = new NpgsqlConnection(builder.ConnectionString);
                connection.Notification += (_, e) => OnNotice(e.Payload);
                await connection.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                // Listening again after a loss: whatever changed meanwhile was not heard.
                await EvictAsync(CacheChange.Everything);
                wait = TimeSpan.FromSeconds(1);
                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e) when (e is NpgsqlException or IOException or System.Net.Sockets.SocketException or TimeoutException or InvalidOperationException)
            {
                LogListenLost(e.GetType().Name, wait.TotalSeconds);
                try
                {
                    await Task.Delay(wait, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }

                wait = TimeSpan.FromSeconds(Math.Min(15, wait.TotalSeconds * 2));
            }
        }

        await catchUp;
    }

    private void OnNotice(string payload)
    {
        var parts = payload.Split(' ', 2);
        var change = Enum.TryParse<CacheChange>(parts[0], out var parsed) ? parsed : CacheChange.Everything;
        _ = EvictAsync(change);
        if (database.Standby is null || parts.Length < 2)
        {
            return;
        }

        lock (_lock)
        {
            // Positions only grow: the latest notice's position covers the earlier ones; the widest change is kept.
            var widest = _untilStandby is { } pending ? Widest(pending.Change, change) : change;
            _untilStandby = (parts[1], widest, _untilStandby?.Since ?? DateTimeOffset.UtcNow);
        }

        _waiting.Release();
    }

    /// <summary>Waits for the standby to replay the latest notice's position, then empties the caches again.</summary>
    private async Task FollowStandbyAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await _waiting.WaitAsync(stoppingToken);
                while (true)
                {
                    (string Lsn, CacheChange Change, DateTimeOffset Since) pending;
                    lock (_lock)
                    {
                        if (_untilStandby is null)
                        {
                            break;
                        }

                        pending = _untilStandby.Value;
                    }

                    if (await ReplayedAsync(pending.Lsn, stoppingToken) || DateTimeOffset.UtcNow - pending.Since > StandbyPatience)
                    {
                        lock (_lock)
                        {
                            if (_untilStandby?.Lsn == pending.Lsn)
                            {
                                _untilStandby = null;
                            }
                        }

                        await EvictAsync(pending.Change);
                        continue;
                    }

                    await Task.Delay(StandbyPoll, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (NpgsqlException e)
            {
                LogStandbyUnreadable(e.SqlState);
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                _waiting.Release();
            }
        }
    }

    /// <summary>Everything covers the opinion pages, which cover the opinion list.</summary>
    private static CacheChange Widest(CacheChange a, CacheChange b) =>
        a == CacheChange.Everything || b == CacheChange.Everything ? CacheChange.Everything
        : a == CacheChange.Opinions || b == CacheChange.Opinions ? CacheChange.Opinions
        : CacheChange.OpinionList;

    private async Task<bool> ReplayedAsync(string lsn, CancellationToken cancellationToken)
    {
        // NULL when the "standby" is in fact a primary (nothing to wait for).
        await using var command = database.Standby!.CreateCommand("SELECT coalesce(pg_last_wal_replay_lsn() >= @lsn::pg_lsn, true)");
        command.Parameters.AddWithValue("lsn", lsn);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private async Task EvictAsync(CacheChange change)
    {
        if (change == CacheChange.Everything)
        {
            forms.Forget();
        }

        await store.EvictByTagAsync(change switch
        {
            CacheChange.Opinions => PublicCache.OpinionPagesTag,
            CacheChange.OpinionList => PublicCache.OpinionListTag,
            _ => PublicCache.Tag,
        }, CancellationToken.None);
    }

    public override void Dispose()
    {
        _waiting.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telling the other instances about a change failed (SQLSTATE {SqlState}); their pages expire within the cache's lifetime")]
    private partial void LogNotifyFailed(string? sqlState);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Listening for other instances' changes was interrupted ({Kind}); again in {Seconds} s")]
    private partial void LogListenLost(string kind, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The hot standby's replay position could not be read (SQLSTATE {SqlState})")]
    private partial void LogStandbyUnreadable(string? sqlState);
}
