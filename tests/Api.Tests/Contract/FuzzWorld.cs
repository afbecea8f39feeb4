using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Features.Dialogues;
using Medborgardialog.Api.Features.Feedback;
using Medborgardialog.Api.Features.Opinions;
using Medborgardialog.Api.Infrastructure.Persistence;
using Medborgardialog.Api.Tests.Features.Feedback;
using Medborgardialog.Api.Tests.Features.Opinions;
using Medborgardialog.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Medborgardialog.Api.Features.Feedback.Common;

namespace Medborgardialog.Api.Tests.Contract;

/// <summary>The states a dialogue's resources are fuzzed in: its whole life, and a draft cancelled before it was ever announced.</summary>
public static class FuzzStates
{
    public const string Draft = "draft";
    public const string Announced = "announced";
    public const string Open = "open";
    public const string Closed = "closed";
    public const string Decided = "decided";
    public const string FeedbackPublished = "feedbackPublished";
    public const string Cancelled = "cancelled";
    public const string CancelledDraft = "cancelledDraft";

    public static readonly string[] All = [Draft, Announced, Open, Closed, Decided, FeedbackPublished, Cancelled, CancelledDraft];
}

/// <summary>A dialogue in one state with real related resources, by noun: "dialogue", "slug", "opinion", "receipt",
/// "session", "theme", "document", "question", "option", "feedback-email-confirmation", "feedback-unsubscription", …</summary>
public sealed class FuzzFixture(string state, Guid dialogueId)
{
    public string State { get; } = state;

    public Guid DialogueId { get; } = dialogueId;

    public Dictionary<string, List<string>> Values { get; } = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<QuestionDto> Questions { get; set; } = [];

    public string Fingerprint { get; set; } = "";

    public void Add(string noun, params string[] values)
    {
        if (!Values.TryGetValue(noun, out var list))
        {
            Values[noun] = list = [];
        }

        list.AddRange(values);
    }
}

/// <summary>Builds fixtures through the real use cases, as an Official would (and a resident, for opinions and sign-ups).</summary>
public sealed class FuzzWorld(ApiFactory factory, HttpClient official, HttpClient resident, Action<string, HttpResponseMessage> onAnswer)
{
    public static readonly byte[] Pdf = [.. "%PDF-1.7\n"u8.ToArray(), .. new byte[512], .. "\n%%EOF"u8.ToArray()];

    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. new byte[64]];

    /// <summary>A clean import for the questionnaire of <see cref="Requests.Questionnaire"/>.</summary>
    public const string Csv = "\uFEFFkanal;tillfälle;ålder;område;relation;synpunkt;fråga 1;fråga 2;fråga 3;fråga 4;fråga 5\r\n" +
                              "papper;;65+;centrum;boende;Bra idé om parken;Skranta;Bowl|Belysning;4;Läge|Pris;\r\n";

    private static readonly JsonSerializerOptions Json = ApiTestJson.Options;
    private int _made;
    private int _mailSent;

    public List<string> Years { get; } = ["2026", "2027"];

    /// <summary>Nouns this configuration of the app cannot have, with the reason.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, string> Unavailable { get; } = new();

    public async Task<FuzzFixture> BuildAsync(string state)
    {
        var n = Interlocked.Increment(ref _made);
        var announcement = Requests.Announcement($"Fuzzdialog {n} {state}");
        var created = await Read<AnnounceDialogueResponse>(await official.PostAsJsonAsync("/api/dialogues", announcement, Json), "announce");
        var fixture = new FuzzFixture(state, created.Id);
        fixture.Add("dialogue", created.Id.ToString());
        fixture.Add("slug", created.Slug);
        var id = created.Id;

        if (state == FuzzStates.CancelledDraft)
        {
            await Send(await official.PostAsJsonAsync($"/api/dialogues/{id}/cancel", new { reason = "Utkastet drogs tillbaka." }, Json), "cancel draft");
            return await Finish(fixture);
        }

        fixture.Questions = await Read<List<QuestionDto>>(await official.PutAsJsonAsync($"/api/dialogues/{id}/questionnaire", Requests.Questionnaire, Json), "questionnaire");
        fixture.Add("question", [.. fixture.Questions.Select(q => q.Id.ToString())]);
        fixture.Add("option", [.. fixture.Questions.SelectMany(q => q.Options).Select(o => o.Id.ToString())]);
        // A translation to remove in every state, and languages to translate into.
        await Send(await official.PutAsJsonAsync($"/api/dialogues/{id}/translations/en", Example("SetDialogueTranslationRequest", fixture, ""), Json), "translation");
        fixture.Add("language", "en", "ar", "fi");
        var session = await Read<AddSessionResponse>(await official.PostAsJsonAsync($"/api/dialogues/{id}/sessions", new AddSessionRequest(
            DialogueForm.YouthDialogue, "Workshop på fritidsgården", announcement.OpensAt.AddDays(3), announcement.OpensAt.AddDays(3).AddHours(2),
            "Fritidsgården Skranta", "Skrantavägen 5", null, new SessionAccessibilityInput(true, true, null, false, null), 30, false), Json), "session");
        fixture.Add("session", session.Id.ToString());
        var document = await Read<JsonObject>(await official.PostAsync($"/api/dialogues/{id}/documents", new MultipartFormDataContent
        {
            { new StringContent("Förstudie"), "title" },
            { new ByteArrayContent(Pdf) { Headers = { ContentType = new("application/pdf") } }, "file", "forstudie.pdf" },
        }), "document");
        fixture.Add("document", document["id"]!.ToString());
        if (state == FuzzStates.Draft)
        {
            return await Finish(fixture);
        }

        await Send(await official.PostAsync($"/api/dialogues/{id}/publish", null), "publish");
        if (state == FuzzStates.Announced)
        {
            return await Finish(fixture);
        }

        await Send(await official.PostAsync($"/api/dialogues/{id}/open", null), "open");
        await Send(await official.PutAsJsonAsync($"/api/dialogues/{id}/moderation", new { visibility = "public", mode = "postModeration" }, Json), "moderation");
        await Send(await resident.PostAsJsonAsync($"/api/sessions/{session.Id}/sign-ups", new { people = 2 }, Json), "sign-up");
        var email = $"fuzz.{n}@example.com";
        foreach (var (text, address) in new[] { ("Mer belysning i parken, tack.", email), ("Fler bänkar och träd runt dammen.", null) })
        {
            var receipt = await Read<SubmitOpinionResponse>(await resident.PostAsJsonAsync($"/api/dialogues/{id}/opinions",
                new { text, answers = Requests.GoodAnswers(fixture.Questions), background = (object?)null, feedbackEmail = address, consentToFeedback = address is not null }, Json), "opinion");
            fixture.Add("opinion", receipt.OpinionId.ToString());
            fixture.Add("receipt", receipt.ReceiptToken);
        }

        var token = await ConfirmationTokenAsync(email);
        await Send(await resident.PostAsync($"/api/feedback-email-confirmations/{token}", null), "confirm");
        fixture.Add("feedback-email-confirmation", token);
        var offline = await Read<RegisterOfflineOpinionResponse>(await official.PostAsJsonAsync($"/api/dialogues/{id}/offline-opinions",
            new { channel = "paper", sessionId = session.Id, text = "En lapp från workshopen.", answers = Requests.GoodAnswers(fixture.Questions), background = (object?)null }, Json), "offline opinion");
        fixture.Add("opinion", offline.OpinionId.ToString());
        fixture.Add("receipt", offline.ReceiptToken);
        fixture.Add("feedback-unsubscription", [.. fixture.Values["opinion"].Select(o => factory.Services.GetRequiredService<FeedbackLinks>().UnsubscribeToken(Guid.Parse(o)))]);
        if (state == FuzzStates.Open)
        {
            return await Finish(fixture);
        }

        if (state == FuzzStates.Cancelled)
        {
            await Send(await official.PostAsJsonAsync($"/api/dialogues/{id}/cancel", new { reason = "Frågan avgörs i ett annat sammanhang." }, Json), "cancel");
            return await Finish(fixture);
        }

        // Offline opinions with words in common, so the theme suggestions have something to group.
        foreach (var text in new[] { "Fler cykelbanor i centrum.", "Cykelbanan vid torget är för smal.", "Bättre belysning vid busshållplatsen.", "Belysningen i tunneln är trasig." })
        {
            await Send(await official.PostAsJsonAsync($"/api/dialogues/{id}/offline-opinions",
                new { channel = "meeting", text, answers = Requests.GoodAnswers(fixture.Questions), background = (object?)null }, Json), "offline opinion");
        }

        await Scenario.CloseAsync(official, id);
        var theme = await Read<JsonObject>(await official.PostAsJsonAsync($"/api/dialogues/{id}/themes", new { name = "Belysning" }, Json), "theme");
        fixture.Add("theme", theme["id"]!.ToString());
        await Send(await official.PutAsJsonAsync($"/api/opinions/{fixture.Values["opinion"][0]}/themes", new { themeIds = new[] { theme["id"]!.ToString() } }, Json), "tag");
        // Theme suggestions worked out (as the background job does) and a bulk tagging, to undo, merge, split, accept.
        await Send(await official.PostAsJsonAsync($"/api/dialogues/{id}/theme-suggestions", new { count = 2 }, Json), "suggest themes");
        using (var scope = factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<Mediator.ISender>().Send(new Medborgardialog.Api.Features.ThemeSuggestions.RunThemeSuggestionsCommand());
        }

        var suggestions = await Read<JsonObject>(await official.GetAsync($"/api/staff/dialogues/{id}/theme-suggestions"), "theme suggestions");
        fixture.Add("theme-suggestion", [.. (suggestions["run"]?["suggestions"] as JsonArray ?? []).Select(x => x!["id"]!.ToString())]);
        fixture.Add("suggestion", [.. fixture.Values["theme-suggestion"]]);
        var untagged = await Read<JsonObject>(await official.GetAsync($"/api/staff/dialogues/{id}/opinions?untagged=true"), "untagged");
        var tagging = await Read<JsonObject>(await official.PostAsJsonAsync($"/api/dialogues/{id}/taggings",
            new { themeId = theme["id"]!.ToString(), action = "tag", match = new { untagged = true }, expectedCount = untagged["total"]!.GetValue<int>() }, Json), "bulk tagging");
        fixture.Add("tagging", tagging["id"]!.ToString());
        await Send(await official.PutAsJsonAsync($"/api/dialogues/{id}/result", new { summary = "De flesta vill ha belysning.", quoteOpinionIds = new[] { fixture.Values["opinion"][0] } }, Json), "result");
        if (state == FuzzStates.Closed)
        {
            return await Finish(fixture);
        }

        await Send(await official.PostAsync($"/api/dialogues/{id}/decision-basis", null), "decision basis");
        await Send(await official.PostAsJsonAsync($"/api/dialogues/{id}/decision", Requests.Decision(), Json), "decision");
        if (state == FuzzStates.Decided)
        {
            return await Finish(fixture);
        }

        await Send(await official.PostAsJsonAsync($"/api/dialogues/{id}/feedback", Requests.Feedback(), Json), "feedback");
        return await Finish(fixture);
    }

    /// <summary>What a valid request can change about the fixture: status, decision, feedback, questions, slug, result.</summary>
    public async Task<string> FingerprintAsync(Guid dialogueId)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var dialogue = await db.Dialogues.AsNoTracking().Where(d => d.Id == dialogueId).Select(d => new
        {
            d.Status, d.Slug, d.Questions,
            Decided = db.Decisions.Any(x => x.DialogueId == d.Id),
            Feedback = db.Feedbacks.Any(x => x.DialogueId == d.Id),
        }).SingleAsync();
        return $"{dialogue.Status}|{dialogue.Decided}|{dialogue.Feedback}|{dialogue.Slug}|{string.Join(",", dialogue.Questions.Select(q => q.Id))}";
    }

    /// <summary>Ids that exist outside any one dialogue: local mail (when mail is kept as files), officials, districts, webhook endpoints.</summary>
    public async Task AddSharedAsync(FuzzFixture fixture, HttpClient administrator)
    {
        if (Interlocked.Exchange(ref _mailSent, 1) == 0)
        {
            // The outbox writes the mail so far as files when no SMTP server is set: local-mail ids to fuzz with.
            using var scope = factory.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<Mediator.ISender>().Send(new Medborgardialog.Api.Features.Email.SendOutgoingEmailsCommand());
        }

        fixture.Add("year", [.. Years]);
        // A follower of this fixture's own (a request may unfollow it), confirmed from its mail: its link and its follow.
        var email = $"foljare-{Guid.NewGuid():N}@example.se";
        onAnswer("shared follower", await administrator.PostAsJsonAsync("/api/follows", new { email, consent = true, newDialogues = true }, Json));
        using (var scope = factory.Services.CreateScope())
        {
            var body = await scope.ServiceProvider.GetRequiredService<AppDbContext>().OutgoingEmails
                .Where(e => e.ToAddress == email && e.Kind == "follow-confirmation").Select(e => e.Body).SingleAsync();
            var token = System.Text.RegularExpressions.Regex.Match(body, "/folj/bekrafta/([A-Za-z0-9_-]+)").Groups[1].Value;
            var confirmed = await Read<JsonObject>(await administrator.PostAsJsonAsync("/api/follow-confirmations", new { token }, Json), "confirm the follow");
            fixture.Add("follower", confirmed["followerToken"]!.ToString());
            fixture.Add("follow", confirmed["follow"]!["id"]!.ToString());
        }

        // A webhook endpoint of this fixture's own (a request may delete it; the next fixture registers another).
        onAnswer("shared webhook", await administrator.PostAsJsonAsync("/api/webhooks",
            new { url = "https://integration.example.se/medborgardialog/webhook", description = "Fuzz", events = new[] { "opened" } }, Json));
        foreach (var (noun, path, member, list) in new[]
                 {
                     ("local-mail", "/api/staff/local-mail", "id", "messages"),
                     ("official", "/api/officials", "id", null),
                     ("webhook", "/api/webhooks", "id", null),
                     ("district", "/api/districts", "code", null),
                 })
        {
            var answer = await administrator.GetAsync(path);
            onAnswer($"shared {noun}", answer);
            if (!answer.IsSuccessStatusCode)
            {
                continue;
            }

            var json = JsonNode.Parse(await answer.Content.ReadAsStringAsync());
            if ((json as JsonObject)?["enabled"]?.GetValue<bool>() == false)
            {
                Unavailable[noun] = $"{path} answers enabled: false (mail goes to an SMTP server, no files are kept)";
            }
            else if (list is not null && json?[list] is JsonArray { Count: 0 })
            {
                Unavailable[noun] = $"{path} lists nothing (the outbox wrote no files)";
            }

            var items = (list is null ? json : json?[list]) as JsonArray ?? [];
            fixture.Add(noun, [.. items.Select(i => i?[member]?.ToString()).OfType<string>()]);
        }
    }

    private async Task<FuzzFixture> Finish(FuzzFixture fixture)
    {
        fixture.Fingerprint = await FingerprintAsync(fixture.DialogueId);
        return fixture;
    }

    private async Task<string> ConfirmationTokenAsync(string email)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var body = await db.OutgoingEmails.Where(e => e.ToAddress == email && e.Kind == "confirm-feedback-email").Select(e => e.Body).SingleAsync();
        return Scenario.ConfirmationToken(body);
    }

    private async Task Send(HttpResponseMessage response, string step)
    {
        onAnswer(step, response);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Building a fixture: {step} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    private async Task<T> Read<T>(HttpResponseMessage response, string step)
    {
        await Send(response, step);
        return (await response.Content.ReadFromJsonAsync<T>(Json))!;
    }

    /// <summary>Valid request bodies the schema alone cannot make (answers that fit the questionnaire, a consistent
    /// decision), by the request schema's component name — examples, as the contract's own would be.</summary>
    public static object? Example(string? schemaName, FuzzFixture fixture, string staffEmail) => schemaName switch
    {
        "AnnounceDialogueRequest" => Requests.Announcement($"Fuzzexempel {Guid.NewGuid():N}"),
        "SetQuestionnaireRequest" => Requests.Questionnaire,
        "SetDialogueMapRequest" => new
        {
            area = new { type = "Polygon", coordinates = new[] { new[] { new[] { 14.488, 59.312 }, [14.52, 59.312], [14.52, 59.329], [14.488, 59.329], [14.488, 59.312] } } },
            startView = new { center = new { type = "Point", coordinates = new[] { 14.503, 59.3205 } }, zoom = 15 },
            places = new[] { new { id = (Guid?)null, name = "Bäckegårdsskolan", nameEn = (string?)null, location = new { type = "Point", coordinates = new[] { 14.5035, 59.3207 } } } },
        },
        "SetDialogueTranslationRequest" => new
        {
            title = "A new skate park at Skranta", summary = "The municipality is planning a skate park.", question = "What should it be like?",
            easyReadText = (string?)null,
            questions = fixture.Questions.Take(1).Select(q => new { questionId = q.Id, text = "Where should the park be?", options = q.Options.Take(1).Select(o => new { optionId = o.Id, text = "Skranta" }) }),
        },
        "SubmitOpinionRequest" when fixture.Questions.Count > 0 => Requests.Opinion("Ett exempel på en synpunkt om parken.", Requests.GoodAnswers(fixture.Questions)),
        "RegisterOfflineOpinionRequest" when fixture.Questions.Count > 0 => new
        {
            channel = "meeting", sessionId = fixture.Values.GetValueOrDefault("session")?.FirstOrDefault(), text = "Från mötet.",
            answers = Requests.GoodAnswers(fixture.Questions), background = (object?)null,
        },
        "RecordDecisionRequest" => Requests.Decision(),
        "PublishFeedbackRequest" => Requests.Feedback(),
        "CancelDialogueRequest" => new { reason = "Fuzz: inställd." },
        "SetOpinionModerationRequest" => new { visibility = "public", mode = "postModeration" },
        "SignInRequest" => new { email = staffEmail, password = Staff.Password },
        "SignUpForSessionRequest" => new { people = 1, name = (string?)null, email = (string?)null, consentToEmail = false },
        _ => null,
    };

    /// <summary>The valid multipart files: a PDF, a PNG and a CSV import; every one is tried.</summary>
    public static IEnumerable<(string FileName, string ContentType, byte[] Bytes)> Files() =>
    [
        ("forstudie.pdf", "application/pdf", Pdf),
        ("karta.png", "image/png", Png),
        ("synpunkter.csv", "text/csv", Encoding.UTF8.GetBytes(Csv)),
    ];
}
