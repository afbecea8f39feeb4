using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Medborgardialog.Api.Tests.Infrastructure;
using Npgsql;
using static Medborgardialog.Api.Tests.Faults.FaultSupport;

namespace Medborgardialog.Api.Tests.Faults;

/// <summary>
/// The API process is killed (SIGKILL) in the middle of a feedback fan-out and started again. The API runs as its own
/// process with Hangfire, a throwaway PostgreSQL and a real SMTP server (aiosmtpd). The checker counts the mail the
/// server received per recipient: everyone gets the feedback, at most the mails in flight at the kill (one per sender)
/// arrive twice, sending resumes within seconds, and nothing left behind blocks the next job.
/// </summary>
[Category("Faults")]
public sealed partial class KilledDuringFanOutTests
{
    private const int Participants = 3000;
    private const int Senders = 4;

    [Test]
    public async Task A_killed_API_resumes_the_fan_out_and_every_participant_gets_the_mail()
    {
        await using var cluster = await ThrowawayCluster.StartAsync();
        using var smtp = new SmtpServer();
        smtp.Start();
        var port = FreePort();
        var baseUrl = $"http://127.0.0.1:{port}";
        var log = Path.Combine(TestContext.CurrentContext.WorkDirectory, "fault-killed-api.log");
        Process? api = null;
        try
        {
            api = StartApi(cluster, smtp, port, log);
            await WaitForReadyAsync(baseUrl, api);
            using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await SignInAsync(http));
            var dialogueId = await DialogueWithParticipantsAsync(http, cluster.ConnectionString);

            var published = await http.PostAsJsonAsync($"/api/dialogues/{dialogueId}/feedback",
                new { text = "Tack för alla synpunkter. Badhuset byggs där flest ville ha det.", links = Array.Empty<object>() });
            published.StatusCode.Should().Be(HttpStatusCode.Created, await published.Content.ReadAsStringAsync());
            var clock = Stopwatch.StartNew();
            await WaitUntilAsync(() => Delivered(smtp) >= Participants / 5, TimeSpan.FromSeconds(60), "a fifth of the mail before the kill");
            api.Kill(); // SIGKILL: no shutdown, no clean-up, leases and Hangfire's job left as they were
            await api.WaitForExitAsync();
            var killedAt = clock.Elapsed;
            var deliveredAtKill = Delivered(smtp);

            api = StartApi(cluster, smtp, port, log);
            await WaitForReadyAsync(baseUrl, api);
            var restartedAt = clock.Elapsed;
            await WaitUntilAsync(() => Delivered(smtp) > deliveredAtKill + 10, TimeSpan.FromSeconds(60), "sending to resume after the restart");
            var resumedAt = clock.Elapsed;
            await WaitUntilAsync(async () => await UnsentAsync(cluster.ConnectionString) == 0, TimeSpan.FromSeconds(120), "every mail of the ledger to be sent");
            var doneAt = clock.Elapsed;

            // The checker: count what the SMTP server received, per recipient.
            var received = ReceivedPerRecipient(smtp);
            var duplicates = received.Values.Sum(n => n - 1);
            TestContext.Out.WriteLine($"{Participants} participants: {deliveredAtKill} delivered when killed at {killedAt.TotalSeconds:F1} s; restarted at {restartedAt.TotalSeconds:F1} s; " +
                $"sending again {(resumedAt - restartedAt).TotalSeconds:F1} s after the restart; all sent at {doneAt.TotalSeconds:F1} s; {duplicates} duplicates");
            received.Keys.Should().HaveCount(Participants, "every confirmed participant receives the feedback");
            duplicates.Should().BeLessThanOrEqualTo(Senders, "at most the mails in flight at the kill (one per sender) go twice");
            (resumedAt - restartedAt).Should().BeLessThan(TimeSpan.FromSeconds(45), "recovery takes seconds, not Hangfire's 30 minutes");

            // Nothing left behind blocks the next job: a new mail goes out promptly.
            var opinion = await http.PostAsJsonAsync($"/api/dialogues/{await OpenDialogueAsync(http, "Efter omstarten")}/opinions",
                new { text = "En synpunkt efter omstarten.", feedbackEmail = "efter.omstarten@example.se", consentToFeedback = true });
            opinion.StatusCode.Should().Be(HttpStatusCode.Created);
            await WaitUntilAsync(() => ReceivedPerRecipient(smtp).ContainsKey("efter.omstarten@example.se"), TimeSpan.FromSeconds(15), "the next mail");
        }
        finally
        {
            if (api is { HasExited: false })
            {
                api.Kill();
                await api.WaitForExitAsync();
            }

            api?.Dispose();
            smtp.Stop();
            TestContext.AddTestAttachment(log, "the API's log (both runs)");
        }
    }

    private static Process StartApi(ThrowawayCluster cluster, SmtpServer smtp, int port, string log)
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name; // Debug or Release, as the tests were built
        var dll = Path.Combine(RepoRoot.Path, "api", "bin", configuration, "net10.0", "Medborgardialog.Api.dll");
        File.Exists(dll).Should().BeTrue($"the API is built ({dll})");
        var psi = new ProcessStartInfo("bash", ["-c", $"exec dotnet '{dll}' >> '{log}' 2>&1"]) { WorkingDirectory = Path.GetDirectoryName(dll)! };
        psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        psi.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        psi.Environment["ConnectionStrings__Default"] = cluster.ConnectionString;
        psi.Environment["Database__SeedDemoData"] = "false";
        psi.Environment["Admin__Email"] = "fault-admin@karlskoga.example";
        psi.Environment["Admin__Password"] = "ett långt lösenord för fel";
        psi.Environment["Email__SmtpHost"] = "127.0.0.1";
        psi.Environment["Email__SmtpPort"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        psi.Environment["Email__Senders"] = Senders.ToString(System.Globalization.CultureInfo.InvariantCulture);
        psi.Environment["Email__BatchSize"] = "200";
        psi.Environment["Jobs__QueuePollSeconds"] = "1";
        psi.Environment["Web__PublicUrl"] = $"http://127.0.0.1:{port}";
        psi.Environment["Logging__LogLevel__Default"] = "Warning";
        return Process.Start(psi)!;
    }

    private static async Task WaitForReadyAsync(string baseUrl, Process api)
    {
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            api.HasExited.Should().BeFalse("the API process keeps running");
            try
            {
                if ((await http.GetAsync("/health/ready")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        Assert.Fail("The API did not become ready in 90 s.");
    }

    private static async Task<string> SignInAsync(HttpClient http)
    {
        var response = await http.PostAsJsonAsync("/api/account/token", new { email = "fault-admin@karlskoga.example", password = "ett långt lösenord för fel" });
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<TokenBody>())!.AccessToken;
    }

    private static async Task<Guid> OpenDialogueAsync(HttpClient http, string title)
    {
        var opens = DateTimeOffset.UtcNow.AddDays(1);
        var created = await http.PostAsJsonAsync("/api/dialogues", new
        {
            title,
            summary = "Kommunen planerar ett nytt badhus. Var ska det ligga?",
            question = "Var ska badhuset ligga?",
            committee = "Kommunfullmäktige",
            forms = new[] { "survey", "openMeeting" },
            targetGroups = new[] { "allResidents" },
            places = new[] { new { name = "Folkets hus", address = "Kungsvägen 1, Karlskoga" } },
            opensAt = opens,
            closesAt = opens.AddDays(30),
        });
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<IdBody>())!.Id;
        (await http.PostAsync($"/api/dialogues/{id}/publish", null)).EnsureSuccessStatusCode();
        (await http.PostAsync($"/api/dialogues/{id}/open", null)).EnsureSuccessStatusCode();
        return id;
    }

    /// <summary>An open dialogue with <see cref="Participants"/> confirmed participants (written straight to the
    /// database, as thousands of residents would have over weeks), closed and decided.</summary>
    private static async Task<Guid> DialogueWithParticipantsAsync(HttpClient http, string connectionString)
    {
        var id = await OpenDialogueAsync(http, "Nytt badhus");
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var insert = new NpgsqlCommand("""
                INSERT INTO opinions (id, dialogue_id, channel, text, answers, receipt_token_hash, submitted_at, feedback_email, consent_text_version, feedback_email_confirmed_at)
                SELECT gen_random_uuid(), @d, 'Online', 'Synpunkt ' || n, '[]', md5(n::text || random()::text), now(), 'deltagare' || n || '@example.se', 'feedback-consent-2026-11', now()
                FROM generate_series(1, @n) n
                """, connection);
            insert.Parameters.AddWithValue("d", id);
            insert.Parameters.AddWithValue("n", Participants);
            await insert.ExecuteNonQueryAsync();
        }

        (await http.PostAsync($"/api/dialogues/{id}/close", null)).EnsureSuccessStatusCode();
        var decision = await http.PostAsJsonAsync($"/api/dialogues/{id}/decision", new
        {
            committee = "Kommunfullmäktige",
            decidedOn = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            text = "Badhuset byggs vid Nobelhallen.",
            howResultWasUsed = "Läget valdes efter vad flest föreslog.",
        });
        decision.StatusCode.Should().Be(HttpStatusCode.Created, await decision.Content.ReadAsStringAsync());
        return id;
    }

    private static int Delivered(SmtpServer smtp) => Directory.GetFiles(Path.Combine(smtp.Maildir, "new")).Length;

    private static async Task<long> UnsentAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM outgoing_emails WHERE sent_at IS NULL", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private sealed record TokenBody(string AccessToken);

    private sealed record IdBody(Guid Id);
}
