using System.Net;
using System.Net.Http.Json;
using Mediator;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Features.Dialogues;
using Medborgardialog.Api.Features.Email;
using Medborgardialog.Api.Features.Retention;
using Medborgardialog.Api.Features.Opinions;
using Medborgardialog.Api.Infrastructure.Persistence;
using Medborgardialog.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Medborgardialog.Api.Tests.Features.Opinions;

/// <summary>Every resident heard: an anonymous opinion to an open dialogue, a private receipt, withdrawal, feedback address.</summary>
public sealed class SubmitOpinionTests : ApiTest
{
    private Task<ArrangedDialogue> OpenDialogueAsync() => Scenario.Dialogue(Official).InStageAsync(Stage.Open);

    private Task<HttpResponseMessage> SubmitAsync(Guid dialogueId, object body) =>
        Client.PostAsJsonAsync($"/api/dialogues/{dialogueId}/opinions", body, Json);

    [Test]
    public async Task A_resident_gives_an_opinion_anonymously_and_reads_it_through_the_receipt()
    {
        var dialogue = await OpenDialogueAsync();

        var response = await SubmitAsync(dialogue.Id, new
        {
            text = "Bygg en bowl och sätt upp belysning.",
            background = new { ageBand = "age16To25", district = "skranta", relation = "youngPerson" },
            feedbackEmail = (string?)null,
            consentToFeedback = false,
        });

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var receipt = await ReadAsync<SubmitOpinionResponse>(response);
        receipt.ReceiptToken.Length.Should().BeGreaterThanOrEqualTo(40, "a receipt link must not be guessable");
        var mine = await ReadAsync<ReceiptDto>(await Client.GetAsync($"/api/receipts/{receipt.ReceiptToken}"));
        mine.Text.Should().Be("Bygg en bowl och sätt upp belysning.");
        mine.CanWithdraw.Should().BeTrue();
        var details = await ReadAsync<DialogueDetails>(await Client.GetAsync($"/api/dialogue-slugs/{dialogue.Slug}"));
        details.OpinionCount.Should().Be(1);
        using var scope = Factory.Services.CreateScope();
        var stored = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Opinions.SingleAsync();
        stored.ReceiptTokenHash.Should().NotBe(receipt.ReceiptToken, "only the token's hash is stored");
        stored.Background.Should().Be(new Background(AgeBand.Age16To25, "skranta", Relation.YoungPerson));
    }

    [Test]
    public async Task Opinions_are_accepted_only_while_the_dialogue_is_open()
    {
        var announced = await Scenario.Dialogue(Official).InStageAsync(Stage.Announced);
        var draft = await Scenario.Dialogue(Official).Announcing(Requests.Announcement("Utkast")).InStageAsync(Stage.Draft);
        var closed = await OpenDialogueAsync();
        await Official.PostAsync($"/api/dialogues/{closed.Id}/close", null);
        var body = new { text = "Min åsikt", background = (object?)null, feedbackEmail = (string?)null, consentToFeedback = false };

        var toAnnounced = await SubmitAsync(announced.Id, body);
        var toDraft = await SubmitAsync(draft.Id, body);
        var toClosed = await SubmitAsync(closed.Id, body);

        (await ReadProblemAsync(toAnnounced)).Detail.Should().Be("The dialogue is not open for opinions yet.");
        toDraft.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await ReadProblemAsync(toClosed)).Detail.Should().Be("The dialogue is closed; it no longer accepts opinions.");
    }

    [Test]
    public async Task The_database_itself_refuses_an_online_opinion_to_a_dialogue_that_is_not_open()
    {
        var closed = await OpenDialogueAsync();
        await Official.PostAsync($"/api/dialogues/{closed.Id}/close", null);
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = Factory.Clock.GetUtcNow();
        db.Opinions.Add(new Opinion(Guid.CreateVersion7(), closed.Id, OpinionChannel.Online, "Sent past the checks", [], new Background(null, null, null), Opinion.NewToken().Hash, now));

        var insert = async () => await db.SaveChangesAsync();

        (await insert.Should().ThrowAsync<DbUpdateException>()).Which.InnerException.Should().BeOfType<Npgsql.PostgresException>()
            .Which.SqlState.Should().Be("MD001");
    }

    [Test]
    public async Task A_withdrawn_opinion_leaves_the_count_and_its_receipt_cannot_withdraw_again()
    {
        var dialogue = await OpenDialogueAsync();
        var receipt = await ReadAsync<SubmitOpinionResponse>(await SubmitAsync(dialogue.Id,
            new { text = "Jag ångrar mig snart", background = (object?)null, feedbackEmail = (string?)null, consentToFeedback = false }));

        var withdrawn = await ReadAsync<ReceiptDto>(await Client.PostAsync($"/api/receipts/{receipt.ReceiptToken}/withdraw", null));
        var again = await Client.PostAsync($"/api/receipts/{receipt.ReceiptToken}/withdraw", null);

        withdrawn.WithdrawnAt.Should().NotBeNull();
        withdrawn.CanWithdraw.Should().BeFalse();
        (await ReadProblemAsync(again)).Detail.Should().Be("The opinion is already withdrawn.");
        (await ReadAsync<DialogueDetails>(await Client.GetAsync($"/api/dialogue-slugs/{dialogue.Slug}"))).OpinionCount.Should().Be(0);
        (await Client.GetAsync($"/api/receipts/{receipt.ReceiptToken}")).StatusCode.Should().Be(HttpStatusCode.OK, "a public record is kept");
    }

    [Test]
    public async Task A_wrong_receipt_finds_nothing()
    {
        (await Client.GetAsync("/api/receipts/gissad-kod")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await Client.PostAsync("/api/receipts/gissad-kod/withdraw", null)).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Bad_input_is_named_field_by_field()
    {
        var dialogue = await OpenDialogueAsync();

        var problem = await ReadProblemAsync(await SubmitAsync(dialogue.Id, new
        {
            text = "",
            background = new { ageBand = (string?)null, district = (string?)null, relation = (string?)null },
            feedbackEmail = "inte-en-adress",
            consentToFeedback = false,
        }));
        var unknownDistrict = await ReadProblemAsync(await SubmitAsync(dialogue.Id, new
        {
            text = "Hej",
            background = new { ageBand = (string?)null, district = "atlantis", relation = (string?)null },
            feedbackEmail = (string?)null,
            consentToFeedback = false,
        }));
        var badAgeBand = await ReadProblemAsync(await Client.PostAsync($"/api/dialogues/{dialogue.Id}/opinions",
            new StringContent("""{"text":"Hej","background":{"ageBand":"age200"},"feedbackEmail":null,"consentToFeedback":false}""",
                System.Text.Encoding.UTF8, "application/json")));

        problem.Errors!.Keys.Should().Contain(["text", "feedbackEmail", "consentToFeedback"]);
        unknownDistrict.Errors.Should().ContainKey("background.district");
        badAgeBand.Errors.Should().ContainKey("background.ageBand");
    }

    [Test]
    public async Task A_field_is_named_by_its_path_in_the_body_whichever_check_finds_it()
    {
        var dialogue = await OpenDialogueAsync();
        async Task<ProblemBody> SendAsync(string district) => await ReadProblemAsync(await Client.PostAsync($"/api/dialogues/{dialogue.Id}/opinions",
            new StringContent($$"""{"text":"Hej","background":{"district":{{district}}},"feedbackEmail":null,"consentToFeedback":false}""",
                System.Text.Encoding.UTF8, "application/json")));

        var unreadable = await SendAsync("5"); // JSON binding: a number where a text belongs
        var tooLong = await SendAsync($"\"{new string('x', 41)}\""); // the validator
        var unknown = await SendAsync("\"atlantis\""); // the handler, against Karlskoga's districts

        unreadable.FieldErrors!.Should().ContainSingle().Which.Should().Match<FieldErrorBody>(e => e.Field == "background.district" && e.Code == "wrongType");
        tooLong.FieldErrors!.Should().ContainSingle().Which.Should().Match<FieldErrorBody>(e => e.Field == "background.district" && e.Code == "tooLong");
        unknown.FieldErrors!.Should().ContainSingle().Which.Should().Match<FieldErrorBody>(e => e.Field == "background.district" && e.Code == "unknownReference");
    }

    [Test]
    public async Task A_feedback_address_is_confirmed_by_a_link_and_removable_and_forgotten_after_seven_days_unconfirmed()
    {
        var dialogue = await OpenDialogueAsync();
        var confirmedReceipt = await ReadAsync<SubmitOpinionResponse>(await SubmitAsync(dialogue.Id,
            new { text = "Ja till parken", background = (object?)null, feedbackEmail = "anna@example.se", consentToFeedback = true }));
        var unconfirmedReceipt = await ReadAsync<SubmitOpinionResponse>(await SubmitAsync(dialogue.Id,
            new { text = "Nej till parken", background = (object?)null, feedbackEmail = "bo@example.se", consentToFeedback = true }));

        string link;
        using (var scope = Factory.Services.CreateScope())
        {
            var mail = await scope.ServiceProvider.GetRequiredService<AppDbContext>().OutgoingEmails
                .SingleAsync(e => e.ToAddress == "anna@example.se");
            link = mail.Body.Split('\n').Single(l => l.Contains("/kvitto/bekrafta/", StringComparison.Ordinal)).Trim();
        }

        var token = link[(link.LastIndexOf('/') + 1)..];
        (await Client.PostAsync($"/api/feedback-email-confirmations/{token}", null)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await Client.PostAsync($"/api/feedback-email-confirmations/{token}", null)).StatusCode.Should().Be(HttpStatusCode.NotFound, "a link works once");
        (await ReadAsync<ReceiptDto>(await Client.GetAsync($"/api/receipts/{confirmedReceipt.ReceiptToken}"))).FeedbackEmailConfirmed.Should().BeTrue();

        Factory.Clock.Advance(TimeSpan.FromDays(8));
        using (var scope = Factory.Services.CreateScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ForgetExpiredPersonalDataCommand());
            result.UnconfirmedAddressesForgotten.Should().Be(1);
        }

        (await ReadAsync<ReceiptDto>(await Client.GetAsync($"/api/receipts/{unconfirmedReceipt.ReceiptToken}"))).FeedbackEmail.Should().BeNull();
        var removed = await ReadAsync<ReceiptDto>(await Client.DeleteAsync($"/api/receipts/{confirmedReceipt.ReceiptToken}/email"));
        removed.FeedbackEmail.Should().BeNull();
        removed.FeedbackEmailConfirmed.Should().BeFalse();
    }
}
