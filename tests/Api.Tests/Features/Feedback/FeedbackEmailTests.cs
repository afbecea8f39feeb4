using System.Net;
using System.Net.Http.Json;
using MailKit.Net.Smtp;
using Mediator;
using Medborgardialog.Api.Features.Email;
using Medborgardialog.Api.Features.Feedback;
using Medborgardialog.Api.Infrastructure.Email;
using Medborgardialog.Api.Infrastructure.Persistence;
using Medborgardialog.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MimeKit;

namespace Medborgardialog.Api.Tests.Features.Feedback;

/// <summary>
/// Feedback e-mails through the ledger to a real SMTP server (aiosmtpd on a loopback port): one per confirmed
/// participant, none to anyone else, nothing lost in an outage, nothing sent twice after a crash.
/// </summary>
public sealed class FeedbackEmailTests : ApiTest
{
    private SmtpServer _smtp = null!;
    private ApiFactory _app = null!;
    private HttpClient _official = null!;
    private HttpClient _resident = null!;

    private void StartApp(Action<IServiceCollection>? services = null)
    {
        _app = new ApiFactory(TestEnvironment.Database.ConnectionString, new Dictionary<string, string?>
        {
            ["Database:MigrateOnStartup"] = "false",
            ["Email:SmtpHost"] = "127.0.0.1",
            ["Email:SmtpPort"] = _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Email:BatchSize"] = "3",
            ["Web:PublicUrl"] = "https://medborgardialog.karlskoga.se",
        }, services);
        _app.Clock.Set(TestClock.Start);
    }

    [SetUp]
    public async Task StartAsync()
    {
        _smtp = new SmtpServer();
        _smtp.Start();
        StartApp();
        _official = await Staff.SignedInAsync(_app, Medborgardialog.Api.Infrastructure.Auth.Roles.Official);
        _resident = _app.CreateClient();
    }

    [TearDown]
    public async Task StopAsync()
    {
        _official.Dispose();
        _resident.Dispose();
        await _app.DisposeAsync();
        _smtp.Dispose();
    }

    private async Task<SendOutgoingEmailsResponse> SendAsync()
    {
        using var scope = _app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new SendOutgoingEmailsCommand());
    }

    private async Task SendAllDueAsync()
    {
        while ((await SendAsync()).Sent > 0)
        {
        }
    }

    /// <summary>A closed, decided dialogue with confirmed, unconfirmed and unsubscribed participants; the confirmation
    /// mails already delivered, so the server holds only what comes next.</summary>
    private async Task<(Guid DialogueId, string[] Confirmed)> DecidedDialogueAsync(int confirmed)
    {
        var dialogue = await Scenario.Dialogue(_official).InStageAsync(Stage.Open);
        var addresses = Enumerable.Range(1, confirmed).Select(i => $"deltagare{i}@example.se").ToArray();
        foreach (var address in addresses)
        {
            await Scenario.OpinionAsync(_resident, dialogue.Id, $"Synpunkt från {address}", address);
            await Scenario.ConfirmFeedbackAddressAsync(_app, _resident, address);
        }

        await Scenario.OpinionAsync(_resident, dialogue.Id, "Jag bekräftade aldrig", "obekraftad@example.se");
        var leaving = await Scenario.OpinionAsync(_resident, dialogue.Id, "Jag ångrar adressen", "angrar@example.se");
        await Scenario.ConfirmFeedbackAddressAsync(_app, _resident, "angrar@example.se");
        (await _resident.DeleteAsync($"/api/receipts/{leaving.ReceiptToken}/email")).EnsureSuccessStatusCode();
        await Scenario.OpinionAsync(_resident, dialogue.Id, "Utan adress");
        await Scenario.CloseAsync(_official, dialogue.Id);
        (await _official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/decision", Requests.Decision(), Json)).EnsureSuccessStatusCode();
        await SendAllDueAsync();
        ClearMaildir();
        return (dialogue.Id, addresses);
    }

    private void ClearMaildir()
    {
        foreach (var file in new[] { "new", "cur" }.SelectMany(sub => Directory.GetFiles(Path.Combine(_smtp.Maildir, sub))))
        {
            File.Delete(file);
        }
    }

    private async Task<PublishFeedbackResponse> PublishAsync(Guid dialogueId)
    {
        var response = await _official.PostAsJsonAsync($"/api/dialogues/{dialogueId}/feedback", Requests.Feedback(), Json);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await ReadAsync<PublishFeedbackResponse>(response);
    }

    private async Task<FeedbackDeliveryDto> DeliveryAsync(Guid dialogueId) =>
        (await ReadAsync<StaffFeedbackDto>(await _official.GetAsync($"/api/staff/dialogues/{dialogueId}/feedback"))).Delivery;

    private static string Recipient(MimeMessage m) => m.To.Mailboxes.Single().Address;

    [Test]
    public async Task Publishing_feedback_mails_each_confirmed_participant_exactly_once_and_no_one_else()
    {
        var (dialogueId, confirmed) = await DecidedDialogueAsync(confirmed: 5);

        var published = await PublishAsync(dialogueId);
        await SendAllDueAsync();
        await SendAllDueAsync(); // a second round finds nothing more to send

        published.EmailsQueued.Should().Be(5);
        var mails = _smtp.Messages();
        mails.Select(Recipient).Should().BeEquivalentTo(confirmed, "one mail per confirmed address; none to the unconfirmed or the one who removed it");
        mails.Select(m => m.MessageId).Should().OnlyHaveUniqueItems();
        var mail = mails[0];
        mail.Subject.Should().StartWith("Återkoppling:");
        mail.TextBody.Should().Contain("Så användes invånarnas synpunkter:").And.Contain("/dialoger/").And.Contain("/avregistrera/");
        mail.Headers["List-Unsubscribe"].Should().StartWith("<https://medborgardialog.karlskoga.se/avregistrera/");
        (await DeliveryAsync(dialogueId)).Should().Be(new FeedbackDeliveryDto(0, 5, 0));
    }

    [Test]
    public async Task The_unsubscribe_link_deletes_the_address_and_drops_the_mail_not_yet_sent()
    {
        var (dialogueId, _) = await DecidedDialogueAsync(confirmed: 2);
        await PublishAsync(dialogueId);
        // The link as the mail would carry it, made for the second participant before any mail goes out.
        using (var scope = _app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var links = scope.ServiceProvider.GetRequiredService<FeedbackLinks>();
            var row = await db.OutgoingEmails.Where(e => e.FeedbackId != null && e.ToAddress == "deltagare2@example.se").SingleAsync();
            var token = links.UnsubscribeToken(row.OpinionId!.Value);
            (await _resident.PostAsync($"/api/feedback-unsubscriptions/{token}", null)).StatusCode.Should().Be(HttpStatusCode.NoContent);
            (await db.Opinions.CountAsync(o => o.FeedbackEmail == "deltagare2@example.se")).Should().Be(0);
        }

        await SendAllDueAsync();
        var bad = await _resident.PostAsync("/api/feedback-unsubscriptions/not-a-real-token", null);

        _smtp.Messages().Select(Recipient).Should().Equal("deltagare1@example.se");
        bad.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task With_the_smtp_server_down_nothing_is_lost_and_after_it_returns_every_mail_arrives_once()
    {
        var (dialogueId, confirmed) = await DecidedDialogueAsync(confirmed: 7);
        _smtp.Stop();

        await PublishAsync(dialogueId);
        var duringOutage = await SendAsync();
        var delivery = await DeliveryAsync(dialogueId);
        _smtp.Start();
        _app.Clock.Advance(TimeSpan.FromMinutes(10)); // past the back-off of the failed attempts
        await SendAllDueAsync();
        _app.Clock.Advance(TimeSpan.FromMinutes(10));
        await SendAllDueAsync();

        duringOutage.Sent.Should().Be(0);
        duringOutage.Failed.Should().BeGreaterThan(0);
        delivery.Failed.Should().BeGreaterThan(0);
        (delivery.Queued + delivery.Failed).Should().Be(7, "nothing is lost while the server is down");
        _smtp.Messages().Select(Recipient).Should().BeEquivalentTo(confirmed);
        (await DeliveryAsync(dialogueId)).Should().Be(new FeedbackDeliveryDto(0, 7, 0));
    }

    [Test]
    public async Task A_sender_that_crashes_in_the_middle_of_a_batch_does_not_send_those_mails_again()
    {
        var (dialogueId, confirmed) = await DecidedDialogueAsync(confirmed: 3);
        await _app.DisposeAsync();
        // The same app, but its transport dies (like the process) after handing two mails to the server.
        StartApp(services => services.Replace(ServiceDescriptor.Scoped<IEmailTransport>(_ => new CrashingTransport(_smtp.Port, crashAfter: 2))));
        _official.Dispose();
        _official = await Staff.SignedInAsync(_app, Medborgardialog.Api.Infrastructure.Auth.Roles.Official);
        await PublishAsync(dialogueId);

        var crash = async () => await SendAsync();
        await crash.Should().ThrowAsync<CrashException>();
        _smtp.Messages().Should().HaveCount(2);
        await _app.DisposeAsync();
        StartApp(); // restarted, with the real transport
        _app.Clock.Advance(TimeSpan.FromMinutes(6)); // the crashed sender's five-minute lease on its batch runs out
        await SendAllDueAsync();

        var mails = _smtp.Messages();
        mails.Should().HaveCount(3, "the two sent before the crash are not sent again");
        mails.Select(Recipient).Should().BeEquivalentTo(confirmed);
        mails.Select(m => m.MessageId).Should().OnlyHaveUniqueItems();
    }

    private sealed class CrashException() : Exception("The sender process died.");

    /// <summary>Real SMTP to the test server, then a crash — an exception no sender catches — after some mails.</summary>
    private sealed class CrashingTransport(int port, int crashAfter) : IEmailTransport
    {
        private readonly int _crashAfter = crashAfter;
        private int _sent;

        public async Task<IEmailSession> OpenAsync(CancellationToken cancellationToken)
        {
            var smtp = new SmtpClient();
            await smtp.ConnectAsync("127.0.0.1", port, MailKit.Security.SecureSocketOptions.None, cancellationToken);
            return new Session(this, smtp);
        }

        private sealed class Session(CrashingTransport transport, SmtpClient smtp) : IEmailSession
        {
            public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
            {
                if (transport._sent == transport._crashAfter)
                {
                    throw new CrashException();
                }

                await smtp.SendAsync(message, cancellationToken);
                transport._sent++;
            }

            public async ValueTask DisposeAsync()
            {
                await smtp.DisconnectAsync(true);
                smtp.Dispose();
            }
        }
    }
}
