using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Features.Dialogues;
using Medborgardialog.Api.Features.Dialogues.Common;
using Medborgardialog.Api.Features.Opinions;
using Medborgardialog.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Medborgardialog.Api.Tests.Infrastructure;

/// <summary>The stages a test can ask a dialogue to be in: its whole life, and a draft cancelled before it was announced.</summary>
public enum Stage
{
    Draft,
    CancelledDraft,
    Announced,
    Open,
    Cancelled,
    Closed,
    Decided,
    FeedbackPublished,
}

/// <summary>A dialogue a <see cref="Scenario"/> arranged: its ids, its questions, its session and the receipts of its opinions.</summary>
public sealed record ArrangedDialogue(Guid Id, string Slug, IReadOnlyList<QuestionDto> Questions, Guid? SessionId, IReadOnlyList<SubmitOpinionResponse> Opinions);

/// <summary>
/// The one way tests arrange a dialogue in any stage: through the real use cases, in the order staff and residents take
/// them (announce; questionnaire and session while it is a draft; publish; open; moderation settings and opinions while
/// it is open; close; decision; feedback). Every step must succeed, or the test stops there with the API's answer.
/// <code>var dialogue = await Scenario.Dialogue(Official, Client).WithQuestionnaire().WithOpinions("Mer belysning").InStageAsync(Stage.Closed);</code>
/// </summary>
public sealed partial class Scenario
{
    private readonly HttpClient _official;
    private readonly HttpClient? _resident;
    private readonly List<object> _opinions = [];
    private AnnounceDialogueRequest _announcement = Requests.Announcement();
    private object? _questionnaire;
    private object? _session;
    private object? _map;
    private object? _moderation;
    private object? _decision;
    private object? _feedback;

    private Scenario(HttpClient official, HttpClient? resident)
    {
        _official = official;
        _resident = resident;
    }

    /// <summary>A dialogue run by <paramref name="official"/>; opinions come from <paramref name="resident"/> (anonymous).</summary>
    public static Scenario Dialogue(HttpClient official, HttpClient? resident = null) => new(official, resident);

    /// <summary>Announces this instead of the default announcement (a skate park at Skranta, open from the test clock's start).</summary>
    public Scenario Announcing(AnnounceDialogueRequest announcement)
    {
        _announcement = announcement;
        return this;
    }

    public Scenario Titled(string title) => Announcing(Requests.Announcement(title));

    /// <summary>Sets a questionnaire while it is a draft: <see cref="Requests.Questionnaire"/> unless one is given.</summary>
    public Scenario WithQuestionnaire(object? questionnaire = null)
    {
        _questionnaire = questionnaire ?? Requests.Questionnaire;
        return this;
    }

    /// <summary>Sets the dialogue's map (area, start, named places) while it is a draft.</summary>
    public Scenario WithMap(object map)
    {
        _map = map;
        return this;
    }

    /// <summary>Adds a session while it is a draft: a workshop three days after opening unless one is given.</summary>
    public Scenario WithSession(object? session = null)
    {
        _session = session ?? Requests.Session(_announcement.OpensAt.AddDays(3));
        return this;
    }

    /// <summary>Sets how opinions are shown once it is open (e.g. <c>new { visibility = "public", mode = "postModeration" }</c>).</summary>
    public Scenario WithModeration(object settings)
    {
        _moderation = settings;
        return this;
    }

    /// <summary>Opinions residents give while it is open: a text, or a whole request body.</summary>
    public Scenario WithOpinions(params object[] opinions)
    {
        _opinions.AddRange(opinions.Select(o => o is string text ? Requests.Opinion(text) : o));
        return this;
    }

    /// <summary>The decision to record for <see cref="Stage.Decided"/> and later: <see cref="Requests.Decision"/> unless one is given.</summary>
    public Scenario WithDecision(object decision)
    {
        _decision = decision;
        return this;
    }

    /// <summary>The feedback to publish for <see cref="Stage.FeedbackPublished"/>: <see cref="Requests.Feedback"/> unless one is given.</summary>
    public Scenario WithFeedback(object feedback)
    {
        _feedback = feedback;
        return this;
    }

    public async Task<ArrangedDialogue> InStageAsync(Stage stage)
    {
        var created = await ReadAsync<AnnounceDialogueResponse>(await _official.PostAsJsonAsync("/api/dialogues", _announcement, ApiTestJson.Options), "announce");
        var id = created.Id;
        IReadOnlyList<QuestionDto> questions = [];
        Guid? sessionId = null;
        var receipts = new List<SubmitOpinionResponse>();
        ArrangedDialogue Arranged() => new(id, created.Slug, questions, sessionId, receipts);

        if (stage == Stage.CancelledDraft)
        {
            await SendAsync(await _official.PostAsJsonAsync($"/api/dialogues/{id}/cancel", new { reason = "Utkastet drogs tillbaka." }, ApiTestJson.Options), "cancel the draft");
            return Arranged();
        }

        if (_questionnaire is not null)
        {
            questions = await ReadAsync<List<QuestionDto>>(await _official.PutAsJsonAsync($"/api/dialogues/{id}/questionnaire", _questionnaire, ApiTestJson.Options), "questionnaire");
        }

        if (_map is not null)
        {
            await SendAsync(await _official.PutAsJsonAsync($"/api/dialogues/{id}/map", _map, ApiTestJson.Options), "map");
        }

        if (_session is not null)
        {
            sessionId = (await ReadAsync<AddSessionResponse>(await _official.PostAsJsonAsync($"/api/dialogues/{id}/sessions", _session, ApiTestJson.Options), "session")).Id;
        }

        if (stage == Stage.Draft)
        {
            return Arranged();
        }

        await SendAsync(await _official.PostAsync($"/api/dialogues/{id}/publish", null), "publish");
        if (stage == Stage.Announced)
        {
            return Arranged();
        }

        await SendAsync(await _official.PostAsync($"/api/dialogues/{id}/open", null), "open");
        if (_moderation is not null)
        {
            await SendAsync(await _official.PutAsJsonAsync($"/api/dialogues/{id}/moderation", _moderation, ApiTestJson.Options), "moderation");
        }

        foreach (var opinion in _opinions)
        {
            var resident = _resident ?? throw new InvalidOperationException("Opinions need a resident's client: Scenario.Dialogue(Official, Client).");
            receipts.Add(await ReadAsync<SubmitOpinionResponse>(await resident.PostAsJsonAsync($"/api/dialogues/{id}/opinions", opinion, ApiTestJson.Options), "opinion"));
        }

        if (stage == Stage.Open)
        {
            return Arranged();
        }

        if (stage == Stage.Cancelled)
        {
            await SendAsync(await _official.PostAsJsonAsync($"/api/dialogues/{id}/cancel", new { reason = "Frågan avgörs i ett annat sammanhang." }, ApiTestJson.Options), "cancel");
            return Arranged();
        }

        await SendAsync(await _official.PostAsync($"/api/dialogues/{id}/close", null), "close");
        if (stage == Stage.Closed)
        {
            return Arranged();
        }

        await SendAsync(await _official.PostAsJsonAsync($"/api/dialogues/{id}/decision", _decision ?? Requests.Decision(), ApiTestJson.Options), "decision");
        if (stage == Stage.Decided)
        {
            return Arranged();
        }

        await SendAsync(await _official.PostAsJsonAsync($"/api/dialogues/{id}/feedback", _feedback ?? Requests.Feedback(), ApiTestJson.Options), "feedback");
        return Arranged();
    }

    /// <summary>Closes an open dialogue, as its official does.</summary>
    public static async Task CloseAsync(HttpClient official, Guid dialogueId) =>
        await SendAsync(await official.PostAsync($"/api/dialogues/{dialogueId}/close", null), "close");

    /// <summary>A resident's opinion on an open dialogue; with an address, consent to feedback is given.</summary>
    public static async Task<SubmitOpinionResponse> OpinionAsync(HttpClient resident, Guid dialogueId, string text, string? feedbackEmail = null) =>
        await ReadAsync<SubmitOpinionResponse>(await resident.PostAsJsonAsync($"/api/dialogues/{dialogueId}/opinions", Requests.Opinion(text, feedbackEmail: feedbackEmail), ApiTestJson.Options), "opinion");

    /// <summary>Confirms a feedback address the way a resident does: the link in the confirmation mail in the ledger.</summary>
    public static async Task ConfirmFeedbackAddressAsync(ApiFactory app, HttpClient resident, string email)
    {
        string body;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            body = await db.OutgoingEmails.Where(e => e.ToAddress == email && e.Kind == "confirm-feedback-email").Select(e => e.Body).SingleAsync();
        }

        await SendAsync(await resident.PostAsync($"/api/feedback-email-confirmations/{ConfirmationToken(body)}", null), "confirm the address");
    }

    /// <summary>The token of the confirmation link in a confirmation mail's body.</summary>
    public static string ConfirmationToken(string mailBody) => ConfirmLink().Match(mailBody).Groups[1].Value;

    [GeneratedRegex(@"/kvitto/bekrafta/([A-Za-z0-9_-]+)")]
    private static partial Regex ConfirmLink();

    private static async Task SendAsync(HttpResponseMessage response, string step)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Arranging a dialogue: {step} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, string step)
    {
        await SendAsync(response, step);
        return (await response.Content.ReadFromJsonAsync<T>(ApiTestJson.Options))!;
    }
}

/// <summary>Valid request bodies the tests share, as a client sends them (JSON, camelCase).</summary>
public static class Requests
{
    /// <summary>A valid announcement: a skate park at Skranta for young people, open for 30 days from the test clock's start.</summary>
    public static AnnounceDialogueRequest Announcement(string title = "Ny skatepark vid Skranta", DateTimeOffset? opensAt = null)
    {
        var opens = opensAt ?? new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);
        return new AnnounceDialogueRequest(
            title,
            "Kommunen planerar en ny skatepark. Vi vill veta hur den ska se ut.",
            "Hur vill du att skateparken ska se ut?",
            "Kultur- och fritidsnämnden",
            "KFN 2026/0142",
            DateOnly.FromDateTime(opens.AddDays(60).UtcDateTime),
            [DialogueForm.Survey, DialogueForm.YouthDialogue],
            [TargetGroup.YoungPeople],
            [new PlaceInput("Skrantahallen", "Skrantavägen 5, Karlskoga", null, "Entré utan trappsteg")],
            opens,
            opens.AddDays(30));
    }

    /// <summary>A questionnaire with one question of every kind.</summary>
    public static readonly object Questionnaire = new
    {
        questions = new object[]
        {
            new { kind = "singleChoice", text = "Var ska parken ligga?", textEn = "Where should the park be?", required = true,
                options = new[] { new { text = "Skranta", textEn = (string?)null }, new { text = "Centrum", textEn = (string?)null } } },
            new { kind = "multipleChoice", text = "Vad ska finnas?", textEn = (string?)null, required = false,
                options = new[] { new { text = "Bowl", textEn = (string?)null }, new { text = "Ramper", textEn = (string?)null }, new { text = "Belysning", textEn = (string?)null } } },
            new { kind = "scale", text = "Hur viktigt är det?", textEn = (string?)null, required = true, options = Array.Empty<object>() },
            new { kind = "ranking", text = "Rangordna", textEn = (string?)null, required = false,
                options = new[] { new { text = "Pris", textEn = (string?)null }, new { text = "Läge", textEn = (string?)null } } },
            new { kind = "freeText", text = "Något mer?", textEn = (string?)null, required = false, options = Array.Empty<object>() },
        },
    };

    /// <summary>The kinds of <see cref="Questionnaire"/>'s questions, in order.</summary>
    public static QuestionKind[] QuestionKinds => [QuestionKind.SingleChoice, QuestionKind.MultipleChoice, QuestionKind.Scale, QuestionKind.Ranking, QuestionKind.FreeText];

    /// <summary>A complete, valid set of answers to <see cref="Questionnaire"/>.</summary>
    public static object[] GoodAnswers(IReadOnlyList<QuestionDto> q) =>
    [
        new { questionId = q[0].Id, text = (string?)null, optionIds = new[] { q[0].Options[0].Id }, scale = (int?)null },
        new { questionId = q[1].Id, text = (string?)null, optionIds = new[] { q[1].Options[0].Id, q[1].Options[2].Id }, scale = (int?)null },
        new { questionId = q[2].Id, text = (string?)null, optionIds = (Guid[]?)null, scale = (int?)4 },
        new { questionId = q[3].Id, text = (string?)null, optionIds = new[] { q[3].Options[1].Id, q[3].Options[0].Id }, scale = (int?)null },
        new { questionId = q[4].Id, text = "Gärna vattenpost", optionIds = (Guid[]?)null, scale = (int?)null },
    ];

    /// <summary>An opinion as the public form sends it; with an address, consent is given.</summary>
    public static object Opinion(string? text, object[]? answers = null, string? feedbackEmail = null) =>
        new { text, answers, background = (object?)null, feedbackEmail, consentToFeedback = feedbackEmail is not null };

    /// <summary>A workshop at the youth centre, two hours from <paramref name="startsAt"/>.</summary>
    public static object Session(DateTimeOffset startsAt) => new
    {
        form = "youthDialogue", title = "Workshop på fritidsgården", startsAt, endsAt = startsAt.AddHours(2),
        placeName = "Fritidsgården Skranta", address = "Skrantavägen 5", onlineUrl = (string?)null,
        accessibility = new { stepFreeAccess = true, hearingLoop = true, interpretation = (string?)null, signLanguage = false, notes = (string?)null },
        capacity = 30, signUpRequired = false,
    };

    public static object Decision(string howUsed = "Förslaget med belysning och bowl kom från dialogen och togs med i beslutet.") => new
    {
        committee = "Kultur- och fritidsnämnden",
        decidedOn = "2027-02-10",
        caseNumber = "KFN 2026/0142",
        text = "Nämnden beslutar att bygga en skatepark vid Skranta med belysning.",
        howResultWasUsed = howUsed,
        decisionUrl = "https://www.karlskoga.se/protokoll/kfn-2027-02-10",
    };

    public static object Feedback(string text = "Tack för alla synpunkter! Skateparken byggs 2027.") =>
        new { text, links = new[] { new { title = "Protokollet", url = "https://www.karlskoga.se/protokoll/kfn-2027-02-10" } } };
}
