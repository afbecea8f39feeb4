using System.Net;
using System.Net.Http.Json;
using Mediator;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Features.Dialogues;
using Medborgardialog.Api.Features.Email;
using Medborgardialog.Api.Features.Retention;
using Medborgardialog.Api.Features.Moderation;
using Medborgardialog.Api.Features.Opinions;
using Medborgardialog.Api.Infrastructure.Auth;
using Medborgardialog.Api.Infrastructure.Persistence;
using Medborgardialog.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Medborgardialog.Api.Tests.Features.Moderation;

/// <summary>A safe conversation: public opinions, automatic holds, reports, the moderation queue and its audit log.</summary>
public sealed class ModerationTests : ApiTest
{
    private const string Threat = "Jag vet var du bor och jag ska döda dig om skateparken inte byggs.";
    private const string Clean = "Bygg en bowl och sätt upp belysning vid Skranta.";

    private HttpClient Moderator { get; set; } = null!;

    [SetUp]
    public async Task SignInModeratorAsync() => Moderator = await Staff.SignedInAsync(Factory, Roles.Moderator);

    [TearDown]
    public void DisposeModerator() => Moderator?.Dispose();

    [Test]
    public async Task Opinions_are_internal_by_default_and_youth_dialogues_are_pre_moderated_by_default()
    {
        var adults = await Scenario.Dialogue(Official).InStageAsync(Stage.Announced);
        var youth = await Scenario.Dialogue(Official).Announcing(Requests.Announcement("Ungdomsdialog om fritid") with { IsYouthDialogue = true }).InStageAsync(Stage.Announced);

        var adultDetails = await ReadAsync<DialogueDetails>(await Client.GetAsync($"/api/dialogue-slugs/{adults.Slug}"));
        var youthDetails = await ReadAsync<DialogueDetails>(await Client.GetAsync($"/api/dialogue-slugs/{youth.Slug}"));

        adultDetails.OpinionVisibility.Should().Be(OpinionVisibility.Internal);
        adultDetails.Moderation.Should().Be(ModerationMode.PostModeration);
        youthDetails.Moderation.Should().Be(ModerationMode.PreModeration);
        youthDetails.ModerationIsDefault.Should().BeTrue();
        (await Client.GetAsync($"/api/dialogues/{adults.Id}/opinions")).StatusCode.Should().Be(HttpStatusCode.NotFound, "internal opinions are not shown");
    }

    [Test]
    public async Task With_post_moderation_a_clean_opinion_is_shown_at_once_and_a_threat_is_held_but_counted()
    {
        var dialogue = await OpenPublicDialogueAsync(ModerationMode.PostModeration);

        var clean = await SubmitAsync(dialogue.Id, Clean);
        var threat = await SubmitAsync(dialogue.Id, Threat);

        var page = await PublicOpinionsAsync(dialogue.Id);
        page.Items.Select(o => o.Text).Should().Equal(Clean);
        page.AwaitingReview.Should().Be(1);
        (await ReadAsync<DialogueDetails>(await Client.GetAsync($"/api/dialogue-slugs/{dialogue.Slug}"))).OpinionCount
            .Should().Be(2, "held text stays in the result counts");
        (await ReceiptAsync(threat)).PublicState.Should().Be(PublicState.AwaitingReview);
        (await ReceiptAsync(clean)).PublicState.Should().Be(PublicState.Shown);

        var queue = await QueueAsync();
        var item = queue.Items.Should().ContainSingle().Subject;
        item.OpinionId.Should().Be(threat.OpinionId);
        item.Reasons.Should().Contain(QueueReason.Threat);
        item.ContentHits.Should().Contain(h => h.Category == ContentCategory.Threat);
        item.Text.Should().Be(Threat);
        item.Overdue.Should().BeFalse();
    }

    [Test]
    public async Task With_pre_moderation_nothing_is_shown_until_a_moderator_approves_it()
    {
        var dialogue = await OpenPublicDialogueAsync(ModerationMode.PreModeration);
        var opinion = await SubmitAsync(dialogue.Id, Clean);

        (await PublicOpinionsAsync(dialogue.Id)).Items.Should().BeEmpty();
        (await QueueAsync()).Items.Should().ContainSingle(i => i.OpinionId == opinion.OpinionId)
            .Which.Reasons.Should().Equal(QueueReason.PreModeration);

        (await Moderator.PostAsJsonAsync($"/api/moderation/opinions/{opinion.OpinionId}/approve", new { note = "Ok" })).StatusCode.Should().Be(HttpStatusCode.OK);

        (await PublicOpinionsAsync(dialogue.Id)).Items.Select(o => o.Text).Should().Equal(Clean);
        (await QueueAsync()).Items.Should().BeEmpty();
    }

    [Test]
    public async Task A_hidden_opinion_shows_only_the_moderators_public_reason_and_stays_in_the_result()
    {
        var dialogue = await OpenPublicDialogueAsync(ModerationMode.PostModeration);
        var threat = await SubmitAsync(dialogue.Id, Threat);

        var hidden = await Moderator.PostAsJsonAsync($"/api/moderation/opinions/{threat.OpinionId}/hide", new { publicReason = "Hot mot en person" });

        hidden.StatusCode.Should().Be(HttpStatusCode.OK, await hidden.Content.ReadAsStringAsync());
        var raw = await Client.GetStringAsync($"/api/dialogues/{dialogue.Id}/opinions");
        raw.Should().NotContain("döda", "hidden text never leaves on a public path");
        var notice = (await PublicOpinionsAsync(dialogue.Id)).Items.Should().ContainSingle().Subject;
        notice.Hidden.Should().BeTrue();
        notice.HiddenReason.Should().Be("Hot mot en person");
        notice.Text.Should().BeNull();
        (await ReceiptAsync(threat)).HiddenReason.Should().Be("Hot mot en person");
        (await ReadAsync<DialogueDetails>(await Client.GetAsync($"/api/dialogue-slugs/{dialogue.Slug}"))).OpinionCount.Should().Be(1);
    }

    [Test]
    public async Task Spam_leaves_the_view_and_the_result()
    {
        var dialogue = await OpenPublicDialogueAsync(ModerationMode.PostModeration);
        var spam = await SubmitAsync(dialogue.Id, "Köp billiga klockor på nätet, bästa priset i hela Sverige!");

        (await Moderator.PostAsJsonAsync($"/api/moderation/opinions/{spam.OpinionId}/spam", new { })).StatusCode.Should().Be(HttpStatusCode.OK);

        (await PublicOpinionsAsync(dialogue.Id)).Items.Should().BeEmpty();
        (await ReadAsync<DialogueDetails>(await Client.GetAsync($"/api/dialogue-slugs/{dialogue.Slug}"))).OpinionCount.Should().Be(0);
        (await ReceiptAsync(spam)).PublicState.Should().Be(PublicState.Removed);
    }

    [TestCase("Ring mig på 070-123 45 67 så berättar jag mer.", "telefonnummer")]
    [TestCase("Min granne 19811218-9876 parkerar alltid fel.", "personnummer")]
    [TestCase("Skriv till anna.andersson@example.com om du undrar.", "e-postadress")]
    public async Task Personal_data_is_held_and_the_hit_names_only_its_kind(string text, string kind)
    {
        var dialogue = await OpenPublicDialogueAsync(ModerationMode.PostModeration);
        await SubmitAsync(dialogue.Id, text);

        var item = (await QueueAsync()).Items.Should().ContainSingle().Subject;

        item.Reasons.Should().Equal(QueueReason.PersonalData);
        item.ContentHits.Should().ContainSingle().Which.Should().Be(new ContentHit(ContentCategory.PersonalData, kind));
        (await PublicOpinionsAsync(dialogue.Id)).Items.Should().BeEmpty();
    }

    [Test]
    public async Task A_burst_of_near_identical_opinions_is_held_as_possible_spam_from_the_third()
    {
        var dialogue = await OpenPublicDialogueAsync(ModerationMode.PostModeration);

        await SubmitAsync(dialogue.Id, "Stoppa bygget av skateparken nu!");
        await SubmitAsync(dialogue.Id, "stoppa BYGGET av skateparken nu");
        var third = await SubmitAsync(dialogue.Id, "Stoppa... bygget av skateparken NU!!!");
        await SubmitAsync(dialogue.Id, "Något helt annat: fler bänkar i parken, tack.");

        var item = (await QueueAsync()).Items.Should().ContainSingle().Subject;
        item.OpinionId.Should().Be(third.OpinionId);
        item.Reasons.Should().Equal(QueueReason.NearDuplicate);
        (await ReadAsync<DialogueDetails>(await Client.GetAsync($"/api/dialogue-slugs/{dialogue.Slug}"))).OpinionCount.Should().Be(4, "held is not lost");
    }

    [Test]
    public async Task Reports_hide_an_opinion_pending_review_when_they_reach_the_threshold()
    {
        var dialogue = await OpenPublicDialogueAsync(ModerationMode.PostModeration);
        var opinion = await SubmitAsync(dialogue.Id, Clean);

        (await ReportAsync(opinion.OpinionId, "webbläsare-nummer-ett-0001", ReportReason.OffTopic)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await ReportAsync(opinion.OpinionId, "webbläsare-nummer-två-0002", ReportReason.Spam)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await PublicOpinionsAsync(dialogue.Id)).Items.Should().ContainSingle("two reports are below the default threshold of three");
        var queued = (await QueueAsync()).Items.Should().ContainSingle().Subject;
        queued.Reasons.Should().Equal(QueueReason.Reported);
        queued.Status.Should().Be(ModerationStatus.Unreviewed);

        (await ReportAsync(opinion.OpinionId, "webbläsare-nummer-tre-0003", ReportReason.OffTopic)).StatusCode.Should().Be(HttpStatusCode.OK);

        (await PublicOpinionsAsync(dialogue.Id)).Items.Should().BeEmpty();
        var held = (await QueueAsync()).Items.Should().ContainSingle().Subject;
        held.Status.Should().Be(ModerationStatus.Held);
        held.Reports.Should().BeEquivalentTo([new ReportCount(ReportReason.OffTopic, 2), new ReportCount(ReportReason.Spam, 1)]);

        (await Moderator.PostAsJsonAsync($"/api/moderation/opinions/{opinion.OpinionId}/approve", new { })).StatusCode.Should().Be(HttpStatusCode.OK);
        (await PublicOpinionsAsync(dialogue.Id)).Items.Should().ContainSingle("an approved opinion is shown again");
        (await QueueAsync()).Items.Should().BeEmpty();
    }

    [Test]
    public async Task Reporting_twice_from_the_same_browser_is_refused()
    {
        var dialogue = await OpenPublicDialogueAsync(ModerationMode.PostModeration);
        var opinion = await SubmitAsync(dialogue.Id, Clean);

        await ReportAsync(opinion.OpinionId, "samma-webbläsare-1234567", ReportReason.ThreatOrHate);
        var again = await ReportAsync(opinion.OpinionId, "samma-webbläsare-1234567", ReportReason.Spam);

        again.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await ReadProblemAsync(again)).Detail.Should().Contain("already reported");
        using var scope = Factory.Services.CreateScope();
        (await scope.ServiceProvider.GetRequiredService<AppDbContext>().OpinionReports.CountAsync()).Should().Be(1);
    }

    [Test]
    public async Task A_non_public_opinion_cannot_be_reported_and_the_answer_reveals_nothing()
    {
        var dialogue = await OpenPublicDialogueAsync(ModerationMode.PostModeration);
        var held = await SubmitAsync(dialogue.Id, Threat);
        var internalDialogue = await OpenDialogueAsync("Intern dialog om parkering");
        var internalOpinion = await SubmitAsync(internalDialogue.Id, Clean);

        var heldReport = await ReportAsync(held.OpinionId, "en-nyfiken-webbläsare-1", ReportReason.ThreatOrHate);
        var internalReport = await ReportAsync(internalOpinion.OpinionId, "en-nyfiken-webbläsare-1", ReportReason.Spam);
        var unknownReport = await ReportAsync(Guid.NewGuid(), "en-nyfiken-webbläsare-1", ReportReason.Spam);

        heldReport.StatusCode.Should().Be(HttpStatusCode.NotFound);
        internalReport.StatusCode.Should().Be(HttpStatusCode.NotFound);
        unknownReport.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await ReadProblemAsync(heldReport)).Detail.Should().Be($"There is no public opinion with id {held.OpinionId}.", "held and unknown look the same");
        (await ReadProblemAsync(internalReport)).Detail.Should().StartWith("There is no public opinion with id");
    }

    [Test]
    public async Task Bad_reports_get_field_errors()
    {
        var dialogue = await OpenPublicDialogueAsync(ModerationMode.PostModeration);
        var opinion = await SubmitAsync(dialogue.Id, Clean);

        var response = await Client.PostAsJsonAsync($"/api/opinions/{opinion.OpinionId}/reports", new { reason = "boring", reporterKey = "x" }, Json);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var tooShort = await Client.PostAsJsonAsync($"/api/opinions/{opinion.OpinionId}/reports", new { reason = "spam", reporterKey = "kort" }, Json);
        tooShort.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ReadProblemAsync(tooShort)).Errors.Should().ContainKey("reporterKey");
    }

    [Test]
    public async Task A_flood_of_reports_from_one_client_is_stopped_with_429_and_Retry_After()
    {
        await using var strict = new ApiFactory(TestEnvironment.Database.ConnectionString, new Dictionary<string, string?>
        {
            ["RateLimits:ReportsPerMinute"] = "5",
        });
        using var official = await Staff.SignedInAsync(strict, Roles.Official);
        using var resident = strict.CreateClient();
        var dialogue = await Scenario.Dialogue(official).InStageAsync(Stage.Announced);
        (await official.PostAsync($"/api/dialogues/{dialogue.Id}/open", null)).EnsureSuccessStatusCode();
        (await official.PutAsJsonAsync($"/api/dialogues/{dialogue.Id}/moderation", new { visibility = "public", mode = "postModeration" }, Json)).EnsureSuccessStatusCode();
        var opinions = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var created = await resident.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/opinions", new { text = $"Synpunkt nummer {i} om parken", consentToFeedback = false }, Json);
            opinions.Add((await ReadAsync<SubmitOpinionResponse>(created)).OpinionId);
        }

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 8; i++)
        {
            last = await resident.PostAsJsonAsync($"/api/opinions/{opinions[i % 3]}/reports",
                new { reason = "spam", reporterKey = $"flood-key-{i:D4}-abcdefgh" }, Json);
            statuses.Add(last.StatusCode);
        }

        statuses.Take(5).Should().OnlyContain(s => s == HttpStatusCode.OK || s == HttpStatusCode.Conflict || s == HttpStatusCode.NotFound);
        statuses.Skip(5).Should().OnlyContain(s => s == HttpStatusCode.TooManyRequests);
        last!.Headers.RetryAfter.Should().NotBeNull();
        (await ReadProblemAsync(last)).Status.Should().Be(429);
    }

    [TestCase(Roles.Official)]
    [TestCase(Roles.ElectedOfficial)]
    [TestCase("Anonymous")]
    public async Task Only_moderators_act_on_opinions(string caller)
    {
        var dialogue = await OpenPublicDialogueAsync(ModerationMode.PostModeration);
        var threat = await SubmitAsync(dialogue.Id, Threat);
        using var client = caller == "Anonymous" ? Factory.CreateClient() : await Staff.SignedInAsync(Factory, caller);

        var hide = await client.PostAsJsonAsync($"/api/moderation/opinions/{threat.OpinionId}/hide", new { publicReason = "Jag gillar den inte" });
        var approve = await client.PostAsJsonAsync($"/api/moderation/opinions/{threat.OpinionId}/approve", new { });
        var queue = await client.GetAsync("/api/moderation/queue");

        var expected = caller == "Anonymous" ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden;
        new[] { hide.StatusCode, approve.StatusCode, queue.StatusCode }.Should().OnlyContain(s => s == expected);
        (await QueueAsync()).Items.Should().ContainSingle().Which.Status.Should().Be(ModerationStatus.Held, "nothing changed");
    }

    [Test]
    public async Task Every_action_is_in_the_audit_log_with_who_when_what_and_why()
    {
        var dialogue = await OpenPublicDialogueAsync(ModerationMode.PostModeration);
        var threat = await SubmitAsync(dialogue.Id, Threat);
        Factory.Clock.Advance(TimeSpan.FromMinutes(30));

        await Moderator.PostAsJsonAsync($"/api/moderation/opinions/{threat.OpinionId}/hide", new { publicReason = "Hot mot en person" });
        Factory.Clock.Advance(TimeSpan.FromMinutes(2));
        await Moderator.PostAsJsonAsync($"/api/moderation/opinions/{threat.OpinionId}/police-report", new { note = "Hot mot nämndens ordförande" });

        var log = await ReadAsync<ModerationLogPage>(await Moderator.GetAsync($"/api/moderation/log?dialogueId={dialogue.Id}"));
        log.Items.Select(e => e.Action).Should().Equal(ModerationAction.MarkedForPoliceReport, ModerationAction.Hidden, ModerationAction.HeldAutomatically);
        log.Items[1].Actor.Should().Be("Test Moderator");
        log.Items[1].Reason.Should().Be("Hot mot en person");
        log.Items[1].At.Should().Be(TestClock.Start.AddMinutes(30));
        log.Items[2].Actor.Should().BeNull("the system held it");
        log.Items[2].Reason.Should().Contain("Hot");
    }

    [Test]
    public async Task An_item_waiting_longer_than_the_response_time_is_flagged_overdue()
    {
        var dialogue = await OpenPublicDialogueAsync(ModerationMode.PreModeration);
        var first = await SubmitAsync(dialogue.Id, Clean);
        Factory.Clock.Advance(TimeSpan.FromHours(20));
        await SubmitAsync(dialogue.Id, "Fler papperskorgar runt skateparken, tack.");
        Factory.Clock.Advance(TimeSpan.FromHours(5));
        Moderator = await Staff.SignedInAsync(Factory, Roles.Moderator); // a day later: a new sign-in

        var queue = await QueueAsync();

        queue.Items.Select(i => i.OpinionId).First().Should().Be(first.OpinionId, "oldest first");
        queue.Items.Select(i => i.Overdue).Should().Equal(true, false);
        queue.Items[0].WaitingHours.Should().Be(25);
        queue.Overdue.Should().Be(1);
        queue.ResponseTimeHours.Should().Be(24);
    }

    [Test]
    public async Task A_threat_marked_for_police_report_is_exported_with_its_metadata_and_kept_by_retention()
    {
        var dialogue = await OpenPublicDialogueAsync(ModerationMode.PostModeration);
        var threat = await SubmitAsync(dialogue.Id, Threat);
        var spam = await SubmitAsync(dialogue.Id, "Köp billiga klockor på nätet, bästa priset i hela Sverige!");
        var otherThreat = await SubmitAsync(dialogue.Id, "Ni politiker borde skjutas allihop, och ring 070-123 45 67.");
        await Moderator.PostAsJsonAsync($"/api/moderation/opinions/{threat.OpinionId}/hide", new { publicReason = "Hot mot en person" });
        await Moderator.PostAsJsonAsync($"/api/moderation/opinions/{otherThreat.OpinionId}/hide", new { publicReason = "Hot och personuppgifter" });
        await Moderator.PostAsJsonAsync($"/api/moderation/opinions/{spam.OpinionId}/spam", new { });
        (await Moderator.GetAsync($"/api/moderation/opinions/{threat.OpinionId}/police-report")).StatusCode.Should().Be(HttpStatusCode.Conflict, "only marked opinions are exported");
        var marked = await Moderator.PostAsJsonAsync($"/api/moderation/opinions/{threat.OpinionId}/police-report", new { note = "Hot mot nämndens ordförande" });
        marked.StatusCode.Should().Be(HttpStatusCode.OK);

        var exported = await Moderator.GetAsync($"/api/moderation/opinions/{threat.OpinionId}/police-report");
        exported.Content.Headers.ContentDisposition!.FileName.Should().Contain("polisanmalan");
        var export = await ReadAsync<PoliceReportExport>(exported);
        export.Text.Should().Be(Threat);
        export.Note.Should().Be("Hot mot nämndens ordförande");
        export.MarkedBy.Should().Be("Test Moderator");
        export.ContentHits.Should().Contain(h => h.Category == ContentCategory.Threat);
        export.Log.Select(l => l.Action).Should().Contain([ModerationAction.HeldAutomatically, ModerationAction.Hidden, ModerationAction.MarkedForPoliceReport]);

        Factory.Clock.Advance(TimeSpan.FromDays(91));
        using var scope = Factory.Services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ForgetExpiredPersonalDataCommand());
        result.TextsErased.Should().Be(2, "the spam and the hidden text with a phone number");
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        (await db.Opinions.SingleAsync(o => o.Id == threat.OpinionId)).Text.Should().Be(Threat, "marked for a police report: kept");
        (await db.Opinions.SingleAsync(o => o.Id == otherThreat.OpinionId)).Text.Should().BeEmpty();
        (await db.Opinions.SingleAsync(o => o.Id == spam.OpinionId)).Text.Should().BeEmpty();
    }

    [Test]
    public async Task A_withdrawn_opinion_is_not_moderated_and_leaves_the_queue()
    {
        var dialogue = await OpenPublicDialogueAsync(ModerationMode.PostModeration);
        var threat = await SubmitAsync(dialogue.Id, Threat);
        (await Client.PostAsync($"/api/receipts/{threat.ReceiptToken}/withdraw", null)).StatusCode.Should().Be(HttpStatusCode.OK);

        (await QueueAsync()).Items.Should().BeEmpty();
        var approve = await Moderator.PostAsJsonAsync($"/api/moderation/opinions/{threat.OpinionId}/approve", new { });
        approve.StatusCode.Should().Be(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task No_public_path_shows_held_content_or_a_residents_address()
    {
        var dialogue = await OpenPublicDialogueAsync(ModerationMode.PostModeration);
        var response = await Client.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/opinions", new
        {
            text = Threat,
            feedbackEmail = "hemlig.invanare@example.com",
            consentToFeedback = true,
        }, Json);
        response.StatusCode.Should().Be(HttpStatusCode.Created);
        await SubmitAsync(dialogue.Id, Clean);

        string[] paths =
        [
            "/api/dialogues", $"/api/dialogue-slugs/{dialogue.Slug}", $"/api/dialogues/{dialogue.Id}", $"/api/dialogues/{dialogue.Id}/opinions",
            "/api/feeds/dialogues.atom", "/api/calendar/sessions.ics", "/api/officials",
        ];
        foreach (var path in paths)
        {
            var body = await Client.GetStringAsync(path);
            body.Should().NotContain("döda", path).And.NotContain("hemlig.invanare", path);
        }

        (await Client.GetStringAsync($"/api/dialogues/{dialogue.Id}/opinions")).Should().Contain("belysning", "the clean opinion is shown");
    }

    [Test]
    public async Task Officials_set_visibility_and_moderation_with_validation()
    {
        var dialogue = await Scenario.Dialogue(Official).InStageAsync(Stage.Announced);

        var bad = await Official.PutAsJsonAsync($"/api/dialogues/{dialogue.Id}/moderation", new { visibility = "everyone", mode = "none" }, Json);
        var set = await Official.PutAsJsonAsync($"/api/dialogues/{dialogue.Id}/moderation", new { visibility = "public", mode = (string?)null }, Json);
        var moderator = await Moderator.PutAsJsonAsync($"/api/dialogues/{dialogue.Id}/moderation", new { visibility = "internal" }, Json);

        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        set.StatusCode.Should().Be(HttpStatusCode.OK);
        var settings = await ReadAsync<OpinionModerationDto>(set);
        settings.Visibility.Should().Be(OpinionVisibility.Public);
        settings.ModerationIsDefault.Should().BeTrue();
        moderator.StatusCode.Should().Be(HttpStatusCode.Forbidden, "moderators moderate; officials decide the dialogue's settings");
    }

    private Task<ArrangedDialogue> OpenDialogueAsync(string title = "Ny skatepark vid Skranta") =>
        Scenario.Dialogue(Official).Titled(title).InStageAsync(Stage.Open);

    private Task<ArrangedDialogue> OpenPublicDialogueAsync(ModerationMode mode) =>
        Scenario.Dialogue(Official).WithModeration(new SetOpinionModerationRequest(OpinionVisibility.Public, mode)).InStageAsync(Stage.Open);

    private async Task<SubmitOpinionResponse> SubmitAsync(Guid dialogueId, string text)
    {
        var response = await Client.PostAsJsonAsync($"/api/dialogues/{dialogueId}/opinions", new { text, consentToFeedback = false }, Json);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await ReadAsync<SubmitOpinionResponse>(response);
    }

    private Task<HttpResponseMessage> ReportAsync(Guid opinionId, string reporterKey, ReportReason reason) =>
        Client.PostAsJsonAsync($"/api/opinions/{opinionId}/reports", new ReportOpinionRequest(reason, reporterKey), Json);

    private async Task<PublicOpinionPage> PublicOpinionsAsync(Guid dialogueId) =>
        await ReadAsync<PublicOpinionPage>(await Client.GetAsync($"/api/dialogues/{dialogueId}/opinions"));

    private async Task<ReceiptDto> ReceiptAsync(SubmitOpinionResponse opinion) =>
        await ReadAsync<ReceiptDto>(await Client.GetAsync($"/api/receipts/{opinion.ReceiptToken}"));

    private async Task<ModerationQueuePage> QueueAsync()
    {
        var response = await Moderator.GetAsync("/api/moderation/queue");
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await ReadAsync<ModerationQueuePage>(response);
    }
}
