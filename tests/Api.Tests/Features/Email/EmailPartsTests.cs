using System.Net;
using System.Net.Http.Json;
using Mediator;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Features.Compliance;
using Medborgardialog.Api.Features.Dialogues;
using Medborgardialog.Api.Features.Email;
using Medborgardialog.Api.Features.Feedback;
using Medborgardialog.Api.Infrastructure.Auth;
using Medborgardialog.Api.Infrastructure.Persistence;
using Medborgardialog.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Medborgardialog.Api.Tests.Features.Email;

/// <summary>Every kind of e-mail, caused through the real use cases for a dialogue whose title is a script, goes out
/// through the ledger to a real SMTP server as multipart/alternative: the plain text with the title as typed, the HTML
/// with it encoded.</summary>
public sealed class EmailPartsTests : MailingTest
{
    private const string Title = "<script>alert(1)</script> Skatepark";

    private async Task<T> SendAsync<T>(ICommand<T> command)
    {
        using var scope = App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command);
    }

    [Test]
    public async Task Every_kind_of_mail_is_sent_with_a_plain_text_and_an_HTML_part_and_the_HTML_encodes_what_people_typed()
    {
        using var resident = App.CreateClient();
        var official = await Staff.SignedInAsync(App, Roles.Official);
        var dialogue = await Scenario.Dialogue(official).Titled(Title)
            .WithSession(new AddSessionRequest(DialogueForm.OpenMeeting, Title, new DateTimeOffset(2026, 12, 10, 17, 0, 0, TimeSpan.Zero),
                new DateTimeOffset(2026, 12, 10, 19, 0, 0, TimeSpan.Zero), "Folkets hus", "Kungsvägen 32", null, null, 50, true))
            .InStageAsync(Stage.Open);
        (await resident.PostAsJsonAsync($"/api/sessions/{dialogue.SessionId}/sign-ups", new { people = 2, name = "<b>Sara</b>", email = "sara@example.se", consentToEmail = true }))
            .EnsureSuccessStatusCode();
        await Scenario.OpinionAsync(resident, dialogue.Id, "Mer belysning.", "anna@example.se");
        await Scenario.ConfirmFeedbackAddressAsync(App, resident, "anna@example.se");
        await Scenario.Dialogue(official).Announcing(Requests.Announcement(Title + " (utkast)", TestClock.Start.AddDays(16))).InStageAsync(Stage.Draft);
        (await SendAsync(new SendComplianceRemindersCommand())).Should().BeGreaterThan(0);
        await Scenario.CloseAsync(official, dialogue.Id);
        (await official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/decision", Requests.Decision(), Json)).EnsureSuccessStatusCode();
        App.Clock.Advance(TimeSpan.FromDays(15));
        (await SendAsync(new RemindMissingFeedbackCommand())).Should().Be(1);
        official.Dispose();
        official = await Staff.SignedInAsync(App, Roles.Official);
        (await official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/feedback", Requests.Feedback(), Json)).StatusCode.Should().Be(HttpStatusCode.Created);
        official.Dispose();
        List<OutgoingEmail> ledger;
        using (var scope = App.Services.CreateScope())
        {
            ledger = await scope.ServiceProvider.GetRequiredService<AppDbContext>().OutgoingEmails.AsNoTracking().ToListAsync();
        }

        while ((await SendAsync(new SendOutgoingEmailsCommand())).Sent > 0)
        {
        }

        ledger.Where(e => e.FeedbackId == null).Should().OnlyContain(e => e.HtmlBody != null, "the ledger keeps both parts of what it will send");
        var mails = Smtp.Messages();
        string Kind(MimeMessage m) => ledger.Single(e => e.MessageId == m.MessageId).Kind;
        mails.Select(Kind).Distinct().Should().BeEquivalentTo(["session-sign-up", "confirm-feedback-email", "compliance-reminder", "feedback-reminder", OutgoingEmail.FeedbackKind]);
        foreach (var mail in mails)
        {
            mail.Body.Should().BeOfType<MultipartAlternative>(Kind(mail));
            mail.BodyParts.OfType<TextPart>().Select(p => p.ContentType.MimeType).Should().Equal(["text/plain", "text/html"], Kind(mail));
            mail.Subject.Should().Contain(Title, Kind(mail));
            mail.TextBody.Should().Contain(Title, Kind(mail));
            mail.HtmlBody.Should().Contain("&lt;script&gt;alert(1)&lt;/script&gt; Skatepark", Kind(mail)).And.NotContain("<script", Kind(mail));
        }

        mails.Single(m => Kind(m) == "session-sign-up").HtmlBody.Should().Contain("Hej &lt;b&gt;Sara&lt;/b&gt;!");
    }
}
