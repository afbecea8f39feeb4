using System.Net;
using System.Net.Http.Json;
using Mediator;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Features.Dialogues;
using Medborgardialog.Api.Features.Email;
using Medborgardialog.Api.Features.Retention;
using Medborgardialog.Api.Infrastructure.Persistence;
using Medborgardialog.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Medborgardialog.Api.Tests.Features.Dialogues;

/// <summary>
/// Sign-up confirmations through a real SMTP server: written to the ledger with the sign-up, sent by the
/// outbox's use case, exactly once, surviving an outage; the address is dropped once sent and names and
/// addresses are forgotten the day after the session.
/// </summary>
public sealed class SignUpEmailTests : ApiTest
{
    private SmtpServer _smtp = null!;
    private ApiFactory _app = null!;

    [SetUp]
    public void StartSmtp()
    {
        _smtp = new SmtpServer();
        _smtp.Start();
        _app = new ApiFactory(TestEnvironment.Database.ConnectionString, new Dictionary<string, string?>
        {
            ["Database:MigrateOnStartup"] = "false",
            ["Email:SmtpHost"] = "127.0.0.1",
            ["Email:SmtpPort"] = _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Web:PublicUrl"] = "https://medborgardialog.karlskoga.se",
        });
        _app.Clock.Set(TestClock.Start);
    }

    [TearDown]
    public async Task StopSmtp()
    {
        await _app.DisposeAsync();
        _smtp.Dispose();
    }

    private async Task<Guid> SessionAsync()
    {
        var dialogue = await Scenario.Dialogue(Official).InStageAsync(Stage.Announced);
        var session = await ReadAsync<AddSessionResponse>(await Official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/sessions",
            new AddSessionRequest(DialogueForm.OpenMeeting, "Öppet möte i Folkets hus", new DateTimeOffset(2026, 12, 10, 17, 0, 0, TimeSpan.Zero),
                new DateTimeOffset(2026, 12, 10, 19, 0, 0, TimeSpan.Zero), "Folkets hus", "Kungsvägen 32", null, null, 50, true), Json));
        return session.Id;
    }

    private async Task<SendOutgoingEmailsResponse> SendAsync()
    {
        using var scope = _app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new SendOutgoingEmailsCommand());
    }

    private async Task<T> InDatabaseAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        using var scope = _app.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    [Test]
    public async Task A_resident_who_gives_an_address_gets_exactly_one_confirmation()
    {
        var session = await SessionAsync();
        using var resident = _app.CreateClient();

        var response = await resident.PostAsJsonAsync($"/api/sessions/{session}/sign-ups",
            new { people = 2, name = "Sara", email = "sara@example.se", consentToEmail = true });
        var first = await SendAsync();
        var second = await SendAsync();

        (await ReadAsync<SignUpForSessionResponse>(response)).ConfirmationEmailQueued.Should().BeTrue();
        (first.Sent, second.Sent).Should().Be((1, 0));
        var mail = _smtp.Messages().Should().ContainSingle().Subject;
        mail.To.Mailboxes.Single().Address.Should().Be("sara@example.se");
        mail.Subject.Should().Be("Anmälan: Öppet möte i Folkets hus");
        mail.TextBody.Should().Contain("Hej Sara!").And.Contain("2 personer").And.Contain("18:00–20:00")
            .And.Contain("https://medborgardialog.karlskoga.se/dialoger/ny-skatepark-vid-skranta");
        mail.MessageId.Should().EndWith("@medborgardialog.karlskoga.se");
        var ledger = await InDatabaseAsync(db => db.OutgoingEmails.SingleAsync());
        ledger.SentAt.Should().NotBeNull();
        ledger.ToAddress.Should().BeNull("the address is dropped as soon as the mail is sent");
    }

    [Test]
    public async Task With_the_smtp_server_down_nothing_is_lost_and_the_mail_arrives_once_when_it_is_back()
    {
        var session = await SessionAsync();
        using var resident = _app.CreateClient();
        await resident.PostAsJsonAsync($"/api/sessions/{session}/sign-ups", new { people = 1, email = "ola@example.se", consentToEmail = true });
        _smtp.Stop();

        var whileDown = await SendAsync();
        _smtp.Start();
        var tooEarly = await SendAsync(); // back-off: not yet due
        _app.Clock.Advance(TimeSpan.FromMinutes(2));
        var afterBackOff = await SendAsync();
        var again = await SendAsync();

        whileDown.Failed.Should().Be(1);
        tooEarly.Sent.Should().Be(0);
        afterBackOff.Sent.Should().Be(1);
        again.Sent.Should().Be(0);
        _smtp.Messages().Should().ContainSingle();
        var ledger = await InDatabaseAsync(db => db.OutgoingEmails.SingleAsync());
        ledger.Attempts.Should().Be(1);
        ledger.LastError.Should().BeNull();
    }

    [Test]
    public async Task Without_an_address_nothing_is_sent_and_an_address_needs_consent()
    {
        var session = await SessionAsync();
        using var resident = _app.CreateClient();

        var anonymous = await resident.PostAsJsonAsync($"/api/sessions/{session}/sign-ups", new { people = 1 });
        var noConsent = await resident.PostAsJsonAsync($"/api/sessions/{session}/sign-ups", new { people = 1, email = "per@example.se" });
        var badAddress = await resident.PostAsJsonAsync($"/api/sessions/{session}/sign-ups", new { people = 1, email = "inte en adress", consentToEmail = true });
        await SendAsync();

        (await ReadAsync<SignUpForSessionResponse>(anonymous)).ConfirmationEmailQueued.Should().BeFalse();
        (await ReadProblemAsync(noConsent)).Errors.Should().ContainKey("consentToEmail");
        (await ReadProblemAsync(badAddress)).Errors.Should().ContainKey("email");
        _smtp.Messages().Should().BeEmpty();
    }

    [Test]
    public async Task Names_and_addresses_are_forgotten_the_day_after_the_session()
    {
        var session = await SessionAsync();
        using var resident = _app.CreateClient();
        await resident.PostAsJsonAsync($"/api/sessions/{session}/sign-ups", new { people = 1, name = "Lina", email = "lina@example.se", consentToEmail = true });

        async Task<int> ForgetAsync(DateTimeOffset at)
        {
            _app.Clock.Set(at);
            using var scope = _app.Services.CreateScope();
            return (await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ForgetExpiredPersonalDataCommand())).SignUpsForgotten;
        }

        var onTheDay = await ForgetAsync(new DateTimeOffset(2026, 12, 11, 12, 0, 0, TimeSpan.Zero));
        var dayAfter = await ForgetAsync(new DateTimeOffset(2026, 12, 11, 19, 0, 0, TimeSpan.Zero));

        (onTheDay, dayAfter).Should().Be((0, 1));
        var signUp = await InDatabaseAsync(db => db.SessionSignUps.SingleAsync());
        (signUp.Name, signUp.Email, signUp.People).Should().Be((null, null, 1));
    }
}
