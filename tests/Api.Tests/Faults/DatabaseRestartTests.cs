using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Medborgardialog.Api.Features.Opinions;
using Medborgardialog.Api.Infrastructure.Auth;
using Medborgardialog.Api.Tests.Features.Feedback;
using Medborgardialog.Api.Tests.Infrastructure;
using Npgsql;

namespace Medborgardialog.Api.Tests.Faults;

/// <summary>
/// PostgreSQL goes down (<c>pg_ctl stop -m fast</c>) in the middle of a burst of opinions and comes back. Every request
/// and its answer is recorded; the checker then holds the system to its promise: every 2xx opinion stored exactly once,
/// retries with the same Idempotency-Key add nothing, no 500 ever, and <c>/health/ready</c> unhealthy while the
/// database is down and healthy within 10 s after it is back.
/// </summary>
[Category("Faults")]
public sealed class DatabaseRestartTests
{
    private sealed record Attempt(string Key, int Try, int Status, Guid? OpinionId, double AtSeconds);

    [Test]
    public async Task A_database_restart_during_a_burst_loses_and_doubles_nothing()
    {
        await using var cluster = await ThrowawayCluster.StartAsync();
        await using var app = new ApiFactory(cluster.ConnectionString);
        using var official = await Staff.SignedInAsync(app, Roles.Official);
        var dialogue = await Scenario.Dialogue(official).InStageAsync(Stage.Open);
        var attempts = new ConcurrentQueue<Attempt>();
        var health = new ConcurrentQueue<(double At, int Status)>();
        var clock = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource();

        async Task SubmitUntilStoredAsync(HttpClient client, string key)
        {
            var body = new { text = $"Synpunkt {key}: fler bänkar och mer belysning i parken.", consentToFeedback = false };
            for (var attempt = 1; attempt <= 200; attempt++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/dialogues/{dialogue.Id}/opinions") { Content = JsonContent.Create(body) };
                request.Headers.Add("Idempotency-Key", key);
                using var response = await client.SendAsync(request);
                Guid? id = response.IsSuccessStatusCode ? (await response.Content.ReadFromJsonAsync<SubmitOpinionResponse>())!.OpinionId : null;
                attempts.Enqueue(new Attempt(key, attempt, (int)response.StatusCode, id, clock.Elapsed.TotalSeconds));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }

                await Task.Delay(100); // a client backing off (Retry-After says 2 s; the test is impatient)
            }
        }

        var workers = Enumerable.Range(0, 6).Select(w => Task.Run(async () =>
        {
            using var client = app.CreateClient();
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                await SubmitUntilStoredAsync(client, $"w{w}-{i:D5}");
            }
        })).ToList();
        var poller = Task.Run(async () =>
        {
            using var client = app.CreateClient();
            while (!stop.IsCancellationRequested)
            {
                using var response = await client.GetAsync("/health/ready");
                health.Enqueue((clock.Elapsed.TotalSeconds, (int)response.StatusCode));
                await Task.Delay(100);
            }
        });

        await Task.Delay(1500);
        var downAt = clock.Elapsed.TotalSeconds;
        await cluster.StopAsync();
        var downFrom = clock.Elapsed.TotalSeconds;
        await Task.Delay(2000);
        var startingAt = clock.Elapsed.TotalSeconds;
        await cluster.StartAgainAsync();
        var upAt = clock.Elapsed.TotalSeconds;
        await Task.Delay(4000);
        await stop.CancelAsync();
        await Task.WhenAll(workers);
        await poller;

        var record = attempts.ToList();
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "fault-database-restart.log");
        await File.WriteAllLinesAsync(path, record.OrderBy(a => a.AtSeconds).Select(a => $"{a.AtSeconds:F3}s {a.Key} try {a.Try}: {a.Status} {a.OpinionId}")
            .Concat(health.Select(h => $"{h.At:F3}s /health/ready: {h.Status}"))
            .Append($"down {downAt:F3}s, starting {startingAt:F3}s, up {upAt:F3}s"));
        TestContext.AddTestAttachment(path, "every request and its answer");

        // The checker.
        var stored = record.Where(a => a.OpinionId is not null).ToList();
        var keys = record.Select(a => a.Key).Distinct().ToList();
        record.Should().Contain(a => a.Status == 503, "requests reached the API while the database was down");
        record.Select(a => a.Status).Distinct().Should().BeSubsetOf([201, 503], "a database outage is a 503 to retry, never a 500");
        stored.Select(a => a.Key).Should().OnlyHaveUniqueItems("each key stops at its first 2xx").And.BeEquivalentTo(keys, "every client got its opinion stored in the end");
        var rows = await RowsAsync(cluster.ConnectionString, dialogue.Id);
        rows.Should().HaveCount(stored.Count, "every 2xx opinion stored exactly once, nothing else stored");
        rows.Select(r => r.Id).Should().BeEquivalentTo(stored.Select(a => a.OpinionId!.Value));
        rows.GroupBy(r => r.Text).Should().OnlyContain(g => g.Count() == 1, "no opinion stored twice");

        using (var client = app.CreateClient())
        {
            foreach (var success in stored.Take(50))
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/dialogues/{dialogue.Id}/opinions")
                {
                    Content = JsonContent.Create(new { text = $"Synpunkt {success.Key}: fler bänkar och mer belysning i parken.", consentToFeedback = false }),
                };
                request.Headers.Add("Idempotency-Key", success.Key);
                using var again = await client.SendAsync(request);
                again.StatusCode.Should().Be(HttpStatusCode.Created);
                (await again.Content.ReadFromJsonAsync<SubmitOpinionResponse>())!.OpinionId.Should().Be(success.OpinionId!.Value, "a retry returns the first receipt");
            }
        }

        (await RowsAsync(cluster.ConnectionString, dialogue.Id)).Should().HaveCount(stored.Count, "retries with the same key add nothing");
        var checks = health.ToList();
        checks.Where(h => h.At > downFrom + 0.2 && h.At < startingAt).Should().NotBeEmpty().And.OnlyContain(h => h.Status == 503, "unhealthy while the database is down");
        var healthyAgain = checks.Where(h => h.At > upAt && h.Status == 200).Select(h => h.At).DefaultIfEmpty(double.MaxValue).Min();
        (healthyAgain - upAt).Should().BeLessThan(10, "healthy within 10 s of the database being back");
        TestContext.Out.WriteLine($"{keys.Count} opinions, {record.Count} requests ({record.Count(a => a.Status == 503)} answered 503), healthy {healthyAgain - upAt:F1} s after the database was back");
    }

    private static async Task<List<(Guid Id, string Text)>> RowsAsync(string connectionString, Guid dialogueId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT id, text FROM opinions WHERE dialogue_id = @d", connection);
        command.Parameters.AddWithValue("d", dialogueId);
        var rows = new List<(Guid, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetGuid(0), reader.GetString(1)));
        }

        return rows;
    }
}
