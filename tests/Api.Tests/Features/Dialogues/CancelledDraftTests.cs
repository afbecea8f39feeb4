using System.Net;
using System.Net.Http.Json;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Features.Compliance;
using Medborgardialog.Api.Features.Dialogues;
using Medborgardialog.Api.Tests.Infrastructure;

namespace Medborgardialog.Api.Tests.Features.Dialogues;

/// <summary>A dialogue is public if and only if it was ever announced: a draft cancelled before that stays private.</summary>
public sealed class CancelledDraftTests : ApiTest
{
    [Test]
    public async Task A_draft_cancelled_before_it_was_announced_stays_private_everywhere_and_the_feed_still_answers()
    {
        var draft = await Scenario.Dialogue(Official).Announcing(Requests.Announcement("Utkast som aldrig annonserades")).InStageAsync(Stage.Draft);
        var session = await ReadAsync<AddSessionResponse>(await Official.PostAsJsonAsync($"/api/dialogues/{draft.Id}/sessions", Meeting(), Json));
        var announced = await Scenario.Dialogue(Official).Announcing(Requests.Announcement("Annonserad dialog")).InStageAsync(Stage.Announced);

        var cancelled = await Official.PostAsJsonAsync($"/api/dialogues/{draft.Id}/cancel", new { reason = "Frågan utgick." }, Json);

        cancelled.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Client.GetAsync($"/api/dialogue-slugs/{draft.Slug}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await Client.GetAsync($"/api/dialogues/{draft.Id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await ReadAsync<DialoguePage>(await Client.GetAsync("/api/dialogues"))).Items.Select(d => d.Id).Should().Equal(announced.Id);
        (await ReadAsync<DialoguePage>(await Client.GetAsync("/api/dialogues?phase=cancelled"))).Items.Should().BeEmpty();
        var feed = await Client.GetAsync("/api/feeds/dialogues.atom");
        feed.StatusCode.Should().Be(HttpStatusCode.OK);
        var atom = await feed.Content.ReadAsStringAsync();
        atom.Should().Contain("Annonserad dialog").And.NotContain("Utkast som aldrig annonserades");
        (await Client.GetStringAsync("/api/calendar/sessions.ics")).Should().NotContain("Utkast som aldrig annonserades");
        (await Client.GetAsync($"/api/calendar/sessions/{session.Id}.ics")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var report = await ReadAsync<TransparencyReport>(await Client.GetAsync("/api/transparency/2026"));
        report.Cancelled.Should().Be(0);
        (await Client.GetStringAsync("/api/transparency/2026")).Should().NotContain(draft.Id.ToString());
        (await Client.GetStringAsync("/api/transparency/2026.csv")).Should().NotContain("Utkast som aldrig annonserades");
    }

    [Test]
    public async Task Staff_still_see_the_cancelled_draft_as_cancelled_and_not_public()
    {
        var draft = await Scenario.Dialogue(Official).Announcing(Requests.Announcement("Utkast som ställs in")).InStageAsync(Stage.Draft);
        var announced = await Scenario.Dialogue(Official).Announcing(Requests.Announcement("Annonserad och inställd")).InStageAsync(Stage.Announced);
        await Official.PostAsJsonAsync($"/api/dialogues/{draft.Id}/cancel", new { reason = "Frågan utgick." }, Json);
        await Official.PostAsJsonAsync($"/api/dialogues/{announced.Id}/cancel", new { reason = "Budgeten räckte inte." }, Json);

        var rows = await ReadAsync<List<StaffDialogueRow>>(await Official.GetAsync("/api/staff/dialogues?status=cancelled"));
        var details = await ReadAsync<DialogueDetails>(await Official.GetAsync($"/api/staff/dialogues/{draft.Id}"));

        rows.Select(r => (r.Id, r.IsPublic)).Should().BeEquivalentTo([(draft.Id, false), (announced.Id, true)]);
        details.Status.Should().Be(DialogueStatus.Cancelled);
        details.CancellationReason.Should().Be("Frågan utgick.");
        (await ReadAsync<DialogueDetails>(await Client.GetAsync($"/api/dialogue-slugs/{announced.Slug}"))).Status.Should().Be(DialogueStatus.Cancelled);
    }

    private static AddSessionRequest Meeting() => new(
        DialogueForm.OpenMeeting,
        "Möte om utkastet",
        new DateTimeOffset(2026, 12, 10, 17, 0, 0, TimeSpan.Zero),
        new DateTimeOffset(2026, 12, 10, 19, 0, 0, TimeSpan.Zero),
        "Folkets hus",
        "Kungsvägen 32, Karlskoga",
        null,
        new SessionAccessibilityInput(true, false, null, false, null),
        null,
        false);
}
