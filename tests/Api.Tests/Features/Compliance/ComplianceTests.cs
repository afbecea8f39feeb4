using System.Net;
using System.Net.Http.Json;
using Mediator;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Features.Compliance;
using Medborgardialog.Api.Features.Dialogues;
using Medborgardialog.Api.Infrastructure.Auth;
using Medborgardialog.Api.Infrastructure.Persistence;
using Medborgardialog.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Medborgardialog.Api.Tests.Features.Compliance;

/// <summary>Proof that the promise was kept: each dialogue's checklist (Q1–Q5), computed from dialogues built
/// through the real use cases, moved through time with the test clock.</summary>
public sealed class ComplianceTests : ApiTest
{
    private static readonly DateTimeOffset Opens = TestClock.Start.AddDays(20);
    private static readonly DateTimeOffset Closes = Opens.AddDays(30);

    [Test]
    public async Task A_dialogue_run_by_the_book_meets_every_promise()
    {
        var dialogue = await AnnounceAsync();
        await RunAsync(dialogue, youngAnswers: 3, otherAnswers: 1);
        var decidedOn = DateOnly.FromDateTime(Factory.Clock.GetUtcNow().UtcDateTime).AddDays(2);
        await ExportAsync(dialogue);
        Factory.Clock.Advance(TimeSpan.FromDays(2));
        await DecideAsync(dialogue, decidedOn);
        Factory.Clock.Advance(TimeSpan.FromDays(10));
        await PublishFeedbackAsync(dialogue);

        var checklist = await ChecklistAsync(dialogue);

        checklist.Items.Should().OnlyContain(i => i.State == ItemState.Met, string.Join("\n", checklist.Items.Select(i => $"{i.Promise} {i.State}: {string.Join(" ", i.Evidence)}")));
        checklist.NotMet.Should().Be(0);
        Item(checklist, CompliancePromise.Q1Heard).Evidence.Should().Contain(e => e.Contains("Opinions received: 5 (4 online, 1 offline)", StringComparison.Ordinal));
        Item(checklist, CompliancePromise.Q3bFacts).Warnings.Should().BeEmpty("the dialogue has an easy-read text");
        Item(checklist, CompliancePromise.Q5Feedback).Links.Select(l => l.Url).Should().Contain(u => u.EndsWith("/api/feeds/dialogues.atom", StringComparison.Ordinal));
    }

    [Test]
    public async Task Before_it_opens_every_item_is_not_yet_due_except_what_announcement_already_proves()
    {
        var dialogue = await AnnounceAsync(publish: true);

        var checklist = await ChecklistAsync(dialogue);

        Item(checklist, CompliancePromise.Q3aInformed).State.Should().Be(ItemState.Met, "announced 20 days ahead, two forms, an accessible session");
        Item(checklist, CompliancePromise.Q3bFacts).State.Should().Be(ItemState.Met);
        new[] { CompliancePromise.Q1Heard, CompliancePromise.Q2Basis, CompliancePromise.Q4Reach, CompliancePromise.Q5Feedback }
            .Select(p => Item(checklist, p).State).Should().OnlyContain(s => s == ItemState.NotYetDue);
    }

    [Test]
    public async Task A_decision_recorded_without_an_exported_basis_breaks_Q2()
    {
        var dialogue = await AnnounceAsync();
        await RunAsync(dialogue, youngAnswers: 2, otherAnswers: 0);
        await DecideAsync(dialogue, DateOnly.FromDateTime(Factory.Clock.GetUtcNow().UtcDateTime));

        var q2 = Item(await ChecklistAsync(dialogue), CompliancePromise.Q2Basis);

        q2.State.Should().Be(ItemState.NotMet);
        q2.Evidence.Should().Contain("No decision basis exported yet.");
    }

    [Test]
    public async Task A_basis_exported_after_the_decision_date_breaks_Q2()
    {
        var dialogue = await AnnounceAsync();
        await RunAsync(dialogue, youngAnswers: 2, otherAnswers: 0);
        var decidedOn = DateOnly.FromDateTime(Factory.Clock.GetUtcNow().UtcDateTime).AddDays(-1);
        await ExportAsync(dialogue);
        await DecideAsync(dialogue, decidedOn);

        var q2 = Item(await ChecklistAsync(dialogue), CompliancePromise.Q2Basis);

        q2.State.Should().Be(ItemState.NotMet);
        q2.Evidence.Should().Contain("The basis was exported after the decision.");
    }

    [TestCase(30, ItemState.Met)]
    [TestCase(31, ItemState.NotMet)]
    public async Task Feedback_on_the_last_day_keeps_Q5_and_one_day_late_breaks_it(int daysAfterDecision, ItemState expected)
    {
        var dialogue = await AnnounceAsync();
        await RunAsync(dialogue, youngAnswers: 2, otherAnswers: 0);
        await ExportAsync(dialogue);
        var decidedOn = DateOnly.FromDateTime(Factory.Clock.GetUtcNow().UtcDateTime);
        await DecideAsync(dialogue, decidedOn);
        Factory.Clock.Set(new DateTimeOffset(decidedOn.AddDays(daysAfterDecision).ToDateTime(new TimeOnly(15, 0)), TimeSpan.Zero));
        await PublishFeedbackAsync(dialogue);

        var q5 = Item(await ChecklistAsync(dialogue), CompliancePromise.Q5Feedback);

        q5.State.Should().Be(expected, string.Join(" ", q5.Evidence));
        if (expected == ItemState.NotMet)
        {
            q5.Evidence.Should().Contain(e => e.EndsWith("1 days late.", StringComparison.Ordinal));
        }
    }

    [Test]
    public async Task No_feedback_by_the_deadline_breaks_Q5_and_before_it_the_item_is_about_to_be_missed()
    {
        var dialogue = await AnnounceAsync();
        await RunAsync(dialogue, youngAnswers: 2, otherAnswers: 0);
        await ExportAsync(dialogue);
        var decidedOn = DateOnly.FromDateTime(Factory.Clock.GetUtcNow().UtcDateTime);
        await DecideAsync(dialogue, decidedOn);

        Factory.Clock.Advance(TimeSpan.FromDays(28));
        var soon = Item(await ChecklistAsync(dialogue), CompliancePromise.Q5Feedback);
        Factory.Clock.Advance(TimeSpan.FromDays(4));
        var late = Item(await ChecklistAsync(dialogue), CompliancePromise.Q5Feedback);

        soon.State.Should().Be(ItemState.NotYetDue);
        soon.AboutToBeMissed.Should().BeTrue();
        late.State.Should().Be(ItemState.NotMet);
    }

    [Test]
    public async Task An_under_reached_group_breaks_Q4_until_the_shortfall_is_explained()
    {
        var dialogue = await AnnounceAsync();
        await RunAsync(dialogue, youngAnswers: 1, otherAnswers: 9);

        var before = Item(await ChecklistAsync(dialogue), CompliancePromise.Q4Reach);
        var explained = await (await OfficialNowAsync()).PutAsJsonAsync($"/api/dialogues/{dialogue.Id}/reach-explanations/youngPeople",
            new { explanation = "Skolorna hade lov under dialogen; en extra workshop hålls på fritidsgården i vår." }, Json);
        var after = Item(await ChecklistAsync(dialogue), CompliancePromise.Q4Reach);

        before.State.Should().Be(ItemState.NotMet);
        before.UnexplainedGroups.Should().Equal(Medborgardialog.Api.Domain.TargetGroup.YoungPeople);
        after.UnexplainedGroups.Should().BeEmpty();
        before.Evidence.Should().Contain(e => e.StartsWith("YoungPeople: 10 %", StringComparison.Ordinal) && e.EndsWith("under-reached, not explained.", StringComparison.Ordinal));
        explained.StatusCode.Should().Be(HttpStatusCode.OK);
        after.State.Should().Be(ItemState.Met);
        after.Evidence.Should().Contain(e => e.Contains("explained: Skolorna hade lov", StringComparison.Ordinal));
    }

    [Test]
    public async Task Explaining_a_group_the_dialogue_does_not_target_is_refused()
    {
        var dialogue = await AnnounceAsync();

        var response = await Official.PutAsJsonAsync($"/api/dialogues/{dialogue.Id}/reach-explanations/olderPeople", new { explanation = "Ingen aning." }, Json);
        var empty = await Official.PutAsJsonAsync($"/api/dialogues/{dialogue.Id}/reach-explanations/youngPeople", new { explanation = "" }, Json);

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        empty.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task Announced_too_late_breaks_Q3a_and_an_open_period_too_short_breaks_Q1()
    {
        var late = await AnnounceAsync(publish: false, opens: TestClock.Start.AddDays(5), closes: TestClock.Start.AddDays(12));
        (await Official.PostAsync($"/api/dialogues/{late.Id}/publish", null)).EnsureSuccessStatusCode();
        Factory.Clock.Set(TestClock.Start.AddDays(5));
        (await (await OfficialNowAsync()).PostAsync($"/api/dialogues/{late.Id}/open", null)).EnsureSuccessStatusCode();
        Factory.Clock.Set(TestClock.Start.AddDays(12));
        (await (await OfficialNowAsync()).PostAsync($"/api/dialogues/{late.Id}/close", null)).EnsureSuccessStatusCode();

        var checklist = await ChecklistAsync(late);

        Item(checklist, CompliancePromise.Q3aInformed).State.Should().Be(ItemState.NotMet);
        Item(checklist, CompliancePromise.Q3aInformed).Evidence[0].Should().Contain("5 days before it opened");
        Item(checklist, CompliancePromise.Q1Heard).State.Should().Be(ItemState.NotMet);
        Item(checklist, CompliancePromise.Q1Heard).Evidence[0].Should().Contain("7 days (at least 14)");
    }

    [Test]
    public async Task An_opinion_registered_after_the_result_was_compiled_breaks_Q1_once_the_decision_is_taken()
    {
        var dialogue = await AnnounceAsync();
        await RunAsync(dialogue, youngAnswers: 2, otherAnswers: 0);
        Factory.Clock.Advance(TimeSpan.FromHours(1));
        (await (await OfficialNowAsync()).PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/offline-opinions",
            new { channel = "paper", text = "En sen lapp från biblioteket.", sessionId = (Guid?)null }, Json)).EnsureSuccessStatusCode();
        await ExportAsync(dialogue);
        await DecideAsync(dialogue, DateOnly.FromDateTime(Factory.Clock.GetUtcNow().UtcDateTime));

        var q1 = Item(await ChecklistAsync(dialogue), CompliancePromise.Q1Heard);

        q1.State.Should().Be(ItemState.NotMet);
        q1.Evidence.Should().Contain(e => e.StartsWith("An opinion arrived after the result was compiled", StringComparison.Ordinal));
    }

    [Test]
    public async Task Without_easy_read_text_Q3b_is_met_with_a_warning_and_a_cancelled_dialogue_has_nothing_due()
    {
        var plain = await AnnounceAsync(easyRead: false, publish: true);
        var cancelled = await AnnounceAsync(publish: true, title: "Inställd dialog om bad");
        (await Official.PostAsJsonAsync($"/api/dialogues/{cancelled.Id}/cancel", new { reason = "Frågan avgjordes av regionen." }, Json)).EnsureSuccessStatusCode();

        var q3b = Item(await ChecklistAsync(plain), CompliancePromise.Q3bFacts);
        var cancelledItems = (await ChecklistAsync(cancelled)).Items;

        q3b.State.Should().Be(ItemState.Met);
        q3b.Warnings.Should().ContainSingle().Which.Should().Contain("easy-read");
        cancelledItems.Should().OnlyContain(i => i.State == ItemState.NotApplicable);
    }

    [Test]
    public async Task The_responsible_official_is_reminded_once_when_announcement_is_about_to_be_missed()
    {
        var draft = await AnnounceAsync(publish: false, opens: TestClock.Start.AddDays(16), closes: TestClock.Start.AddDays(46));
        await AnnounceAsync(publish: true, title: "Dialog i god tid");

        using var scope = Factory.Services.CreateScope();
        var sender = scope.ServiceProvider.GetRequiredService<ISender>();
        var first = await sender.Send(new SendComplianceRemindersCommand());
        var second = await sender.Send(new SendComplianceRemindersCommand());

        first.Should().Be(1, "the draft must be announced within two days");
        second.Should().Be(0, "once per dialogue and promise");
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var mail = await db.OutgoingEmails.SingleAsync(e => e.Kind == "compliance-reminder");
        mail.Subject.Should().Contain("Ny skatepark vid Skranta");
        mail.Body.Should().Contain("Q3a");
        (await db.ComplianceReminders.SingleAsync()).DialogueId.Should().Be(draft.Id);
    }

    [Test]
    public async Task The_dashboard_filters_by_year_committee_and_status_and_puts_broken_promises_first()
    {
        var good = await AnnounceAsync(publish: true, title: "Dialog i god tid");
        var late = await AnnounceAsync(publish: false, title: "Sent utlyst dialog", opens: TestClock.Start.AddDays(3), closes: TestClock.Start.AddDays(40));
        var nextYear = await AnnounceAsync(publish: true, title: "Dialog nästa år", opens: new DateTimeOffset(2027, 3, 1, 8, 0, 0, TimeSpan.Zero), closes: new DateTimeOffset(2027, 4, 1, 8, 0, 0, TimeSpan.Zero));

        var all = await DashboardAsync("");
        var year = await DashboardAsync("?year=2026");
        var drafts = await DashboardAsync("?status=draft");
        var committee = await DashboardAsync("?committee=Ingen%20n%C3%A4mnd");

        all.Dialogues.Select(d => d.DialogueId).First().Should().Be(late.Id, "a broken promise comes first");
        year.Dialogues.Select(d => d.DialogueId).Should().BeEquivalentTo([good.Id, late.Id]);
        drafts.Dialogues.Select(d => d.DialogueId).Should().Equal(late.Id);
        committee.Dialogues.Should().BeEmpty();
        all.Years.Should().Equal(2027, 2026);
        all.Dialogues.Select(d => d.DialogueId).Should().Contain(nextYear.Id);
        (await Client.GetAsync("/api/staff/compliance")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await Official.GetAsync("/api/staff/compliance?year=1")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task The_public_transparency_report_counts_the_year_and_shows_each_checklist_and_a_csv()
    {
        var kept = await AnnounceAsync();
        await RunAsync(kept, youngAnswers: 3, otherAnswers: 1);
        await ExportAsync(kept);
        var decidedOn = DateOnly.FromDateTime(Factory.Clock.GetUtcNow().UtcDateTime);
        await DecideAsync(kept, decidedOn);
        await PublishFeedbackAsync(kept);
        await AnnounceAsync(publish: false, title: "Ett utkast syns inte");

        var report = await ReadAsync<TransparencyReport>(await Client.GetAsync("/api/transparency/2026"));
        var csv = await Client.GetAsync("/api/transparency/2026.csv");
        var text = await csv.Content.ReadAsStringAsync();

        report.Dialogues.Should().Be(1, "drafts are not public");
        report.Participants.Should().Be(5);
        report.ByChannel.Single(c => c.Key == "online").Count.Should().Be(4);
        report.ByChannel.Single(c => c.Key == "paper").Count.Should().Be(1);
        report.ByAgeBand.Single(c => c.Key == "age16To25").Count.Should().Be(3);
        report.ByDistrict.Single(c => c.Key == "skranta").Count.Should().Be(3);
        report.WithDecision.Should().Be(1);
        report.FeedbackOnTime.Should().Be(1);
        report.Promises.Single(p => p.Promise == CompliancePromise.Q5Feedback).Met.Should().Be(1);
        report.Checklists.Should().ContainSingle().Which.Slug.Should().Be(kept.Slug);
        csv.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        text.Should().Contain("dialog;nämnd;status;öppnar;stänger;Q1;Q2;Q3a;Q3b;Q4;Q5;underlag");
        text.Should().Contain("Ny skatepark vid Skranta;Kultur- och fritidsnämnden;FeedbackPublished", "the feedback is published: the last step of its life");
        text.Should().Contain("uppfyllt");
        (await Client.GetStringAsync("/api/transparency/2026")).Should().NotContain("@", "no addresses of staff or residents");
        (await Client.GetAsync("/api/transparency/1999")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    private async Task<ArrangedDialogue> AnnounceAsync(bool publish = true, string title = "Ny skatepark vid Skranta",
        DateTimeOffset? opens = null, DateTimeOffset? closes = null, bool easyRead = true)
    {
        var opensAt = opens ?? Opens;
        var command = Requests.Announcement(title, opensAt) with
        {
            ClosesAt = closes ?? Closes,
            PlannedDecisionDate = DateOnly.FromDateTime((closes ?? Closes).UtcDateTime).AddDays(30),
            Districts = ["skranta"],
            EasyReadText = easyRead ? "Kommunen vill bygga en skatepark. Säg vad du tycker." : null,
        };
        return await Scenario.Dialogue(Official).Announcing(command).WithSession().InStageAsync(publish ? Stage.Announced : Stage.Draft);
    }

    /// <summary>Opens the dialogue at its time, takes opinions online and one on paper, closes it and compiles the result.</summary>
    private async Task RunAsync(ArrangedDialogue dialogue, int youngAnswers, int otherAnswers)
    {
        Factory.Clock.Set(Opens);
        (await (await OfficialNowAsync()).PostAsync($"/api/dialogues/{dialogue.Id}/open", null)).EnsureSuccessStatusCode();
        for (var i = 0; i < youngAnswers + otherAnswers; i++)
        {
            var ageBand = i < youngAnswers ? "age16To25" : "age41To64";
            var response = await Client.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/opinions", new
            {
                text = $"Synpunkt nummer {i}: {(i % 2 == 0 ? "mer belysning" : "fler bänkar")} vid parken.",
                background = new { ageBand, district = i == youngAnswers + otherAnswers - 1 && i > 0 ? (string?)null : "skranta", relation = "resident" },
                consentToFeedback = false,
            }, Json);
            response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        }

        (await Official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/offline-opinions",
            new { channel = "paper", text = "Lapp från pop-upen: gör det tryggt på kvällen.", sessionId = (Guid?)null }, Json)).EnsureSuccessStatusCode();
        Factory.Clock.Set(Closes);
        (await (await OfficialNowAsync()).PostAsync($"/api/dialogues/{dialogue.Id}/close", null)).EnsureSuccessStatusCode();
        var compiled = await Official.PutAsJsonAsync($"/api/dialogues/{dialogue.Id}/result", new { summary = "De flesta vill ha belysning.", quoteOpinionIds = Array.Empty<Guid>() }, Json);
        compiled.StatusCode.Should().Be(HttpStatusCode.NoContent, await compiled.Content.ReadAsStringAsync());
    }

    private async Task ExportAsync(ArrangedDialogue dialogue) =>
        (await (await OfficialNowAsync()).PostAsync($"/api/dialogues/{dialogue.Id}/decision-basis", null)).EnsureSuccessStatusCode();

    private async Task DecideAsync(ArrangedDialogue dialogue, DateOnly decidedOn)
    {
        var response = await (await OfficialNowAsync()).PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/decision", new
        {
            committee = "Kultur- och fritidsnämnden",
            decidedOn = decidedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            caseNumber = "KFN 2026/0142",
            text = "Nämnden beslutar att bygga skateparken med belysning.",
            howResultWasUsed = "Belysningen kom från dialogen.",
            decisionUrl = (string?)null,
        }, Json);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    private async Task PublishFeedbackAsync(ArrangedDialogue dialogue)
    {
        var response = await (await OfficialNowAsync()).PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/feedback", new { text = "Tack! Parken får belysning.", links = Array.Empty<object>() }, Json);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The official, signed in again: bearer tokens expire by the app's clock, which the tests move.</summary>
    private async Task<HttpClient> OfficialNowAsync()
    {
        Official.Dispose();
        Official = await Staff.SignedInAsync(Factory, Roles.Official);
        return Official;
    }

    private async Task<ComplianceDashboard> DashboardAsync(string query)
    {
        using var official = await Staff.SignedInAsync(Factory, Roles.Official); // the test clock moves; tokens follow it
        var response = await official.GetAsync($"/api/staff/compliance{query}");
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await ReadAsync<ComplianceDashboard>(response);
    }

    private async Task<DialogueChecklist> ChecklistAsync(ArrangedDialogue dialogue) =>
        (await DashboardAsync("")).Dialogues.Single(d => d.DialogueId == dialogue.Id);

    private static ChecklistItem Item(DialogueChecklist checklist, CompliancePromise promise) => checklist.Items.Single(i => i.Promise == promise);
}
