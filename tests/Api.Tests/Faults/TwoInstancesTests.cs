using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using Medborgardialog.Api.Tests.Infrastructure;
using Npgsql;
using static Medborgardialog.Api.Tests.Faults.FaultSupport;

namespace Medborgardialog.Api.Tests.Faults;

/// <summary>
/// Two API processes on one PostgreSQL, behind Debian's nginx (round robin), with a hot standby made by
/// <c>pg_basebackup</c> that the public pages read (<c>ConnectionStrings__ReadOnly</c>), and a real SMTP server
/// (aiosmtpd). Every request of the tests goes through nginx unless it names an instance to show what that instance
/// serves. Issue 19; docs/scaling.md.
/// </summary>
[Category("Faults")]
[NonParallelizable]
public sealed partial class TwoInstancesTests
{
    private const int ReportsPerMinute = 10;
    private const string AdminEmail = "cluster-admin@karlskoga.example";
    private const string AdminPassword = "två instanser, en sanning";

    private ThrowawayCluster _primary = null!;
    private string _standbyDirectory = "";
    private string _standbyConnectionString = "";
    private SmtpServer _smtp = null!;
    private readonly Instance[] _instances = [new("a"), new("b")];
    private Process? _nginx;
    private string _nginxDirectory = "";
    private HttpClient _http = null!; // through nginx, signed in as an Administrator (bearer)
    private HttpClient _anonymous = null!; // through nginx, no credentials
    private string _log = "";

    private sealed class Instance(string name)
    {
        public string Name { get; } = name;
        public int Port { get; } = FreePort();
        public Process? Process { get; set; }
        public string Url => $"http://127.0.0.1:{Port}";
    }

    [OneTimeSetUp]
    public async Task StartTheClusterAsync()
    {
        _log = Path.Combine(TestContext.CurrentContext.WorkDirectory, "two-instances.log");
        _primary = await ThrowawayCluster.StartAsync();
        _standbyDirectory = Path.Combine(Path.GetTempPath(), $"medborgardialog-standby-{Guid.NewGuid():N}");
        var standbyPort = int.Parse((await TestDatabase.Script($"pg_start_standby {_primary.Port} '{_standbyDirectory}'")).Trim(), CultureInfo.InvariantCulture);
        _standbyConnectionString = $"Host=127.0.0.1;Port={standbyPort};Database=medborgardialog;Username=medborgardialog;Password=medborgardialog;Timeout=3";
        _smtp = new SmtpServer();
        _smtp.Start();

        // The first migrates; the second starts when it is ready (both would do, under the start-up lock, but the
        // test should not wait on a race it does not test).
        foreach (var instance in _instances)
        {
            Start(instance);
            await WaitForReadyAsync(instance);
        }

        _nginx = StartNginx();
        _http = new HttpClient { BaseAddress = new Uri(NginxUrl), Timeout = TimeSpan.FromSeconds(30) };
        _anonymous = new HttpClient { BaseAddress = new Uri(NginxUrl), Timeout = TimeSpan.FromSeconds(30) };
        await WaitUntilAsync(async () => (await TryGetAsync(_anonymous, "/health/ready")) == HttpStatusCode.OK, TimeSpan.FromSeconds(20), "nginx to answer");
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await SignInAsync());
    }

    [OneTimeTearDown]
    public async Task StopTheClusterAsync()
    {
        foreach (var instance in _instances)
        {
            await StopAsync(instance);
        }

        if (_nginx is { HasExited: false })
        {
            _nginx.Kill(entireProcessTree: true);
            await _nginx.WaitForExitAsync();
        }

        _nginx?.Dispose();
        _http?.Dispose();
        _anonymous?.Dispose();
        _smtp?.Stop();
        _smtp?.Dispose();
        await TestDatabase.Script($"pg_stop '{_standbyDirectory}'; rm -rf '{_standbyDirectory}'");
        await _primary.DisposeAsync();
        if (_nginxDirectory.Length > 0)
        {
            Directory.Delete(_nginxDirectory, recursive: true);
        }

        foreach (var instance in _instances)
        {
            if (File.Exists($"{_log}.{instance.Name}"))
            {
                TestContext.AddTestAttachment($"{_log}.{instance.Name}", $"instance {instance.Name}'s log");
            }
        }
    }

    private string NginxUrl { get; set; } = "";

    [Test, Order(1)]
    public async Task Nginx_sends_the_requests_to_both_instances_in_turn()
    {
        // Each instance's own health page names its process; nginx's answers alternate between the two.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 6; i++)
        {
            var response = await _anonymous.GetAsync("/health/ready");
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            seen.Add(response.Headers.TryGetValues("X-Upstream", out var upstream) ? upstream.Single() : "?");
        }

        seen.Should().BeEquivalentTo([$"127.0.0.1:{_instances[0].Port}", $"127.0.0.1:{_instances[1].Port}"]);
    }

    [Test, Order(2)]
    public async Task A_staff_change_is_visible_through_every_instance_within_a_second()
    {
        var id = await OpenDialogueAsync("Två instanser – ändring syns överallt");
        // Both instances cache the public page (straight to each, twice: the second answer comes from the cache).
        foreach (var instance in _instances)
        {
            using var direct = new HttpClient { BaseAddress = new Uri(instance.Url) };
            (await ReadSummaryAsync(direct, id)).Should().StartWith("Kommunen planerar");
            var cached = await direct.GetAsync($"/api/dialogues/{id}");
            cached.Headers.Age.Should().NotBeNull($"instance {instance.Name} serves the page from its cache");
        }

        var edited = await _http.PutAsJsonAsync($"/api/dialogues/{id}", Description("Två instanser – ändring syns överallt", "Ändrad sammanfattning: badhuset byggs vid sjön."));
        edited.StatusCode.Should().Be(HttpStatusCode.OK, await edited.Content.ReadAsStringAsync());
        var clock = Stopwatch.StartNew();

        var seenAt = new Dictionary<string, TimeSpan>();
        while (seenAt.Count < _instances.Length && clock.Elapsed < TimeSpan.FromSeconds(5))
        {
            foreach (var instance in _instances.Where(i => !seenAt.ContainsKey(i.Name)))
            {
                using var direct = new HttpClient { BaseAddress = new Uri(instance.Url) };
                if ((await ReadSummaryAsync(direct, id)).StartsWith("Ändrad", StringComparison.Ordinal))
                {
                    seenAt[instance.Name] = clock.Elapsed;
                }
            }

            await Task.Delay(20);
        }

        TestContext.Out.WriteLine("The change seen through " + string.Join(", ", seenAt.Select(s => $"{s.Key} after {s.Value.TotalMilliseconds:F0} ms")));
        seenAt.Should().HaveCount(2, "both instances show the change");
        seenAt.Values.Should().OnlyContain(t => t < TimeSpan.FromSeconds(1), "within a second, though each had the old page cached for 60 s");
    }

    [Test, Order(3)]
    public async Task The_rate_limit_holds_across_instances()
    {
        var id = await OpenDialogueAsync("Två instanser – gränsen gäller båda");
        (await _http.PutAsJsonAsync($"/api/dialogues/{id}/moderation", new { visibility = "public", mode = "postModeration" })).EnsureSuccessStatusCode();
        var opinion = await SubmitAsync(id, "En synpunkt som någon vill anmäla, om parken vid torget.");

        var statuses = new List<HttpStatusCode>();
        var upstreams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < ReportsPerMinute + 6; i++)
        {
            var response = await _anonymous.PostAsJsonAsync($"/api/opinions/{opinion}/reports",
                new { reason = "spam", reporterKey = $"cluster-report-{i:D4}-abcdefgh" });
            statuses.Add(response.StatusCode);
            upstreams.Add(response.Headers.TryGetValues("X-Upstream", out var upstream) ? upstream.Single() : "?");
        }

        upstreams.Should().HaveCount(2, "the reports went through both instances");
        statuses.Count(s => s != HttpStatusCode.TooManyRequests).Should().Be(ReportsPerMinute,
            "one client gets the limit once, not once per instance");
        statuses.Skip(ReportsPerMinute).Should().OnlyContain(s => s == HttpStatusCode.TooManyRequests);
    }

    [Test, Order(4)]
    public async Task Copies_sent_through_both_instances_are_held_as_one_burst()
    {
        var id = await OpenDialogueAsync("Två instanser – kopior räknas tillsammans");
        const string campaign = "Stoppa bygget av parkeringshuset vid torget nu, det förstör stadsbilden för alla.";
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(await SubmitAsync(id, campaign)); // round robin: a, b, a (or b, a, b)
        }

        var held = await HeldAsync(ids);
        held.Should().Equal([false, false, true], "the third copy is a burst however the copies were spread over the instances");
    }

    [Test, Order(5)]
    public async Task Every_mail_is_sent_exactly_once_with_both_instances_sending()
    {
        const int Residents = 300;
        var id = await OpenDialogueAsync("Två instanser – varje brev en gång");
        var before = Directory.GetFiles(Path.Combine(_smtp.Maildir, "new")).Length;
        await Parallel.ForEachAsync(Enumerable.Range(0, Residents), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (n, ct) =>
        {
            var response = await _anonymous.PostAsJsonAsync($"/api/dialogues/{id}/opinions", new
            {
                text = $"Synpunkt {n} om badhuset, med återkoppling.",
                feedbackEmail = $"invanare{n}@example.se",
                consentToFeedback = true,
            }, ct);
            response.StatusCode.Should().Be(HttpStatusCode.Created);
        });

        await WaitUntilAsync(async () => await ScalarAsync<long>("SELECT count(*) FROM outgoing_emails WHERE sent_at IS NULL") == 0,
            TimeSpan.FromSeconds(90), "every confirmation mail to be sent");
        await Task.Delay(500); // a mail sent twice would arrive now at the latest

        var received = ReceivedPerRecipient(_smtp).Where(r => r.Key.StartsWith("invanare", StringComparison.Ordinal)).ToDictionary();
        received.Should().HaveCount(Residents, "every resident gets the confirmation");
        received.Values.Should().OnlyContain(n => n == 1, "no one gets it twice");
        (Directory.GetFiles(Path.Combine(_smtp.Maildir, "new")).Length - before).Should().Be(Residents);

        // Both processes ran the outbox: Hangfire records the server (host:pid:…) that processed each job.
        var servers = await ServersThatRanAsync("EmailOutboxJob");
        TestContext.Out.WriteLine($"The outbox ran on {servers.Count} servers: {string.Join(", ", servers)}");
        servers.Select(s => s.Split(':')[1]).Distinct().Should().HaveCount(2, "both instances sent mail");
    }

    [Test, Order(6)]
    public async Task Public_pages_read_the_standby_while_writes_staff_pages_and_receipts_use_the_primary()
    {
        var id = await OpenDialogueAsync("Två instanser – läsning från reserven");
        (await ReadSummaryAsync(_anonymous, id)).Should().StartWith("Kommunen planerar", "the standby has the dialogue");

        // Pause the standby's replay: what is written now is on the primary only.
        await StandbyAsync("SELECT pg_wal_replay_pause()");
        try
        {
            var edited = await _http.PutAsJsonAsync($"/api/dialogues/{id}", Description("Två instanser – läsning från reserven", "Nytt på primären: badhuset byggs vid sjön."));
            edited.StatusCode.Should().Be(HttpStatusCode.OK, "a write goes to the primary while the standby is behind");
            var staff = await _http.GetFromJsonAsync<JsonElement>($"/api/staff/dialogues/{id}");
            staff.GetProperty("summary").GetString().Should().StartWith("Nytt på primären", "a staff page reads the primary");

            var created = await _anonymous.PostAsJsonAsync($"/api/dialogues/{id}/opinions", new { text = "Min synpunkt, syns den direkt på kvittot?", consentToFeedback = false });
            created.StatusCode.Should().Be(HttpStatusCode.Created, "a resident's opinion is written to the primary");
            var token = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receiptToken").GetString();
            var receipt = await _anonymous.GetAsync($"/api/receipts/{token}");
            receipt.StatusCode.Should().Be(HttpStatusCode.OK, "the resident sees their receipt at once, from the primary");
            (await receipt.Content.ReadAsStringAsync()).Should().Contain("syns den direkt på kvittot");

            for (var i = 0; i < 4; i++) // both instances, fresh from the database (the edit emptied their caches)
            {
                (await ReadSummaryAsync(_anonymous, id)).Should().StartWith("Kommunen planerar", "the public page is read on the standby, which has not replayed the edit");
            }
        }
        finally
        {
            await StandbyAsync("SELECT pg_wal_replay_resume()");
        }

        var clock = Stopwatch.StartNew();
        await WaitUntilAsync(async () =>
        {
            var a = await ReadSummaryAsync(_anonymous, id);
            var b = await ReadSummaryAsync(_anonymous, id);
            return a.StartsWith("Nytt", StringComparison.Ordinal) && b.StartsWith("Nytt", StringComparison.Ordinal);
        }, TimeSpan.FromSeconds(5), "both instances to show the edit once the standby has replayed it");
        TestContext.Out.WriteLine($"After the replay resumed, both instances showed the edit in {clock.ElapsedMilliseconds} ms (the pages cached from the standby were emptied when it caught up)");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1));
    }

    [Test, Order(7)]
    public async Task One_instance_killed_mid_burst_loses_no_accepted_opinion()
    {
        const int Opinions = 400;
        var id = await OpenDialogueAsync("Två instanser – en dödas mitt i");
        var accepted = new ConcurrentDictionary<int, Guid>();
        var failures = new ConcurrentBag<string>();
        var sent = 0;
        var killed = false;
        var burst = Parallel.ForEachAsync(Enumerable.Range(0, Opinions), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (n, ct) =>
        {
            // A resident's app retries what did not get an answer, with the same Idempotency-Key: an opinion whose
            // answer was lost with the killed process is answered from the record, never stored twice.
            var key = $"burst-{id:N}-{n}";
            for (var attempt = 0; attempt < 20; attempt++)
            {
                Interlocked.Increment(ref sent);
                using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/dialogues/{id}/opinions")
                {
                    Content = JsonContent.Create(new { text = $"Synpunkt nummer {n} i skuren, om badhusets läge.", consentToFeedback = false }),
                };
                request.Headers.Add("Idempotency-Key", key);
                try
                {
                    using var response = await _anonymous.SendAsync(request, ct);
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        accepted[n] = (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("opinionId").GetGuid();
                        return;
                    }

                    failures.Add($"{(int)response.StatusCode}");
                }
                catch (HttpRequestException e)
                {
                    failures.Add(e.GetType().Name);
                }

                await Task.Delay(100, ct);
            }
        });
        await WaitUntilAsync(() => accepted.Count >= Opinions / 3, TimeSpan.FromSeconds(60), "a third of the burst before the kill");
        var victim = _instances[1];
        victim.Process!.Kill(); // SIGKILL, mid-request: no shutdown
        killed = true;
        await burst;

        TestContext.Out.WriteLine($"{Opinions} opinions, {sent} requests, {failures.Count} without a 201 ({string.Join(", ", failures.GroupBy(f => f).Select(g => $"{g.Count()} × {g.Key}"))}); instance {victim.Name} killed: {killed}");
        accepted.Should().HaveCount(Opinions, "every opinion is accepted in the end (retried through the live instance)");
        var stored = await ScalarAsync<long>($"SELECT count(*) FROM opinions WHERE dialogue_id = '{id}'");
        stored.Should().Be(Opinions, "every accepted opinion is stored, none twice");
        var missing = await ScalarAsync<long>($"SELECT count(*) FROM unnest(ARRAY[{string.Join(",", accepted.Values.Select(g => $"'{g}'::uuid"))}]) a(id) WHERE NOT EXISTS (SELECT 1 FROM opinions o WHERE o.id = a.id)");
        missing.Should().Be(0, "each 201's opinion id is in the database");
    }

    [Test, Order(8)]
    public async Task An_instance_that_lost_its_listening_connection_empties_its_caches_when_it_is_back()
    {
        var instance = _instances[0]; // b was killed in the test before
        var id = await OpenDialogueAsync("Två instanser – lyssnaren tappas");
        using var direct = new HttpClient { BaseAddress = new Uri(instance.Url) };
        (await ReadSummaryAsync(direct, id)).Should().StartWith("Kommunen planerar");
        (await direct.GetAsync($"/api/dialogues/{id}")).Headers.Age.Should().NotBeNull("the page is cached (60 s)");

        // The listening connection is cut, and a change is made that sends no notice (as one sent while the instance
        // was not listening): only emptying everything once it listens again brings the change in before 60 s.
        var cut = await ScalarAsync<long>($"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE query = 'LISTEN {Medborgardialog.Api.Infrastructure.Cluster.ClusterSignals.Channel}'");
        cut.Should().BeGreaterThan(0, "the instance was listening");
        await ScalarAsync<int>($"WITH changed AS (UPDATE dialogues SET summary = 'Ändrad medan ingen lyssnade.' WHERE id = '{id}' RETURNING 1) SELECT count(*)::int FROM changed");
        await StandbyCaughtUpAsync();

        var clock = Stopwatch.StartNew();
        await WaitUntilAsync(async () => (await ReadSummaryAsync(direct, id)).StartsWith("Ändrad", StringComparison.Ordinal),
            TimeSpan.FromSeconds(15), "the instance to listen again and empty its caches");
        TestContext.Out.WriteLine($"Listening again and the page fresh {clock.ElapsedMilliseconds} ms after the change (the first retry waits 1 s)");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10), "well before the cached page would expire");
    }

    // ---- the parts ----

    private void Start(Instance instance)
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var dll = Path.Combine(RepoRoot.Path, "api", "bin", configuration, "net10.0", "Medborgardialog.Api.dll");
        var psi = new ProcessStartInfo("bash", ["-c", $"exec dotnet '{dll}' >> '{_log}.{instance.Name}' 2>&1"]) { WorkingDirectory = Path.GetDirectoryName(dll)! };
        psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        psi.Environment["ASPNETCORE_URLS"] = instance.Url;
        psi.Environment["ConnectionStrings__Default"] = _primary.ConnectionString;
        psi.Environment["ConnectionStrings__ReadOnly"] = _standbyConnectionString;
        psi.Environment["Database__SeedDemoData"] = "false";
        psi.Environment["Admin__Email"] = AdminEmail;
        psi.Environment["Admin__Password"] = AdminPassword;
        psi.Environment["Email__SmtpHost"] = "127.0.0.1";
        psi.Environment["Email__SmtpPort"] = _smtp.Port.ToString(CultureInfo.InvariantCulture);
        psi.Environment["Email__Senders"] = "2";
        psi.Environment["Email__BatchSize"] = "10";
        psi.Environment["Jobs__QueuePollSeconds"] = "1";
        psi.Environment["Web__PublicUrl"] = "http://127.0.0.1";
        psi.Environment["Http__PublicCacheSeconds"] = "60"; // longer than any wait here: what a test sees fresh was emptied, not expired
        psi.Environment["RateLimits__ReportsPerMinute"] = ReportsPerMinute.ToString(CultureInfo.InvariantCulture);
        psi.Environment["RateLimits__AnonymousWritesPerMinute"] = "100000";
        psi.Environment["Auth__SignInsPerMinute"] = "100";
        psi.Environment["Logging__LogLevel__Default"] = "Warning";
        instance.Process = Process.Start(psi)!;
    }

    private static async Task StopAsync(Instance instance)
    {
        if (instance.Process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        instance.Process?.Dispose();
    }

    private Process StartNginx()
    {
        _nginxDirectory = Path.Combine(Path.GetTempPath(), $"medborgardialog-nginx-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(_nginxDirectory, "logs"));
        var port = FreePort();
        NginxUrl = $"http://127.0.0.1:{port}";
        var root = Environment.UserName == "root" ? "user root;" : "";
        File.WriteAllText(Path.Combine(_nginxDirectory, "nginx.conf"), $$"""
            {{root}}
            worker_processes 1;
            pid {{_nginxDirectory}}/nginx.pid;
            error_log {{_nginxDirectory}}/logs/error.log warn;
            events { worker_connections 256; }
            http {
              access_log off;
              client_body_temp_path {{_nginxDirectory}}/body;
              proxy_temp_path {{_nginxDirectory}}/proxy;
              fastcgi_temp_path {{_nginxDirectory}}/fastcgi;
              uwsgi_temp_path {{_nginxDirectory}}/uwsgi;
              scgi_temp_path {{_nginxDirectory}}/scgi;
              upstream api {
                server 127.0.0.1:{{_instances[0].Port}} max_fails=1 fail_timeout=10s;
                server 127.0.0.1:{{_instances[1].Port}} max_fails=1 fail_timeout=10s;
                keepalive 16;
              }
              server {
                listen 127.0.0.1:{{port}};
                location / {
                  proxy_pass http://api;
                  proxy_http_version 1.1;
                  proxy_set_header Connection "";
                  proxy_set_header Host $host;
                  proxy_set_header X-Forwarded-For $remote_addr;
                  proxy_set_header X-Forwarded-Proto $scheme;
                  add_header X-Upstream $upstream_addr always;
                }
              }
            }
            """);
        var nginx = File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx";
        var psi = new ProcessStartInfo(nginx, ["-p", _nginxDirectory, "-c", Path.Combine(_nginxDirectory, "nginx.conf"), "-g", "daemon off;"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        return Process.Start(psi) ?? throw new InvalidOperationException("Could not start nginx (apt install nginx-light).");
    }

    private async Task WaitForReadyAsync(Instance instance)
    {
        using var http = new HttpClient { BaseAddress = new Uri(instance.Url), Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            instance.Process!.HasExited.Should().BeFalse($"instance {instance.Name} keeps running (log: {_log})");
            if (await TryGetAsync(http, "/health/ready") == HttpStatusCode.OK)
            {
                return;
            }

            await Task.Delay(200);
        }

        Assert.Fail($"Instance {instance.Name} did not become ready in 90 s.");
    }

    private static async Task<HttpStatusCode?> TryGetAsync(HttpClient http, string path)
    {
        try
        {
            return (await http.GetAsync(path)).StatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return null;
        }
    }

    private async Task<string> SignInAsync()
    {
        var response = await _anonymous.PostAsJsonAsync("/api/account/token", new { email = AdminEmail, password = AdminPassword });
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    private static object Description(string title, string summary)
    {
        var opens = new DateTimeOffset(DateTime.UtcNow.Date.AddDays(1), TimeSpan.Zero);
        return new
        {
            title,
            summary,
            question = "Var ska badhuset ligga?",
            committee = "Kommunfullmäktige",
            forms = new[] { "survey", "openMeeting" },
            targetGroups = new[] { "allResidents" },
            places = new[] { new { name = "Folkets hus", address = "Kungsvägen 1, Karlskoga" } },
            opensAt = opens,
            closesAt = opens.AddDays(30),
        };
    }

    private async Task<Guid> OpenDialogueAsync(string title)
    {
        var created = await _http.PostAsJsonAsync("/api/dialogues", Description(title, "Kommunen planerar ett nytt badhus. Var ska det ligga?"));
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await _http.PostAsync($"/api/dialogues/{id}/publish", null)).EnsureSuccessStatusCode();
        (await _http.PostAsync($"/api/dialogues/{id}/open", null)).EnsureSuccessStatusCode();
        await StandbyCaughtUpAsync();
        return id;
    }

    /// <summary>Waits until the standby has replayed everything the primary has written so far (and the instances
    /// have emptied their caches again after it).</summary>
    private async Task StandbyCaughtUpAsync()
    {
        var lsn = await ScalarAsync<string>("SELECT pg_current_wal_lsn()::text");
        await WaitUntilAsync(async () =>
        {
            await using var connection = new NpgsqlConnection(_standbyConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT pg_last_wal_replay_lsn() >= @lsn::pg_lsn", connection);
            command.Parameters.AddWithValue("lsn", lsn);
            return (bool)(await command.ExecuteScalarAsync())!;
        }, TimeSpan.FromSeconds(10), "the standby to replay the primary's writes");
        await Task.Delay(200);
    }

    private async Task<Guid> SubmitAsync(Guid dialogueId, string text)
    {
        var response = await _anonymous.PostAsJsonAsync($"/api/dialogues/{dialogueId}/opinions", new { text, consentToFeedback = false });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("opinionId").GetGuid();
    }

    private static async Task<string> ReadSummaryAsync(HttpClient http, Guid id)
    {
        var page = await http.GetFromJsonAsync<JsonElement>($"/api/dialogues/{id}");
        return page.GetProperty("summary").GetString()!;
    }

    private async Task<List<bool>> HeldAsync(List<Guid> ids)
    {
        var held = new List<bool>();
        await using var connection = new NpgsqlConnection(_primary.ConnectionString);
        await connection.OpenAsync();
        foreach (var id in ids)
        {
            await using var command = new NpgsqlCommand("SELECT moderation = 'Held' FROM opinions WHERE id = @id", connection);
            command.Parameters.AddWithValue("id", id);
            held.Add((bool)(await command.ExecuteScalarAsync())!);
        }

        return held;
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(_primary.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private async Task StandbyAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_standbyConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The Hangfire servers (host:pid:id) that processed a job of the given class.</summary>
    private async Task<List<string>> ServersThatRanAsync(string jobClass)
    {
        await using var connection = new NpgsqlConnection(_primary.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT DISTINCT s.data::jsonb ->> 'ServerId'
            FROM hangfire.state s JOIN hangfire.job j ON j.id = s.jobid
            WHERE s.name = 'Processing' AND j.invocationdata::text LIKE @class
            """, connection);
        command.Parameters.AddWithValue("class", $"%{jobClass}%");
        var servers = new List<string>();
        await using var rows = await command.ExecuteReaderAsync();
        while (await rows.ReadAsync())
        {
            servers.Add(rows.GetString(0));
        }

        return servers;
    }

}
