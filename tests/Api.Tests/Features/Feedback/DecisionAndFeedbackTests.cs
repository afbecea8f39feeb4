using System.Net;
using System.Net.Http.Json;
using Medborgardialog.Api.Features.DialogueResults;
using Medborgardialog.Api.Features.Feedback;
using Medborgardialog.Api.Features.Opinions;
using Medborgardialog.Api.Tests.Features.Opinions;
using Medborgardialog.Api.Tests.Infrastructure;
using Mediator;
using Medborgardialog.Api.Features.Email;
using Medborgardialog.Api.Features.Retention;
using Medborgardialog.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Medborgardialog.Api.Tests.Features.Feedback;

/// <summary>Result → decision basis → decision → feedback, and each step refused out of order.</summary>
public sealed class DecisionAndFeedbackTests : ApiTest
{
    [Test]
    public async Task A_decision_is_recorded_only_after_the_dialogue_closes_and_only_once()
    {
        var dialogue = await Scenario.Dialogue(Official).InStageAsync(Stage.Open);

        var whileOpen = await Official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/decision", Requests.Decision(), Json);
        await Scenario.CloseAsync(Official, dialogue.Id);
        var first = await Official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/decision", Requests.Decision(), Json);
        var second = await Official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/decision", Requests.Decision(), Json);

        whileOpen.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await ReadProblemAsync(whileOpen)).Detail.Should().Be("A decision can only be recorded after the dialogue has closed.");
        first.StatusCode.Should().Be(HttpStatusCode.Created);
        (await ReadProblemAsync(second)).Detail.Should().Be("The decision for this dialogue is already recorded.");
    }

    [Test]
    public async Task How_the_result_was_used_is_required()
    {
        var dialogue = await Scenario.Dialogue(Official).InStageAsync(Stage.Open);
        await Scenario.CloseAsync(Official, dialogue.Id);

        var problem = await ReadProblemAsync(await Official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/decision", Requests.Decision(howUsed: "  "), Json));

        problem.Status.Should().Be(400);
        problem.Errors.Should().ContainKey("howResultWasUsed")
            .WhoseValue.Should().Equal("Say how the dialogue's result was used in the decision.");
    }

    [Test]
    public async Task Feedback_needs_the_decision_first_and_is_published_once()
    {
        var dialogue = await Scenario.Dialogue(Official).InStageAsync(Stage.Open);
        await Scenario.CloseAsync(Official, dialogue.Id);

        var early = await Official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/feedback", Requests.Feedback(), Json);
        await Official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/decision", Requests.Decision(), Json);
        var published = await Official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/feedback", Requests.Feedback(), Json);
        var twice = await Official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/feedback", Requests.Feedback("Igen"), Json);

        (await ReadProblemAsync(early)).Detail.Should().Be("Record the decision before publishing feedback.");
        published.StatusCode.Should().Be(HttpStatusCode.Created);
        (await ReadProblemAsync(twice)).Detail.Should().Be("Feedback for this dialogue is already published.");
    }

    [Test]
    public async Task Published_feedback_is_public_in_the_feed_on_the_receipt_and_has_a_press_summary()
    {
        var dialogue = await Scenario.Dialogue(Official).InStageAsync(Stage.Open);
        var receipt = await Scenario.OpinionAsync(Client, dialogue.Id, "Belysning behövs");
        await Scenario.CloseAsync(Official, dialogue.Id);
        var notYet = await Client.GetAsync($"/api/dialogues/{dialogue.Id}/feedback");
        await Official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/decision", Requests.Decision(), Json);

        var published = await ReadAsync<PublishFeedbackResponse>(await Official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/feedback", Requests.Feedback(), Json));

        notYet.StatusCode.Should().Be(HttpStatusCode.NotFound);
        published.PressSummary.Should().Contain("Kultur- och fritidsnämnden beslutade den 2027-02-10 (KFN 2026/0142)")
            .And.Contain("Så användes invånarnas synpunkter: Förslaget med belysning");
        var page = await ReadAsync<FeedbackDto>(await Client.GetAsync($"/api/dialogues/{dialogue.Id}/feedback"));
        page.Text.Should().Be("Tack för alla synpunkter! Skateparken byggs 2027.");
        page.Decision.HowResultWasUsed.Should().StartWith("Förslaget med belysning");
        page.OpinionCount.Should().Be(1);
        var mine = await ReadAsync<ReceiptDto>(await Client.GetAsync($"/api/receipts/{receipt.ReceiptToken}"));
        mine.Feedback!.Text.Should().Be("Tack för alla synpunkter! Skateparken byggs 2027.");
        var feed = await (await Client.GetAsync("/api/feeds/dialogues.atom")).Content.ReadAsStringAsync();
        feed.Should().Contain($"Återkoppling: {Requests.Announcement().Title}").And.Contain($"/dialoger/{dialogue.Slug}/aterkoppling");
    }

    [Test]
    public async Task Officials_group_opinions_into_themes_search_them_and_see_per_question_figures()
    {
        var dialogue = await Scenario.Dialogue(Official).WithQuestionnaire().InStageAsync(Stage.Open);
        var q = dialogue.Questions;
        var answers = Requests.GoodAnswers(q);
        await Client.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/opinions", Requests.Opinion("Mörkt på kvällen, mer ljus", answers), Json);
        await Client.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/opinions", Requests.Opinion("Bra som det är", [
            new { questionId = q[0].Id, text = (string?)null, optionIds = new[] { q[0].Options[1].Id }, scale = (int?)null },
            new { questionId = q[2].Id, text = (string?)null, optionIds = (Guid[]?)null, scale = (int?)2 },
            new { questionId = q[3].Id, text = (string?)null, optionIds = new[] { q[3].Options[0].Id, q[3].Options[1].Id }, scale = (int?)null },
        ]), Json);
        var theme = await ReadAsync<ThemeDto>(await Official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/themes", new { name = "Belysning" }, Json));

        var search = await Official.GetAsync($"/api/staff/dialogues/{dialogue.Id}/opinions?q=ljus");
        search.StatusCode.Should().Be(HttpStatusCode.OK, await search.Content.ReadAsStringAsync());
        var found = await ReadAsync<StaffOpinionPage>(search);
        var byAnswer = await ReadAsync<StaffOpinionPage>(await Official.GetAsync($"/api/staff/dialogues/{dialogue.Id}/opinions?q=vattenpost"));
        (await Official.PutAsJsonAsync($"/api/opinions/{found.Items.Single().Id}/themes", new { themeIds = new[] { theme.Id } }, Json)).EnsureSuccessStatusCode();
        var untagged = await ReadAsync<StaffOpinionPage>(await Official.GetAsync($"/api/staff/dialogues/{dialogue.Id}/opinions?untagged=true"));
        var result = await ReadAsync<ResultDto>(await Official.GetAsync($"/api/staff/dialogues/{dialogue.Id}/result"));

        found.Total.Should().Be(1);
        byAnswer.Items.Should().ContainSingle("the free-text answer inside the questionnaire is searched too");
        untagged.Items.Single().Text.Should().Be("Bra som det är");
        result.Themes.Should().ContainSingle().Which.Count.Should().Be(1);
        result.Total.Should().Be(2);
        var where = result.Questions[0];
        where.Answered.Should().Be(2);
        where.Options.Select(o => o.Count).Should().Equal(1, 1);
        var scale = result.Questions[2];
        scale.ScaleCounts.Should().Equal(0, 1, 0, 1, 0);
        scale.ScaleAverage.Should().Be(3.0);
        var ranking = result.Questions[3];
        ranking.Options.Select(o => o.AverageRank).Should().Equal(1.5, 1.5);
    }

    [Test]
    public async Task The_decision_basis_is_exported_as_html_and_anonymised_csv_and_the_export_is_recorded()
    {
        var dialogue = await Scenario.Dialogue(Official).InStageAsync(Stage.Open);
        var opinion = await Scenario.OpinionAsync(Client, dialogue.Id, "=HYPERLINK(\"http://x\") bygg en bowl", "anna@example.se");
        await Scenario.CloseAsync(Official, dialogue.Id);
        var stored = await ReadAsync<StaffOpinionPage>(await Official.GetAsync($"/api/staff/dialogues/{dialogue.Id}/opinions"));
        (await Official.PutAsJsonAsync($"/api/dialogues/{dialogue.Id}/result",
            new { summary = "De flesta vill ha en bowl.", quoteOpinionIds = new[] { stored.Items.Single().Id } }, Json)).StatusCode.Should().Be(HttpStatusCode.NoContent);

        var export = await ReadAsync<ExportDecisionBasisResponse>(await Official.PostAsync($"/api/dialogues/{dialogue.Id}/decision-basis", null));
        var html = await Official.GetAsync(export.HtmlUrl);
        var csv = await (await Official.GetAsync(export.CsvUrl)).Content.ReadAsStringAsync();

        export.ExportCount.Should().Be(1);
        html.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        var text = await html.Content.ReadAsStringAsync();
        text.Should().Contain("Beslutsunderlag från medborgardialog").And.Contain("De flesta vill ha en bowl.").And.Contain("bygg en bowl");
        csv.Should().Contain("'=HYPERLINK", "a formula is neutralised for spreadsheets").And.NotContain("anna@example.se");
        csv.Should().NotContain(opinion.ReceiptToken);
        (await ReadAsync<ResultDto>(await Official.GetAsync($"/api/staff/dialogues/{dialogue.Id}/result"))).FirstExportedAt.Should().NotBeNull();
    }

    [Test]
    public async Task The_decision_basis_writes_counts_as_Swedish_readers_do_and_the_csv_stays_a_spreadsheets()
    {
        var dialogue = await Scenario.Dialogue(Official).InStageAsync(Stage.Open);
        // 1 234 opinions, written straight to the database as residents would have over weeks.
        await using (var connection = new Npgsql.NpgsqlConnection(TestEnvironment.Database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var insert = new Npgsql.NpgsqlCommand("""
                INSERT INTO opinions (id, dialogue_id, channel, text, answers, receipt_token_hash, submitted_at)
                SELECT gen_random_uuid(), @d, 'Online', 'Synpunkt ' || n, '[]', md5(n::text || random()::text), now()
                FROM generate_series(1, 1234) n
                """, connection);
            insert.Parameters.AddWithValue("d", dialogue.Id);
            await insert.ExecuteNonQueryAsync();
        }

        await Scenario.CloseAsync(Official, dialogue.Id);

        var export = await ReadAsync<ExportDecisionBasisResponse>(await Official.PostAsync($"/api/dialogues/{dialogue.Id}/decision-basis", null));
        var html = await Official.GetStringAsync(export.HtmlUrl);
        var csv = await Official.GetStringAsync(export.CsvUrl);

        html.Should().Contain("<p>1\u00a0234 synpunkter (tillbakadragna räknas inte).")
            .And.Contain("<td>Webben</td><td class=\"n\">1\u00a0234</td>")
            .And.Contain("<td><em>Inte grupperade</em></td><td class=\"n\">1\u00a0234</td>")
            .And.NotContain("1234");
        csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(1 + 1234, "a header and one row per opinion");
        csv.Should().NotContain("\u00a0", "a spreadsheet reads a CSV cell back as a number only without grouping");
        (await Client.GetStringAsync("/api/transparency/2026.csv")).Should()
            .Contain("Synpunkter som kom in: 1\u00a0234 (1\u00a0234 på webben, 0 på andra sätt)", "a sentence in a cell is text, said the Swedish way");
    }

    [Test]
    public async Task The_decision_basis_says_when_the_dialogue_was_really_open_not_when_it_was_planned()
    {
        var dialogue = await Scenario.Dialogue(Official).InStageAsync(Stage.Open); // planned 1–31 December 2026, opened now: 23 November
        Factory.Clock.Advance(TimeSpan.FromDays(5));
        using var official = await Staff.SignedInAsync(Factory, Medborgardialog.Api.Infrastructure.Auth.Roles.Official);
        await Scenario.CloseAsync(official, dialogue.Id); // closed early: 28 November

        var export = await ReadAsync<ExportDecisionBasisResponse>(await official.PostAsync($"/api/dialogues/{dialogue.Id}/decision-basis", null));
        var html = await official.GetStringAsync(export.HtmlUrl);

        html.Should().Contain("<strong>Dialogen pågick:</strong> 23 november 2026 – 28 november 2026")
            .And.NotContain("31 december 2026");
    }

    [Test]
    public async Task The_result_freezes_once_the_decision_is_recorded()
    {
        var dialogue = await Scenario.Dialogue(Official).InStageAsync(Stage.Open);
        await Scenario.CloseAsync(Official, dialogue.Id);
        await Official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/decision", Requests.Decision(), Json);

        var response = await Official.PutAsJsonAsync($"/api/dialogues/{dialogue.Id}/result", new { summary = "Sent", quoteOpinionIds = Array.Empty<Guid>() }, Json);

        (await ReadProblemAsync(response)).Detail.Should().Be("The decision is recorded; the result it was based on no longer changes.");
    }

    private static async Task<T> SendAsync<T>(ICommand<T> command)
    {
        using var scope = Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command);
    }

    [Test]
    public async Task The_responsible_official_is_reminded_once_when_feedback_is_fourteen_days_late()
    {
        var dialogue = await Scenario.Dialogue(Official).InStageAsync(Stage.Open);
        await Scenario.CloseAsync(Official, dialogue.Id);
        await Official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/decision", Requests.Decision(), Json);

        Factory.Clock.Advance(TimeSpan.FromDays(13));
        var early = await SendAsync(new RemindMissingFeedbackCommand());
        Factory.Clock.Advance(TimeSpan.FromDays(2));
        var due = await SendAsync(new RemindMissingFeedbackCommand());
        var again = await SendAsync(new RemindMissingFeedbackCommand());

        (early, due, again).Should().Be((0, 1, 0));
        using var scope = Factory.Services.CreateScope();
        var reminder = await scope.ServiceProvider.GetRequiredService<AppDbContext>().OutgoingEmails.SingleAsync(e => e.Kind == "feedback-reminder");
        reminder.ToAddress.Should().StartWith("official-", "the official who recorded the decision").And.EndWith("@karlskoga.example");
        reminder.Body.Should().Contain($"/personal/dialoger/{dialogue.Id}/beslut");
    }

    [Test]
    public async Task Feedback_addresses_are_deleted_ninety_days_after_the_feedback_once_their_mail_is_sent()
    {
        var dialogue = await Scenario.Dialogue(Official).InStageAsync(Stage.Open);
        await Scenario.OpinionAsync(Client, dialogue.Id, "Med adress", "vill-veta@example.se");
        await Scenario.ConfirmFeedbackAddressAsync(Factory, Client, "vill-veta@example.se");
        await Scenario.CloseAsync(Official, dialogue.Id);
        await Official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/decision", Requests.Decision(), Json);
        await Official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/feedback", Requests.Feedback(), Json);
        await SendAsync(new SendOutgoingEmailsCommand()); // to the pickup folder: no SMTP host in this factory

        Factory.Clock.Advance(TimeSpan.FromDays(89));
        var before = await SendAsync(new ForgetExpiredPersonalDataCommand());
        Factory.Clock.Advance(TimeSpan.FromDays(2));
        var after = await SendAsync(new ForgetExpiredPersonalDataCommand());

        before.FeedbackAddressesForgotten.Should().Be(0);
        after.FeedbackAddressesForgotten.Should().Be(1);
        using var scope = Factory.Services.CreateScope();
        (await scope.ServiceProvider.GetRequiredService<AppDbContext>().Opinions.CountAsync(o => o.FeedbackEmail != null)).Should().Be(0);
    }
}
