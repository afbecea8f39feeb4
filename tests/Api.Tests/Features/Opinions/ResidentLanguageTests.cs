using System.Net;
using System.Net.Http.Json;
using Mediator;
using Medborgardialog.Api.Features.Dialogues;
using Medborgardialog.Api.Features.Email;
using Medborgardialog.Api.Features.Opinions;
using Medborgardialog.Api.Infrastructure.Persistence;
using Medborgardialog.Api.Tests.Infrastructure;
using Medborgardialog.Api.Words;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Medborgardialog.Api.Tests.Features.Opinions;

/// <summary>The resident's language (issue 15): stored with the opinion, counted in reach, and the language of every mail the
/// resident gets — confirmation, feedback, sign-up — with links that open the site in it. Anything unknown is Swedish.</summary>
public sealed class ResidentLanguageTests : MailingTest
{
    private HttpClient _official = null!;
    private HttpClient _resident = null!;

    [SetUp]
    public async Task ClientsAsync()
    {
        _official = await Staff.SignedInAsync(App, Medborgardialog.Api.Infrastructure.Auth.Roles.Official);
        _resident = App.CreateClient();
    }

    [TearDown]
    public void DisposeLanguageClients()
    {
        _official.Dispose();
        _resident.Dispose();
    }

    private async Task SendAllAsync()
    {
        using var scope = App.Services.CreateScope();
        var sender = scope.ServiceProvider.GetRequiredService<ISender>();
        while ((await sender.Send(new SendOutgoingEmailsCommand())).Sent > 0)
        {
        }
    }

    private Task<HttpResponseMessage> OpinionAsync(Guid dialogueId, string? language, string? email = null) =>
        _resident.PostAsJsonAsync($"/api/dialogues/{dialogueId}/opinions",
            new { text = "Mer belysning", answers = (object?)null, background = (object?)null, feedbackEmail = email, consentToFeedback = email is not null, language }, Json);

    private async Task<T> InDatabaseAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        using var scope = App.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    [TestCase("ar", "ar")]
    [TestCase("ar-SE", "ar")]
    [TestCase("FI", "fi")]
    [TestCase("fa-AF", "prs")]
    [TestCase("fa-IR", "prs")]
    [TestCase("xx", "sv")]
    [TestCase(null, "sv")]
    [TestCase("", "sv")]
    public async Task The_language_is_stored_with_the_opinion_and_anything_unknown_is_Swedish_without_an_error(string? given, string stored)
    {
        var dialogue = await Scenario.Dialogue(_official).InStageAsync(Stage.Open);

        var response = await OpinionAsync(dialogue.Id, given);

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        (await InDatabaseAsync(db => db.Opinions.Select(o => o.Language).SingleAsync())).Should().Be(stored);
    }

    [Test]
    public async Task Reach_counts_answers_by_language_every_language_named_in_itself()
    {
        var dialogue = await Scenario.Dialogue(_official).InStageAsync(Stage.Open);
        foreach (var language in new[] { "ar", "ar", "so", null })
        {
            (await OpinionAsync(dialogue.Id, language)).EnsureSuccessStatusCode();
        }

        var reach = await ReadAsync<ReachDto>(await _official.GetAsync($"/api/staff/dialogues/{dialogue.Id}/reach"));

        reach.ByLanguage.Select(c => (c.Key, c.Label, c.Count)).Should().Equal(
            ("sv", "Svenska", 1), ("en", "English", 0), ("ar", "العربية", 2), ("so", "Soomaali", 1), ("ti", "ትግርኛ", 0), ("prs", "دری", 0), ("fi", "Suomi", 0));
    }

    [Test]
    public async Task The_confirmation_is_written_in_the_residents_language_with_the_translated_title_and_links_that_keep_it()
    {
        var dialogue = await Scenario.Dialogue(_official).InStageAsync(Stage.Open);
        (await _official.PutAsJsonAsync($"/api/dialogues/{dialogue.Id}/translations/en",
            new { title = "A new skate park at Skranta", summary = "S", question = "Q" }, Json)).EnsureSuccessStatusCode();

        var receipt = await ReadAsync<SubmitOpinionResponse>(await OpinionAsync(dialogue.Id, "en", "sam@example.se"));
        await SendAllAsync();

        receipt.ReceiptUrl.Should().EndWith("?lang=en");
        var mail = Smtp.Messages().Should().ContainSingle().Subject;
        mail.Subject.Should().Be("Confirm your e-mail: A new skate park at Skranta");
        mail.TextBody.Should().StartWith("Hello,").And.Contain("Thank you for your opinion in the citizen dialogue “A new skate park at Skranta”.")
            .And.MatchRegex(@"/kvitto/bekrafta/[A-Za-z0-9_-]+\?lang=en");
        mail.HtmlBody.Should().Contain("<html lang=\"en\" dir=\"ltr\">");
    }

    [Test]
    public async Task A_mail_in_a_right_to_left_language_says_so_and_says_its_words_from_that_languages_catalogue()
    {
        var dialogue = await Scenario.Dialogue(_official).InStageAsync(Stage.Open);

        (await OpinionAsync(dialogue.Id, "ar", "amal@example.se")).EnsureSuccessStatusCode();
        await SendAllAsync();

        var mail = Smtp.Messages().Should().ContainSingle().Subject;
        mail.HtmlBody.Should().Contain("<html lang=\"ar\" dir=\"rtl\">");
        mail.Subject.Should().Be(MailWords.Say("ar", "confirm.subject", ("title", "Ny skatepark vid Skranta")));
        mail.TextBody.Should().Contain(MailWords.Say("ar", "confirm.expiry"));
    }

    [Test]
    public async Task The_feedback_reaches_each_participant_in_their_own_language()
    {
        var dialogue = await Scenario.Dialogue(_official).InStageAsync(Stage.Open);
        (await OpinionAsync(dialogue.Id, "en", "sam@example.se")).EnsureSuccessStatusCode();
        (await OpinionAsync(dialogue.Id, null, "sara@example.se")).EnsureSuccessStatusCode();
        foreach (var address in new[] { "sam@example.se", "sara@example.se" })
        {
            await Scenario.ConfirmFeedbackAddressAsync(App, _resident, address);
        }

        await Scenario.CloseAsync(_official, dialogue.Id);
        (await _official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/decision", Requests.Decision(), Json)).EnsureSuccessStatusCode();
        (await _official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/feedback", Requests.Feedback(), Json)).EnsureSuccessStatusCode();
        await SendAllAsync();

        var feedback = Smtp.Messages().Where(m => m.Subject is "Feedback: Ny skatepark vid Skranta" or "Återkoppling: Ny skatepark vid Skranta")
            .ToDictionary(m => m.To.Mailboxes.Single().Address);
        feedback["sam@example.se"].Subject.Should().Be("Feedback: Ny skatepark vid Skranta");
        feedback["sam@example.se"].TextBody.Should().Contain("The dialogue's own texts are in Swedish.")
            .And.Contain("Nämnden beslutar att bygga en skatepark", "the decision is the municipality's Swedish text")
            .And.MatchRegex(@"/avregistrera/[^\s?]+\?lang=en");
        feedback["sara@example.se"].Subject.Should().Be("Återkoppling: Ny skatepark vid Skranta");
        feedback["sara@example.se"].TextBody.Should().NotContain("?lang=").And.NotContain(MailWords.Say("sv", "mail.contentInSwedish"));
    }

    [Test]
    public async Task A_sign_up_is_confirmed_in_the_language_it_was_made_in()
    {
        var dialogue = await Scenario.Dialogue(_official).InStageAsync(Stage.Announced);
        var session = await ReadAsync<AddSessionResponse>(await _official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/sessions",
            new AddSessionRequest(Medborgardialog.Api.Domain.DialogueForm.OpenMeeting, "Öppet möte", new DateTimeOffset(2026, 12, 10, 17, 0, 0, TimeSpan.Zero),
                new DateTimeOffset(2026, 12, 10, 19, 0, 0, TimeSpan.Zero), "Folkets hus", "Kungsvägen 32", null, null, 50, true), Json));

        (await _resident.PostAsJsonAsync($"/api/sessions/{session.Id}/sign-ups",
            new { people = 2, email = "sam@example.se", consentToEmail = true, language = "en" }, Json)).EnsureSuccessStatusCode();
        await SendAllAsync();

        var mail = Smtp.Messages().Should().ContainSingle().Subject;
        mail.Subject.Should().Be("Sign-up: Öppet möte");
        mail.TextBody.Should().Contain("You are signed up for Öppet möte (2 people).").And.Contain("When: Thursday, 10 December 2026 18:00–20:00")
            .And.Contain("/dialoger/ny-skatepark-vid-skranta?lang=en");
    }
}
