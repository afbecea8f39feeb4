using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Mediator;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Features.Dialogues;
using Medborgardialog.Api.Features.Email;
using Medborgardialog.Api.Features.Follows;
using Medborgardialog.Api.Features.Follows.Common;
using Medborgardialog.Api.Features.Retention;
using Medborgardialog.Api.Infrastructure.Persistence;
using Medborgardialog.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Medborgardialog.Api.Tests.Features.Follows;

/// <summary>
/// Following dialogues by e-mail without an account, against a real SMTP server (aiosmtpd): double opt-in, each step
/// once, weekly digests, one-click unsubscribe, an outage, retention, and bad input refused with nothing written.
/// </summary>
public sealed partial class FollowTests : MailingTest
{
    private HttpClient _official = null!;
    private HttpClient _resident = null!;

    [SetUp]
    public async Task SignInAsync()
    {
        _official = await Staff.SignedInAsync(App, Medborgardialog.Api.Infrastructure.Auth.Roles.Official);
        _resident = App.CreateClient();
    }

    [TearDown]
    public void DisposeFollowClients()
    {
        _official.Dispose();
        _resident.Dispose();
    }

    private async Task<TResponse> SendAsync<TResponse>(ICommand<TResponse> command)
    {
        using var scope = App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command);
    }

    /// <summary>What the background jobs do: distribute the steps, then send every due mail.</summary>
    private async Task DeliverAsync()
    {
        await SendAsync(new DistributeDialogueEventsCommand());
        while ((await SendAsync(new SendOutgoingEmailsCommand())).Sent > 0)
        {
        }
    }

    private async Task<T> InDatabaseAsync<T>(Func<AppDbContext, Task<T>> read)
    {
        using var scope = App.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    private List<MimeMessage> MailTo(string address) =>
        Smtp.Messages().Where(m => m.To.Mailboxes.Any(b => b.Address == address)).ToList();

    private HashSet<string> _seen = [];

    /// <summary>From now on, <see cref="NewMail"/> gives only what arrives after this.</summary>
    private void MarkSeen() => _seen = Smtp.Messages().Select(m => m.MessageId ?? "").ToHashSet();

    /// <summary>What arrived for <paramref name="address"/> since <see cref="MarkSeen"/> (the maildir keeps no order).</summary>
    private List<MimeMessage> NewMail(string address) => MailTo(address).Where(m => !_seen.Contains(m.MessageId ?? "")).ToList();

    /// <summary>Signs the official in again after the clock moved past the sign-in's lifetime.</summary>
    private async Task SignInAgainAsync()
    {
        _official.Dispose();
        _official = await Staff.SignedInAsync(App, Medborgardialog.Api.Infrastructure.Auth.Roles.Official);
    }

    private async Task<HttpResponseMessage> FollowAsync(object body) => await _resident.PostAsJsonAsync("/api/follows", body, Json);

    private static object FollowDialogue(Guid dialogueId, string email, string frequency = "eachStep") =>
        new { email, consent = true, dialogueId, frequency };

    /// <summary>Follows and confirms the way a resident does: the form, then the link in the mail that arrived.</summary>
    private async Task<string> FollowAndConfirmAsync(object body, string email)
    {
        MarkSeen();
        (await FollowAsync(body)).StatusCode.Should().Be(HttpStatusCode.Accepted);
        await DeliverAsync();
        var confirmation = NewMail(email).Single();
        var token = ConfirmLink().Match(confirmation.TextBody!).Groups[1].Value;
        token.Should().NotBeEmpty(confirmation.TextBody);
        var confirmed = await _resident.PostAsJsonAsync("/api/follow-confirmations", new { token }, Json);
        confirmed.StatusCode.Should().Be(HttpStatusCode.OK, await confirmed.Content.ReadAsStringAsync());
        return (await ReadAsync<ConfirmFollowResponse>(confirmed)).FollowerToken;
    }

    [GeneratedRegex(@"/folj/bekrafta/([A-Za-z0-9_-]+)")]
    private static partial Regex ConfirmLink();

    [GeneratedRegex(@"/folj/([A-Za-z0-9_-]{40,})")]
    private static partial Regex ManageLink();

    [Test]
    public async Task A_follow_is_confirmed_once_from_the_mailbox_and_nothing_else_is_sent_before()
    {
        var dialogue = await Scenario.Dialogue(_official).InStageAsync(Stage.Announced);
        (await FollowAsync(FollowDialogue(dialogue.Id, "Anna@Example.se "))).StatusCode.Should().Be(HttpStatusCode.Accepted);
        (await _official.PostAsync($"/api/dialogues/{dialogue.Id}/open", null)).EnsureSuccessStatusCode();
        await DeliverAsync();

        var mail = MailTo("anna@example.se").Should().ContainSingle("only the confirmation goes to an address not yet confirmed").Subject;
        mail.Subject.Should().Be("Bekräfta att du vill följa dialogen ”Ny skatepark vid Skranta”");
        var token = ConfirmLink().Match(mail.TextBody!).Groups[1].Value;
        var first = await _resident.PostAsJsonAsync("/api/follow-confirmations", new { token }, Json);
        first.StatusCode.Should().Be(HttpStatusCode.OK);
        var confirmed = await ReadAsync<ConfirmFollowResponse>(first);
        confirmed.Follow.Should().Match<FollowDto>(f => f.Confirmed && f.Scope == FollowScope.Dialogue && f.Dialogue!.Id == dialogue.Id);

        var again = await _resident.PostAsJsonAsync("/api/follow-confirmations", new { token }, Json);
        again.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await ReadProblemAsync(again)).Code.Should().Be(ProblemCodes.FollowAlreadyConfirmed);

        var tampered = await _resident.PostAsJsonAsync("/api/follow-confirmations", new { token = token[..^4] + "AAAA" }, Json);
        tampered.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await ReadProblemAsync(tampered)).Code.Should().Be(ProblemCodes.FollowLinkNotFound);

        var follower = await ReadAsync<FollowerDto>(await _resident.GetAsync($"/api/followers/{confirmed.FollowerToken}"));
        follower.Email.Should().Be("anna@example.se");
        follower.ConsentVersion.Should().Be(FollowConsent.Version);
        follower.Follows.Should().ContainSingle();

        // Staff see how many follow — a number, never who — and followers are not participants.
        var reach = await ReadAsync<Medborgardialog.Api.Features.Opinions.ReachDto>(await _official.GetAsync($"/api/staff/dialogues/{dialogue.Id}/reach"));
        reach.Followers.Should().Be(1);
        reach.Total.Should().Be(0);
    }

    [Test]
    public async Task A_follower_hears_of_each_step_once_with_a_one_click_unsubscribe()
    {
        var dialogue = await Scenario.Dialogue(_official).InStageAsync(Stage.Announced);
        await FollowAndConfirmAsync(FollowDialogue(dialogue.Id, "berit@example.se"), "berit@example.se");
        MarkSeen();

        (await _official.PostAsync($"/api/dialogues/{dialogue.Id}/open", null)).EnsureSuccessStatusCode();
        (await _official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/sessions", Requests.Session(new DateTimeOffset(2026, 12, 10, 16, 0, 0, TimeSpan.Zero)), Json)).EnsureSuccessStatusCode();
        await DeliverAsync();
        await DeliverAsync(); // a second round of the jobs tells no one twice
        App.Clock.Set(new DateTimeOffset(2026, 12, 25, 8, 0, 0, TimeSpan.Zero)); // within a week of closing (31 December)
        await SendAsync(new ApplyDialogueScheduleCommand());
        await SendAsync(new ApplyDialogueScheduleCommand());
        await DeliverAsync();
        await SignInAgainAsync();
        await Scenario.CloseAsync(_official, dialogue.Id);
        (await _official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/decision", Requests.Decision(), Json)).EnsureSuccessStatusCode();
        (await _official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/feedback", Requests.Feedback(), Json)).EnsureSuccessStatusCode();
        await DeliverAsync();
        await DeliverAsync();

        var notices = NewMail("berit@example.se");
        notices.Select(m => m.Subject).Should().BeEquivalentTo(new[] {
            "Nu kan du tycka till: Ny skatepark vid Skranta",
            "Nytt tillfälle: Ny skatepark vid Skranta",
            "En vecka kvar: Ny skatepark vid Skranta",
            "Dialogen har stängt: Ny skatepark vid Skranta",
            "Beslut: Ny skatepark vid Skranta",
            "Återkoppling: Ny skatepark vid Skranta" }, "each step once, none twice");
        notices.Single(m => m.Subject!.StartsWith("Nytt tillfälle", StringComparison.Ordinal)).TextBody.Should()
            .Contain("Workshop på fritidsgården").And.Contain("/api/calendar/sessions/").And.Contain("Fritidsgården Skranta");
        notices.Single(m => m.Subject!.StartsWith("En vecka kvar", StringComparison.Ordinal)).TextBody.Should().Contain("31 december 2026");
        foreach (var notice in notices)
        {
            notice.Headers["List-Unsubscribe"].Should().MatchRegex(@"^<https://medborgardialog\.karlskoga\.se/api/followers/[A-Za-z0-9_-]+/unsubscribe>$");
            notice.Headers["List-Unsubscribe-Post"].Should().Be("List-Unsubscribe=One-Click");
            notice.TextBody.Should().MatchRegex(ManageLink().ToString());
            notice.HtmlBody.Should().Contain("<a href=\"https://medborgardialog.karlskoga.se/dialoger/");
        }
    }

    [Test]
    public async Task Followers_of_new_dialogues_hear_of_those_in_their_district_once_and_not_of_their_later_steps()
    {
        var token = await FollowAndConfirmAsync(new { email = "cecilia@example.se", consent = true, newDialogues = true, district = "backegarden" }, "cecilia@example.se");
        MarkSeen();
        var inDistrict = await Scenario.Dialogue(_official).Announcing(Requests.Announcement("Trafiken i Bäckegården") with { Districts = ["backegarden"] }).InStageAsync(Stage.Open);
        await Scenario.Dialogue(_official).Announcing(Requests.Announcement("Ny lekplats i Centrum") with { Districts = ["centrum"] }).InStageAsync(Stage.Open);
        await DeliverAsync();

        NewMail("cecilia@example.se").Select(m => m.Subject).Should().Equal("Ny dialog: Trafiken i Bäckegården");
        var follower = await ReadAsync<FollowerDto>(await _resident.GetAsync($"/api/followers/{token}"));
        follower.Follows.Should().ContainSingle().Which.DistrictName.Should().Be("Bäckegården");

        // From the mail, the dialogue itself is followed in one step (the link proves the address): its next steps come.
        var added = await _resident.PostAsJsonAsync($"/api/followers/{token}/follows", new { dialogueId = inDistrict.Id }, Json);
        added.StatusCode.Should().Be(HttpStatusCode.Created);
        (await _resident.PostAsJsonAsync($"/api/followers/{token}/follows", new { dialogueId = inDistrict.Id }, Json)).StatusCode.Should().Be(HttpStatusCode.OK);
        MarkSeen();
        await Scenario.CloseAsync(_official, inDistrict.Id);
        await DeliverAsync();
        NewMail("cecilia@example.se").Select(m => m.Subject).Should().Equal("Dialogen har stängt: Trafiken i Bäckegården");
    }

    [Test]
    public async Task A_weekly_follower_gets_one_digest_of_the_week_and_no_single_mails()
    {
        var dialogue = await Scenario.Dialogue(_official).InStageAsync(Stage.Announced);
        await FollowAndConfirmAsync(FollowDialogue(dialogue.Id, "david@example.se", "weekly"), "david@example.se");
        MarkSeen();
        App.Clock.Set(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero)); // Tuesday
        await SignInAgainAsync();
        (await _official.PostAsync($"/api/dialogues/{dialogue.Id}/open", null)).EnsureSuccessStatusCode();
        (await _official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/sessions", Requests.Session(new DateTimeOffset(2026, 12, 10, 16, 0, 0, TimeSpan.Zero)), Json)).EnsureSuccessStatusCode();
        await DeliverAsync();
        NewMail("david@example.se").Should().BeEmpty("a weekly follower gets no single mails");

        App.Clock.Set(new DateTimeOffset(2026, 12, 7, 6, 0, 0, TimeSpan.Zero)); // the next Monday, 07:00 in Karlskoga
        (await SendAsync(new QueueWeeklyDigestsCommand())).Should().Be(new QueueWeeklyDigestsResponse(new DateOnly(2026, 11, 30), 1));
        (await SendAsync(new QueueWeeklyDigestsCommand())).Queued.Should().Be(0, "one digest per follower and week");
        await DeliverAsync();

        var digest = NewMail("david@example.se").Should().ContainSingle().Subject;
        digest.Subject.Should().Be("Veckan i det du följer: 2 nyheter");
        digest.TextBody.Should().Contain("Nu kan du tycka till: Ny skatepark vid Skranta").And.Contain("Nytt tillfälle: Ny skatepark vid Skranta");
        digest.Headers["List-Unsubscribe-Post"].Should().Be("List-Unsubscribe=One-Click");
    }

    [Test]
    public async Task One_click_unsubscribe_deletes_the_address_and_nothing_more_is_sent()
    {
        var dialogue = await Scenario.Dialogue(_official).InStageAsync(Stage.Announced);
        await FollowAndConfirmAsync(FollowDialogue(dialogue.Id, "erik@example.se"), "erik@example.se");
        MarkSeen();
        (await _official.PostAsync($"/api/dialogues/{dialogue.Id}/open", null)).EnsureSuccessStatusCode();
        await DeliverAsync();
        var notice = NewMail("erik@example.se").Single();
        var oneClick = notice.Headers["List-Unsubscribe"]!.Trim('<', '>');

        // As a mail client does it (RFC 8058): a POST of the form, no cookie, no other header.
        var unsubscribed = await _resident.PostAsync(new Uri(oneClick).PathAndQuery,
            new FormUrlEncodedContent([new KeyValuePair<string, string>("List-Unsubscribe", "One-Click")]));
        unsubscribed.StatusCode.Should().Be(HttpStatusCode.NoContent, await unsubscribed.Content.ReadAsStringAsync());
        (await _resident.PostAsync(new Uri(oneClick).PathAndQuery, null)).StatusCode.Should().Be(HttpStatusCode.NoContent, "a client may send it twice");

        MarkSeen();
        await Scenario.CloseAsync(_official, dialogue.Id);
        await DeliverAsync();
        NewMail("erik@example.se").Should().BeEmpty();
        (await InDatabaseAsync(db => db.Followers.AnyAsync())).Should().BeFalse();
        (await InDatabaseAsync(db => db.OutgoingEmails.AnyAsync(e => e.ToAddress == "erik@example.se"))).Should().BeFalse("the address is nowhere any more");

        var token = new Uri(oneClick).Segments[3].TrimEnd('/');
        var gone = await _resident.GetAsync($"/api/followers/{token}");
        gone.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await ReadProblemAsync(gone)).Code.Should().Be(ProblemCodes.FollowerLinkNotFound);
        var tampered = await _resident.PostAsync($"/api/followers/{token[..^3]}xyz/unsubscribe", null);
        tampered.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await ReadProblemAsync(tampered)).Code.Should().Be(ProblemCodes.FollowerLinkNotFound);
    }

    [Test]
    public async Task After_an_smtp_outage_every_follower_gets_each_step_once()
    {
        var dialogue = await Scenario.Dialogue(_official).InStageAsync(Stage.Announced);
        var addresses = new[] { "f1@example.se", "f2@example.se", "f3@example.se" };
        foreach (var address in addresses)
        {
            await FollowAndConfirmAsync(FollowDialogue(dialogue.Id, address), address);
        }

        MarkSeen();
        Smtp.Stop();
        (await _official.PostAsync($"/api/dialogues/{dialogue.Id}/open", null)).EnsureSuccessStatusCode();
        await SendAsync(new DistributeDialogueEventsCommand());
        (await SendAsync(new SendOutgoingEmailsCommand())).Failed.Should().BeGreaterThan(0);
        Smtp.Start();
        App.Clock.Advance(TimeSpan.FromMinutes(10)); // past the back-off
        await DeliverAsync();
        App.Clock.Advance(TimeSpan.FromMinutes(10));
        await DeliverAsync();

        Smtp.Messages().Where(m => !_seen.Contains(m.MessageId ?? "")).Select(m => m.To.Mailboxes.Single().Address).Should().BeEquivalentTo(addresses);
    }

    [Test]
    public async Task The_manage_link_changes_frequency_and_removing_the_last_follow_deletes_the_address()
    {
        var dialogue = await Scenario.Dialogue(_official).InStageAsync(Stage.Open);
        var token = await FollowAndConfirmAsync(FollowDialogue(dialogue.Id, "gustav@example.se"), "gustav@example.se");
        var changed = await _resident.PutAsJsonAsync($"/api/followers/{token}", new { frequency = "weekly", language = "fi" }, Json);
        changed.StatusCode.Should().Be(HttpStatusCode.OK);
        (await ReadAsync<FollowerDto>(changed)).Should().Match<FollowerDto>(f => f.Frequency == FollowFrequency.Weekly && f.Language == "fi");
        var badLanguage = await _resident.PutAsJsonAsync($"/api/followers/{token}", new { frequency = "weekly", language = "xx" }, Json);
        (await ReadProblemAsync(badLanguage)).FieldErrors.Should().ContainSingle(e => e.Field == "language" && e.Code == "unknownValue");

        var follow = (await ReadAsync<FollowerDto>(await _resident.GetAsync($"/api/followers/{token}"))).Follows.Single();
        (await _resident.DeleteAsync($"/api/followers/{token}/follows/{Guid.NewGuid()}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await _resident.DeleteAsync($"/api/followers/{token}/follows/{follow.Id}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await _resident.GetAsync($"/api/followers/{token}")).StatusCode.Should().Be(HttpStatusCode.NotFound, "nothing followed: the address is deleted");
        (await InDatabaseAsync(db => db.Followers.AnyAsync())).Should().BeFalse();
    }

    [Test]
    public async Task Bad_follows_are_refused_with_field_codes_and_nothing_is_written()
    {
        var open = await Scenario.Dialogue(_official).InStageAsync(Stage.Open);
        var draft = await Scenario.Dialogue(_official).Titled("Ett utkast").InStageAsync(Stage.Draft);
        var cancelled = await Scenario.Dialogue(_official).Titled("Inställd").InStageAsync(Stage.Cancelled);
        var finished = await Scenario.Dialogue(_official).Titled("Klar").InStageAsync(Stage.FeedbackPublished);

        async Task<ProblemBody> Refused(object body, HttpStatusCode status)
        {
            var response = await FollowAsync(body);
            response.StatusCode.Should().Be(status, await response.Content.ReadAsStringAsync());
            return await ReadProblemAsync(response);
        }

        (await Refused(new { email = "inte-en-adress", consent = true, dialogueId = open.Id }, HttpStatusCode.BadRequest))
            .FieldErrors.Should().ContainSingle(e => e.Field == "email" && e.Code == "invalidEmail");
        (await Refused(new { email = "h@example.se", consent = false, dialogueId = open.Id }, HttpStatusCode.BadRequest))
            .FieldErrors.Should().ContainSingle(e => e.Field == "consent" && e.Code == "required");
        (await Refused(new { email = "h@example.se", consent = true }, HttpStatusCode.BadRequest))
            .FieldErrors.Should().ContainSingle(e => e.Field == "dialogueId" && e.Code == "required");
        (await Refused(new { email = "h@example.se", consent = true, dialogueId = open.Id, newDialogues = true }, HttpStatusCode.BadRequest))
            .FieldErrors.Should().ContainSingle(e => e.Field == "dialogueId" && e.Code == "mustBeEmpty");
        (await Refused(new { email = "h@example.se", consent = true, dialogueId = open.Id, district = "centrum" }, HttpStatusCode.BadRequest))
            .FieldErrors.Should().ContainSingle(e => e.Field == "district" && e.Code == "mustBeEmpty");
        (await Refused(new { email = "h@example.se", consent = true, newDialogues = true, district = "atlantis" }, HttpStatusCode.BadRequest))
            .FieldErrors.Should().ContainSingle(e => e.Field == "district" && e.Code == "unknownReference");
        (await Refused(new { email = "h@example.se", consent = true, dialogueId = open.Id, frequency = "hourly" }, HttpStatusCode.BadRequest))
            .FieldErrors.Should().ContainSingle(e => e.Field == "frequency");
        (await Refused(new { email = "h@example.se", consent = true, dialogueId = draft.Id }, HttpStatusCode.NotFound)).Code.Should().Be(ProblemCodes.DialogueNotFound);
        (await Refused(new { email = "h@example.se", consent = true, dialogueId = cancelled.Id }, HttpStatusCode.Conflict)).Code.Should().Be(ProblemCodes.FollowDialogueCancelled);
        (await Refused(new { email = "h@example.se", consent = true, dialogueId = finished.Id }, HttpStatusCode.Conflict)).Code.Should().Be(ProblemCodes.FollowDialogueFinished);

        (await InDatabaseAsync(db => db.Followers.AnyAsync())).Should().BeFalse();
        (await InDatabaseAsync(db => db.OutgoingEmails.AnyAsync(e => e.Kind == "follow-confirmation"))).Should().BeFalse();
    }

    [Test]
    public async Task A_follower_is_forgotten_a_while_after_the_feedback_and_an_unconfirmed_follow_after_a_week()
    {
        var dialogue = await Scenario.Dialogue(_official).InStageAsync(Stage.Open);
        await FollowAndConfirmAsync(FollowDialogue(dialogue.Id, "helga@example.se"), "helga@example.se");
        (await FollowAsync(FollowDialogue(dialogue.Id, "aldrig@example.se"))).StatusCode.Should().Be(HttpStatusCode.Accepted);
        App.Clock.Advance(TimeSpan.FromDays(8));
        await SendAsync(new ForgetExpiredPersonalDataCommand());
        (await InDatabaseAsync(db => db.Followers.Select(f => f.Email).ToListAsync())).Should().Equal("helga@example.se");

        await SignInAgainAsync();
        await Scenario.CloseAsync(_official, dialogue.Id);
        (await _official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/decision", Requests.Decision(), Json)).EnsureSuccessStatusCode();
        (await _official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/feedback", Requests.Feedback(), Json)).EnsureSuccessStatusCode();
        await DeliverAsync();
        App.Clock.Advance(TimeSpan.FromDays(29));
        await SendAsync(new ForgetExpiredPersonalDataCommand());
        (await InDatabaseAsync(db => db.Followers.CountAsync())).Should().Be(1, "kept for 30 days after the feedback");
        App.Clock.Advance(TimeSpan.FromDays(2));
        await SendAsync(new ForgetExpiredPersonalDataCommand());
        (await InDatabaseAsync(db => db.Followers.AnyAsync())).Should().BeFalse();
        (await InDatabaseAsync(db => db.OutgoingEmails.AnyAsync(e => e.ToAddress != null && e.Kind.StartsWith("follow")))).Should().BeFalse();
    }
}
