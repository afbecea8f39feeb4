using System.Net;
using System.Net.Http.Json;
using Mediator;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Features.Dialogues;
using Medborgardialog.Api.Infrastructure.Auth;
using Medborgardialog.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Medborgardialog.Api.Tests.Features.Dialogues;

/// <summary>Open, close and cancel — by staff or by the schedule — each recorded in the audit trail.</summary>
public sealed class DialogueLifecycleTests : ApiTest
{
    [Test]
    public async Task An_official_opens_and_closes_a_published_dialogue_and_the_trail_names_them()
    {
        var dialogue = await Scenario.Dialogue(Official).InStageAsync(Stage.Announced);

        var opened = await ReadAsync<DialogueStatusResponse>(await Official.PostAsync($"/api/dialogues/{dialogue.Id}/open", null));
        Factory.Clock.Advance(TimeSpan.FromMinutes(5));
        var closed = await ReadAsync<DialogueStatusResponse>(await Official.PostAsync($"/api/dialogues/{dialogue.Id}/close", null));

        opened.Status.Should().Be(DialogueStatus.Open);
        closed.Status.Should().Be(DialogueStatus.Closed);
        var history = await ReadAsync<List<DialogueStatusChangeDto>>(await Official.GetAsync($"/api/dialogues/{dialogue.Id}/history"));
        history.Select(h => (h.From, h.To)).Should().Equal(
            (DialogueStatus.Draft, DialogueStatus.Announced),
            (DialogueStatus.Announced, DialogueStatus.Open),
            (DialogueStatus.Open, DialogueStatus.Closed));
        history.Should().AllSatisfy(h => h.By.Should().Be("Test Official"));
        history[2].At.Should().Be(TestClock.Start.AddMinutes(5));
    }

    [Test]
    public async Task A_draft_cannot_be_opened_and_a_closed_dialogue_cannot_be_opened_again()
    {
        var draft = await Scenario.Dialogue(Official).InStageAsync(Stage.Draft);
        var ended = await Scenario.Dialogue(Official).Announcing(Requests.Announcement("Avslutad dialog")).InStageAsync(Stage.Announced);
        await Official.PostAsync($"/api/dialogues/{ended.Id}/open", null);
        await Official.PostAsync($"/api/dialogues/{ended.Id}/close", null);

        var openDraft = await Official.PostAsync($"/api/dialogues/{draft.Id}/open", null);
        var reopen = await Official.PostAsync($"/api/dialogues/{ended.Id}/open", null);

        openDraft.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await ReadProblemAsync(openDraft)).Detail.Should().Be("The dialogue must be published before it opens.");
        (await ReadProblemAsync(reopen)).Detail.Should().Be("The dialogue has already been open and closed.");
    }

    [Test]
    public async Task Closing_a_dialogue_that_is_not_open_is_refused()
    {
        var dialogue = await Scenario.Dialogue(Official).InStageAsync(Stage.Announced);

        var response = await Official.PostAsync($"/api/dialogues/{dialogue.Id}/close", null);

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await ReadProblemAsync(response)).Detail.Should().Be("Only an open dialogue can be closed.");
    }

    [Test]
    public async Task A_cancelled_dialogue_shows_its_reason_publicly()
    {
        var dialogue = await Scenario.Dialogue(Official).InStageAsync(Stage.Announced);

        var response = await Official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/cancel", new { reason = "Frågan avgjordes i budgeten." });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var details = await ReadAsync<DialogueDetails>(await Client.GetAsync($"/api/dialogue-slugs/{dialogue.Slug}"));
        details.Status.Should().Be(DialogueStatus.Cancelled);
        details.CancellationReason.Should().Be("Frågan avgjordes i budgeten.");
        var history = await ReadAsync<List<DialogueStatusChangeDto>>(await Official.GetAsync($"/api/dialogues/{dialogue.Id}/history"));
        history[^1].Reason.Should().Be("Frågan avgjordes i budgeten.");
    }

    [Test]
    public async Task Cancelling_needs_a_reason_and_an_ended_dialogue_cannot_be_cancelled()
    {
        var dialogue = await Scenario.Dialogue(Official).InStageAsync(Stage.Announced);
        var noReason = await Official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/cancel", new { reason = " " });
        await Official.PostAsync($"/api/dialogues/{dialogue.Id}/open", null);
        await Official.PostAsync($"/api/dialogues/{dialogue.Id}/close", null);

        var ended = await Official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/cancel", new { reason = "För sent." });

        (await ReadProblemAsync(noReason)).Errors.Should().ContainKey("reason");
        ended.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await ReadProblemAsync(ended)).Detail.Should().Be("The dialogue has ended and can no longer be cancelled.");
    }

    [Test]
    public async Task The_schedule_opens_and_closes_dialogues_at_their_times_and_is_recorded_as_the_schedule()
    {
        var dialogue = await Scenario.Dialogue(Official).InStageAsync(Stage.Announced); // opens 2026-12-01 08:00, closes 30 days later
        var draft = await Scenario.Dialogue(Official).Announcing(Requests.Announcement("Opublicerat utkast")).InStageAsync(Stage.Draft);

        var beforeOpening = await ApplyScheduleAsync(new DateTimeOffset(2026, 12, 1, 7, 59, 0, TimeSpan.Zero));
        var atOpening = await ApplyScheduleAsync(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
        var statusWhileOpen = (await ReadAsync<DialogueDetails>(await Client.GetAsync($"/api/dialogue-slugs/{dialogue.Slug}"))).Status;
        var atClosing = await ApplyScheduleAsync(new DateTimeOffset(2026, 12, 31, 8, 0, 0, TimeSpan.Zero));

        (beforeOpening, atOpening, atClosing).Should().Be((0, 1, 1));
        statusWhileOpen.Should().Be(DialogueStatus.Open);
        using var official = await Staff.SignedInAsync(Factory, Roles.Official); // a month later: a new sign-in
        var history = await ReadAsync<List<DialogueStatusChangeDto>>(await official.GetAsync($"/api/dialogues/{dialogue.Id}/history"));
        history.Skip(1).Should().AllSatisfy(h => h.By.Should().Be("Schedule"));
        history[^1].To.Should().Be(DialogueStatus.Closed);
        var draftHistory = await ReadAsync<List<DialogueStatusChangeDto>>(await official.GetAsync($"/api/dialogues/{draft.Id}/history"));
        draftHistory.Should().BeEmpty("a draft is never opened by the schedule");
    }

    [Test]
    public async Task A_dialogue_whose_whole_period_passed_while_the_system_was_down_is_opened_and_closed_in_order()
    {
        var dialogue = await Scenario.Dialogue(Official).InStageAsync(Stage.Announced);

        var changed = await ApplyScheduleAsync(new DateTimeOffset(2027, 2, 1, 0, 0, 0, TimeSpan.Zero));

        changed.Should().Be(1);
        using var official = await Staff.SignedInAsync(Factory, Roles.Official);
        var history = await ReadAsync<List<DialogueStatusChangeDto>>(await official.GetAsync($"/api/dialogues/{dialogue.Id}/history"));
        history.Select(h => h.To).Should().Equal(DialogueStatus.Announced, DialogueStatus.Open, DialogueStatus.Closed);
    }

    [Test]
    public async Task The_trail_is_for_staff_only()
    {
        var dialogue = await Scenario.Dialogue(Official).InStageAsync(Stage.Announced);
        using var moderator = await Staff.SignedInAsync(Factory, Roles.Moderator);

        (await Client.GetAsync($"/api/dialogues/{dialogue.Id}/history")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await moderator.GetAsync($"/api/dialogues/{dialogue.Id}/history")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    private static async Task<int> ApplyScheduleAsync(DateTimeOffset at)
    {
        Factory.Clock.Set(at);
        using var scope = Factory.Services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ApplyDialogueScheduleCommand());
        return result.Changed;
    }
}
