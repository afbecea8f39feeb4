using System.Net;
using System.Net.Http.Json;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Features.DialogueResults;
using Medborgardialog.Api.Features.Dialogues;
using Medborgardialog.Api.Infrastructure.Auth;
using Medborgardialog.Api.Tests.Infrastructure;

namespace Medborgardialog.Api.Tests.Features.Feedback;

/// <summary>The end of a dialogue's life: Closed → Decided (the decision recorded) → FeedbackPublished, each step in the
/// trail by the member of staff who took it, and the rules of a closed dialogue still holding afterwards.</summary>
public sealed class DialogueAfterClosingTests : ApiTest
{
    [Test]
    public async Task Recording_the_decision_makes_the_dialogue_decided_and_publishing_feedback_ends_its_life_in_the_trail()
    {
        var dialogue = await Scenario.Dialogue(Official).InStageAsync(Stage.Open);
        await Scenario.CloseAsync(Official, dialogue.Id);
        Factory.Clock.Advance(TimeSpan.FromDays(40));
        using var deciding = await Staff.SignedInAsync(Factory, Roles.Official); // weeks later: a new sign-in
        (await deciding.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/decision", Requests.Decision(), Json)).StatusCode.Should().Be(HttpStatusCode.Created);
        var decided = await ReadAsync<DialogueDetails>(await Client.GetAsync($"/api/dialogue-slugs/{dialogue.Slug}"));
        Factory.Clock.Advance(TimeSpan.FromDays(3));
        using var publishing = await Staff.SignedInAsync(Factory, Roles.Official);

        (await publishing.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/feedback", Requests.Feedback(), Json)).StatusCode.Should().Be(HttpStatusCode.Created);

        decided.Status.Should().Be(DialogueStatus.Decided);
        (await ReadAsync<DialogueDetails>(await Client.GetAsync($"/api/dialogue-slugs/{dialogue.Slug}"))).Status.Should().Be(DialogueStatus.FeedbackPublished);
        var history = await ReadAsync<List<DialogueStatusChangeDto>>(await publishing.GetAsync($"/api/dialogues/{dialogue.Id}/history"));
        history.Select(h => (h.From, h.To)).Should().Equal(
            (DialogueStatus.Draft, DialogueStatus.Announced),
            (DialogueStatus.Announced, DialogueStatus.Open),
            (DialogueStatus.Open, DialogueStatus.Closed),
            (DialogueStatus.Closed, DialogueStatus.Decided),
            (DialogueStatus.Decided, DialogueStatus.FeedbackPublished));
        history[3].By.Should().Be("Test Official");
        history[3].At.Should().Be(TestClock.Start.AddDays(40));
        history[4].By.Should().Be("Test Official");
        history[4].At.Should().Be(TestClock.Start.AddDays(43));
    }

    [Test]
    public async Task The_public_phase_decided_lists_decided_dialogues_and_those_with_feedback_and_closed_lists_only_those_compiling()
    {
        var compiling = await ClosedAsync("Avslutad, sammanställs");
        var decided = await ClosedAsync("Beslutad");
        await DecideAsync(decided.Id);
        var withFeedback = await ClosedAsync("Återkopplad");
        await DecideAsync(withFeedback.Id);
        (await Official.PostAsJsonAsync($"/api/dialogues/{withFeedback.Id}/feedback", Requests.Feedback(), Json)).EnsureSuccessStatusCode();

        var decidedPhase = await ReadAsync<DialoguePage>(await Client.GetAsync("/api/dialogues?phase=decided"));
        var closedPhase = await ReadAsync<DialoguePage>(await Client.GetAsync("/api/dialogues?phase=closed"));
        var staffDecided = await ReadAsync<List<StaffDialogueRow>>(await Official.GetAsync("/api/staff/dialogues?status=decided"));
        var staffFeedback = await ReadAsync<List<StaffDialogueRow>>(await Official.GetAsync("/api/staff/dialogues?status=feedbackPublished"));

        decidedPhase.Items.Select(d => d.Id).Should().BeEquivalentTo([decided.Id, withFeedback.Id]);
        closedPhase.Items.Select(d => d.Id).Should().Equal(compiling.Id);
        staffDecided.Should().ContainSingle().Which.Should().Match<StaffDialogueRow>(r => r.Id == decided.Id && r.AllowedActions.SequenceEqual(new[] { DialogueAction.PublishFeedback }) && r.IsPublic);
        staffFeedback.Select(r => (r.Id, r.Status)).Should().Equal((withFeedback.Id, DialogueStatus.FeedbackPublished));
    }

    [Test]
    public async Task A_decided_dialogue_keeps_the_rules_of_a_closed_one()
    {
        var dialogue = await ClosedAsync("Beslutad skatepark");
        await DecideAsync(dialogue.Id);

        var export = await Official.PostAsync($"/api/dialogues/{dialogue.Id}/decision-basis", null);
        var theme = await Official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/themes", new { name = "Belysning" }, Json);
        var offline = await Official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/offline-opinions",
            new { channel = "paper", text = "En lapp som kom med posten.", sessionId = (Guid?)null }, Json);
        var online = await Client.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/opinions",
            new { text = "För sent?", answers = (object?)null, background = (object?)null, feedbackEmail = (string?)null, consentToFeedback = false }, Json);
        var close = await Official.PostAsync($"/api/dialogues/{dialogue.Id}/close", null);
        var open = await Official.PostAsync($"/api/dialogues/{dialogue.Id}/open", null);
        var cancel = await Official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/cancel", new { reason = "För sent." }, Json);
        var compile = await Official.PutAsJsonAsync($"/api/dialogues/{dialogue.Id}/result", new { summary = "Ny text.", quoteOpinionIds = Array.Empty<Guid>() }, Json);
        var decideAgain = await Official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/decision", Requests.Decision(), Json);

        export.StatusCode.Should().Be(HttpStatusCode.OK, await export.Content.ReadAsStringAsync());
        theme.StatusCode.Should().Be(HttpStatusCode.Created, await theme.Content.ReadAsStringAsync());
        offline.StatusCode.Should().Be(HttpStatusCode.Created, await offline.Content.ReadAsStringAsync());
        (await ReadProblemAsync(online)).Detail.Should().Be("The dialogue is closed; it no longer accepts opinions.");
        (await ReadProblemAsync(close)).Detail.Should().Be("The dialogue is already closed.");
        (await ReadProblemAsync(open)).Detail.Should().Be("The dialogue has already been open and closed.");
        (await ReadProblemAsync(cancel)).Detail.Should().Be("The dialogue has ended and can no longer be cancelled.");
        (await ReadProblemAsync(compile)).Detail.Should().Be("The decision is recorded; the result it was based on no longer changes.");
        (await ReadProblemAsync(decideAgain)).Detail.Should().Be("The decision for this dialogue is already recorded.");
    }

    private Task<ArrangedDialogue> ClosedAsync(string title) =>
        Scenario.Dialogue(Official).Titled(title).InStageAsync(Stage.Closed);

    private async Task DecideAsync(Guid id) =>
        (await Official.PostAsJsonAsync($"/api/dialogues/{id}/decision", Requests.Decision(), Json)).StatusCode.Should().Be(HttpStatusCode.Created);
}
