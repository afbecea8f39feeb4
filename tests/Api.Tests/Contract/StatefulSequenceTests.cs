using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Medborgardialog.Api.Infrastructure.Auth;
using Medborgardialog.Api.Tests.Features.Feedback;
using Medborgardialog.Api.Tests.Infrastructure;

namespace Medborgardialog.Api.Tests.Contract;

/// <summary>
/// Random sequences of staff and resident steps (seeded: FUZZ_SEED; FUZZ_BUDGET times as many steps), with the
/// invariants checked after every step: a dialogue never published is on no public path, list, search, feed,
/// calendar or transparency report; every public page of a published dialogue answers 2xx; the counts on the public
/// page, in the staff reach and in the result agree. Every answer also passes the contract check.
/// </summary>
public sealed class StatefulSequenceTests : ApiTest
{
    private readonly List<string> _log = [];
    private readonly List<Tracked> _dialogues = [];
    private Random _random = null!;
    private HttpClient _moderator = null!;
    private int _made;

    [Test]
    public async Task Random_steps_keep_unpublished_dialogues_private_public_ones_reachable_and_counts_in_agreement()
    {
        var seed = FuzzSettings.Seed;
        _random = new Random(seed);
        _moderator = await Staff.SignedInAsync(Factory, Roles.Moderator);
        var steps = (int)Math.Ceiling(100 * Math.Max(1, FuzzSettings.Budget * 2));
        TestContext.Progress.WriteLine($"Stateful sequences: seed {seed} (FUZZ_SEED to replay), {steps} steps");
        var broken = new List<string>();
        for (var i = 0; i < steps && broken.Count == 0; i++)
        {
            var (name, step) = Pick();
            var answer = await step();
            _log.Add($"{i + 1}. {name}: {answer}");
            broken.AddRange(await InvariantsAsync());
            broken.AddRange(ContractLedger.Take().Select(v => v.ToString()));
        }

        _moderator.Dispose();
        TestContext.Progress.WriteLine($"Stateful sequences: {_log.Count} steps, {_dialogues.Count} dialogues");
        broken.Should().BeEmpty($"seed {seed} (FUZZ_SEED={seed} to replay); the steps were:\n{string.Join("\n", _log)}\n");
    }

    private sealed class Tracked(Guid id, string slug, string title)
    {
        public Guid Id { get; } = id;
        public string Slug { get; set; } = slug;
        public string Title { get; } = title;
        public bool EverPublished { get; set; }
        public string Status { get; set; } = "draft";
        public List<(Guid Id, string Receipt)> Opinions { get; } = [];
        public List<Guid> Sessions { get; } = [];
        public List<Guid> Themes { get; } = [];
        public bool Exported { get; set; }

        /// <summary>Officials made its opinions public (internal ones answer 404 on the public opinions path, by design).</summary>
        public bool OpinionsPublic { get; set; }
    }

    /// <summary>A step that may be taken now, weighted towards moving dialogues along.</summary>
    private (string, Func<Task<string>>) Pick()
    {
        var steps = new List<(string, Func<Task<string>>)> { ("announce a draft", AnnounceAsync) };
        foreach (var d in _dialogues)
        {
            var t = d.Title;
            steps.Add(($"edit '{t}'", () => StatusAsync(d, Official.PutAsJsonAsync($"/api/dialogues/{d.Id}", Edit(d), Json))));
            for (var weight = 0; weight < 3; weight++)
            {
                steps.Add(($"publish '{t}'", () => StatusAsync(d, Official.PostAsync($"/api/dialogues/{d.Id}/publish", null))));
                steps.Add(($"open '{t}'", () => StatusAsync(d, Official.PostAsync($"/api/dialogues/{d.Id}/open", null))));
                steps.Add(($"close '{t}'", () => StatusAsync(d, Official.PostAsync($"/api/dialogues/{d.Id}/close", null))));
                steps.Add(($"submit an opinion online to '{t}'", () => OpinionAsync(d)));
            }

            steps.Add(($"cancel '{t}'", () => StatusAsync(d, Official.PostAsJsonAsync($"/api/dialogues/{d.Id}/cancel", new { reason = "Sekvensen ställde in den." }, Json))));
            steps.Add(($"add a session to '{t}'", () => SessionAsync(d)));
            steps.Add(($"submit an opinion online to '{t}'", () => OpinionAsync(d)));
            steps.Add(($"register an offline opinion to '{t}'", () => OfflineAsync(d)));
            steps.Add(($"import a CSV to '{t}'", () => ImportAsync(d)));
            steps.Add(($"create a theme in '{t}'", () => ThemeAsync(d)));
            steps.Add(($"compile the result of '{t}'", () => Say(Official.PutAsJsonAsync($"/api/dialogues/{d.Id}/result", new { summary = "Sammanfattning.", quoteOpinionIds = d.Opinions.Take(1).Select(o => o.Id) }, Json))));
            steps.Add(($"export the decision basis of '{t}'", async () => { var a = await Say(Official.PostAsync($"/api/dialogues/{d.Id}/decision-basis", null)); d.Exported |= a.StartsWith('2'); return a; }));
            steps.Add(($"record the decision of '{t}'", () => Say(Official.PostAsJsonAsync($"/api/dialogues/{d.Id}/decision", Requests.Decision(), Json))));
            steps.Add(($"publish feedback for '{t}'", () => Say(Official.PostAsJsonAsync($"/api/dialogues/{d.Id}/feedback", Requests.Feedback(), Json))));
            steps.Add(($"make the opinions of '{t}' public", async () =>
            {
                var answer = await Say(Official.PutAsJsonAsync($"/api/dialogues/{d.Id}/moderation", new { visibility = "public", mode = _random.Next(2) == 0 ? "preModeration" : "postModeration" }, Json));
                d.OpinionsPublic |= answer.StartsWith('2');
                return answer;
            }));
            if (d.Sessions.Count > 0)
            {
                var session = d.Sessions[_random.Next(d.Sessions.Count)];
                steps.Add(($"sign up for a session of '{t}'", () => Say(Client.PostAsJsonAsync($"/api/sessions/{session}/sign-ups", new { people = 1 + _random.Next(3) }, Json))));
            }

            if (d.Opinions.Count > 0)
            {
                var (opinion, receipt) = d.Opinions[_random.Next(d.Opinions.Count)];
                steps.Add(($"tag an opinion of '{t}'", () => Say(Official.PutAsJsonAsync($"/api/opinions/{opinion}/themes", new { themeIds = d.Themes.Take(1) }, Json))));
                steps.Add(($"approve an opinion of '{t}'", () => Say(_moderator.PostAsJsonAsync($"/api/moderation/opinions/{opinion}/approve", new { note = (string?)null }, Json))));
                steps.Add(($"hide an opinion of '{t}'", () => Say(_moderator.PostAsJsonAsync($"/api/moderation/opinions/{opinion}/hide", new { publicReason = "Personuppgifter." }, Json))));
                steps.Add(($"report an opinion of '{t}'", () => Say(Client.PostAsJsonAsync($"/api/opinions/{opinion}/reports", new { reason = "offTopic", reporterKey = Guid.NewGuid().ToString("N") }, Json))));
                steps.Add(($"withdraw an opinion of '{t}'", () => Say(Client.PostAsync($"/api/receipts/{receipt}/withdraw", null))));
                steps.Add(($"remove the e-mail of an opinion of '{t}'", () => Say(Client.DeleteAsync($"/api/receipts/{receipt}/email"))));
            }
        }

        // Moving a dialogue along is what finds the interesting states: announce less once there are a few.
        return _dialogues.Count >= 4 && _random.Next(4) > 0 ? steps[1 + _random.Next(steps.Count - 1)] : steps[_random.Next(Math.Min(steps.Count, _dialogues.Count < 2 ? 1 : steps.Count))];
    }

    private async Task<string> AnnounceAsync()
    {
        var n = ++_made;
        var title = $"Sekvensdialog {n} {Guid.NewGuid().ToString("N")[..6]}";
        var response = await Official.PostAsJsonAsync("/api/dialogues", Requests.Announcement(title), Json);
        if (response.IsSuccessStatusCode)
        {
            var body = await ReadAsync<JsonObject>(response);
            _dialogues.Add(new Tracked(Guid.Parse(body["id"]!.ToString()), body["slug"]!.ToString(), title));
        }

        return $"{(int)response.StatusCode} '{title}'";
    }

    private static object Edit(Tracked d)
    {
        var announcement = Requests.Announcement(d.Title);
        return announcement with { Summary = "En ändrad sammanfattning." };
    }

    private async Task<string> StatusAsync(Tracked d, Task<HttpResponseMessage> send)
    {
        var response = await send;
        if (response.IsSuccessStatusCode)
        {
            var body = await ReadAsync<JsonObject>(response);
            d.Status = body["status"]?.ToString() ?? d.Status;
            d.Slug = body["slug"]?.ToString() ?? d.Slug;
            d.EverPublished |= d.Status is "announced" or "open" or "closed" or "decided" or "feedbackPublished"
                               || (d.Status == "cancelled" && body["publishedAt"] is not null);
        }

        return $"{(int)response.StatusCode} → {d.Status}";
    }

    private async Task<string> SessionAsync(Tracked d)
    {
        var opens = Requests.Announcement().OpensAt;
        var response = await Official.PostAsJsonAsync($"/api/dialogues/{d.Id}/sessions", new
        {
            form = "openMeeting", title = $"Möte om {d.Title}", startsAt = opens.AddDays(2), endsAt = opens.AddDays(2).AddHours(2),
            placeName = "Folkets hus", address = "Kyrkbacken 2", onlineUrl = (string?)null,
            accessibility = new { stepFreeAccess = true, hearingLoop = true, interpretation = (string?)null, signLanguage = false, notes = (string?)null },
            capacity = 50, signUpRequired = false,
        }, Json);
        if (response.IsSuccessStatusCode)
        {
            d.Sessions.Add(Guid.Parse((await ReadAsync<JsonObject>(response))["id"]!.ToString()));
        }

        return ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<string> OpinionAsync(Tracked d)
    {
        var email = _random.Next(2) == 0 ? $"boende.{Guid.NewGuid():N}@example.com" : null;
        var response = await Client.PostAsJsonAsync($"/api/dialogues/{d.Id}/opinions",
            new { text = $"Synpunkt {Guid.NewGuid():N} om {d.Title}", answers = (object?)null, background = (object?)null, feedbackEmail = email, consentToFeedback = email is not null }, Json);
        if (response.IsSuccessStatusCode)
        {
            var body = await ReadAsync<JsonObject>(response);
            d.Opinions.Add((Guid.Parse(body["opinionId"]!.ToString()), body["receiptToken"]!.ToString()));
            if (email is not null && _random.Next(2) == 0)
            {
                await Scenario.ConfirmFeedbackAddressAsync(Factory, Client, email);
            }
        }

        return ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<string> OfflineAsync(Tracked d)
    {
        var response = await Official.PostAsJsonAsync($"/api/dialogues/{d.Id}/offline-opinions",
            new { channel = "paper", sessionId = (Guid?)null, text = $"Lapp {Guid.NewGuid():N}", answers = (object?)null, background = (object?)null }, Json);
        if (response.IsSuccessStatusCode)
        {
            var body = await ReadAsync<JsonObject>(response);
            d.Opinions.Add((Guid.Parse(body["opinionId"]!.ToString()), body["receiptToken"]!.ToString()));
        }

        return ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<string> ImportAsync(Tracked d)
    {
        var csv = $"kanal;tillfälle;ålder;område;relation;synpunkt\r\npapper;;;;;Importerad {Guid.NewGuid():N}\r\nmöte;;65+;;;Importerad {Guid.NewGuid():N}\r\n";
        var response = await Official.PostAsync($"/api/dialogues/{d.Id}/offline-opinions/import?dryRun={(_random.Next(3) == 0 ? "true" : "false")}",
            new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "import.csv" } });
        return ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<string> ThemeAsync(Tracked d)
    {
        var response = await Official.PostAsJsonAsync($"/api/dialogues/{d.Id}/themes", new { name = $"Tema {Guid.NewGuid().ToString("N")[..5]}" }, Json);
        if (response.IsSuccessStatusCode)
        {
            d.Themes.Add(Guid.Parse((await ReadAsync<JsonObject>(response))["id"]!.ToString()));
        }

        return ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<string> Say(Task<HttpResponseMessage> send) =>
        ((int)(await send).StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The invariants, as the public, the staff and the result each see the dialogues now.</summary>
    private async Task<List<string>> InvariantsAsync()
    {
        var broken = new List<string>();
        var publicPages = new Dictionary<string, string>
        {
            ["the dialogue list"] = await TextAsync("/api/dialogues?pageSize=100"),
            ["the Atom feed"] = await TextAsync("/api/feeds/dialogues.atom"),
            ["the sessions calendar"] = await TextAsync("/api/calendar/sessions.ics"),
            ["the transparency report"] = await TextAsync("/api/transparency/2026"),
            ["the transparency CSV"] = await TextAsync("/api/transparency/2026.csv"),
        };
        foreach (var d in _dialogues)
        {
            if (!d.EverPublished)
            {
                foreach (var (where, text) in publicPages)
                {
                    if (text.Contains(d.Id.ToString(), StringComparison.OrdinalIgnoreCase) || text.Contains(d.Title, StringComparison.Ordinal) || text.Contains(d.Slug, StringComparison.Ordinal))
                    {
                        broken.Add($"the never-published '{d.Title}' ({d.Status}) is in {where}");
                    }
                }

                var search = await TextAsync($"/api/dialogues?q={Uri.EscapeDataString(d.Title.Split(' ')[^1])}");
                if (search.Contains(d.Id.ToString(), StringComparison.OrdinalIgnoreCase))
                {
                    broken.Add($"the never-published '{d.Title}' ({d.Status}) is found by search");
                }

                foreach (var path in new[] { $"/api/dialogues/{d.Id}", $"/api/dialogue-slugs/{d.Slug}", $"/api/dialogues/{d.Id}/opinions", $"/api/dialogues/{d.Id}/feedback" }
                             .Concat(d.Sessions.Select(s => $"/api/calendar/sessions/{s}.ics")))
                {
                    var status = (int)(await Client.GetAsync(path)).StatusCode;
                    if (status != 404)
                    {
                        broken.Add($"the never-published '{d.Title}' ({d.Status}) answers {status} at {path}");
                    }
                }

                continue;
            }

            var publicPaths = new[] { $"/api/dialogue-slugs/{d.Slug}", $"/api/dialogues/{d.Id}" }
                .Concat(d.OpinionsPublic ? [$"/api/dialogues/{d.Id}/opinions"] : [])
                // "Add to calendar" is for dialogues still ahead or under way (GetCalendar), not for ended ones.
                .Concat(d.Status is "announced" or "open" ? d.Sessions.Select(s => $"/api/calendar/sessions/{s}.ics") : []);
            foreach (var path in publicPaths)
            {
                var status = (int)(await Client.GetAsync(path)).StatusCode;
                if (status is < 200 or > 299)
                {
                    broken.Add($"the published '{d.Title}' ({d.Status}) answers {status} at {path}");
                }
            }

            var page = JsonNode.Parse(await TextAsync($"/api/dialogues/{d.Id}"));
            var reach = JsonNode.Parse(await TextAsync($"/api/staff/dialogues/{d.Id}/reach", Official));
            var result = JsonNode.Parse(await TextAsync($"/api/staff/dialogues/{d.Id}/result", Official));
            var counts = new[] { ("the public page's opinionCount", page?["opinionCount"]), ("the reach's total", reach?["total"]), ("the result's total", result?["total"]) }
                .Where(c => c.Item2 is not null).Select(c => (c.Item1, Value: c.Item2!.GetValue<int>())).ToList();
            if (counts.Select(c => c.Value).Distinct().Count() > 1)
            {
                broken.Add($"the counts of '{d.Title}' ({d.Status}) disagree: {string.Join(", ", counts.Select(c => $"{c.Item1} {c.Value}"))}");
            }
        }

        return broken;
    }

    private async Task<string> TextAsync(string path, HttpClient? client = null) =>
        await (await (client ?? Client).GetAsync(path)).Content.ReadAsStringAsync();
}
