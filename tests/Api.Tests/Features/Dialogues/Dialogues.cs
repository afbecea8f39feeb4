using System.Net;
using System.Net.Http.Json;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Features.Dialogues;
using Medborgardialog.Api.Tests.Infrastructure;
using Medborgardialog.Api.Features.Dialogues.Common;

namespace Medborgardialog.Api.Tests.Features.Dialogues;

/// <summary>Valid requests and small steps the dialogue tests share.</summary>
internal static class Dialogues
{
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

    public static async Task<AnnounceDialogueResponse> AnnounceAsync(HttpClient client, AnnounceDialogueRequest? command = null)
    {
        var response = await client.PostAsJsonAsync("/api/dialogues", command ?? Announcement(), ApiTestJson.Options);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<AnnounceDialogueResponse>(ApiTestJson.Options))!;
    }

    public static async Task<AnnounceDialogueResponse> AnnounceAndPublishAsync(HttpClient client, AnnounceDialogueRequest? command = null)
    {
        var created = await AnnounceAsync(client, command);
        var published = await client.PostAsync($"/api/dialogues/{created.Id}/publish", null);
        published.StatusCode.Should().Be(HttpStatusCode.OK, await published.Content.ReadAsStringAsync());
        return created;
    }
}
