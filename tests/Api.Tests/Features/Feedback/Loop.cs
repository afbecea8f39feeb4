using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Medborgardialog.Api.Features.Dialogues;
using Medborgardialog.Api.Features.Opinions;
using Medborgardialog.Api.Infrastructure.Persistence;
using Medborgardialog.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Medborgardialog.Api.Tests.Features.Feedback;

/// <summary>Steps the closing-the-loop tests share, all through the real use cases.</summary>
internal static partial class Loop
{
    public static async Task<AnnounceDialogueResponse> OpenAsync(HttpClient official)
    {
        var dialogue = await Dialogues.Dialogues.AnnounceAndPublishAsync(official);
        (await official.PostAsync($"/api/dialogues/{dialogue.Id}/open", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        return dialogue;
    }

    public static async Task<SubmitOpinionResponse> OpinionAsync(HttpClient resident, Guid dialogueId, string text, string? email = null)
    {
        var response = await resident.PostAsJsonAsync($"/api/dialogues/{dialogueId}/opinions",
            new { text, answers = (object?)null, background = (object?)null, feedbackEmail = email, consentToFeedback = email is not null }, ApiTestJson.Options);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<SubmitOpinionResponse>(ApiTestJson.Options))!;
    }

    /// <summary>Confirms an address the way a resident does: the link from the confirmation mail in the ledger.</summary>
    public static async Task ConfirmAsync(ApiFactory app, HttpClient resident, string email)
    {
        string body;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            body = await db.OutgoingEmails.Where(e => e.ToAddress == email && e.Kind == "confirm-feedback-email").Select(e => e.Body).SingleAsync();
        }

        var token = ConfirmLink().Match(body).Groups[1].Value;
        (await resident.PostAsync($"/api/feedback-email-confirmations/{token}", null)).StatusCode.Should().Be(HttpStatusCode.NoContent);
    }

    public static async Task CloseAsync(HttpClient official, Guid dialogueId) =>
        (await official.PostAsync($"/api/dialogues/{dialogueId}/close", null)).StatusCode.Should().Be(HttpStatusCode.OK);

    public static object Decision(string howUsed = "Förslaget med belysning och bowl kom från dialogen och togs med i beslutet.") => new
    {
        committee = "Kultur- och fritidsnämnden",
        decidedOn = "2027-02-10",
        caseNumber = "KFN 2026/0142",
        text = "Nämnden beslutar att bygga en skatepark vid Skranta med belysning.",
        howResultWasUsed = howUsed,
        decisionUrl = "https://www.karlskoga.se/protokoll/kfn-2027-02-10",
    };

    public static object FeedbackBody(string text = "Tack för alla synpunkter! Skateparken byggs 2027.") =>
        new { text, links = new[] { new { title = "Protokollet", url = "https://www.karlskoga.se/protokoll/kfn-2027-02-10" } } };

    [GeneratedRegex(@"/kvitto/bekrafta/([A-Za-z0-9_-]+)")]
    private static partial Regex ConfirmLink();
}
