using System.Net;
using System.Net.Http.Json;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Features.Dialogues;
using Medborgardialog.Api.Features.Opinions;
using Medborgardialog.Api.Infrastructure.Persistence;
using Medborgardialog.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Medborgardialog.Api.Tests.Features.Opinions;

/// <summary>Questionnaires: built by officials while the dialogue is a draft, answered by residents, every answer checked.</summary>
public sealed class QuestionnaireTests : ApiTest
{
    private Task<HttpResponseMessage> SubmitAsync(Guid dialogueId, object body) =>
        Client.PostAsJsonAsync($"/api/dialogues/{dialogueId}/opinions", body, Json);

    [Test]
    public async Task Officials_build_a_questionnaire_and_the_public_page_shows_it_in_order()
    {
        var dialogue = await Scenario.Dialogue(Official).WithQuestionnaire().InStageAsync(Stage.Open);
        var questions = dialogue.Questions;

        var details = await ReadAsync<DialogueDetails>(await Client.GetAsync($"/api/dialogue-slugs/{dialogue.Slug}"));

        details.Questions.Select(q => q.Kind).Should().Equal(Requests.QuestionKinds);
        details.Questions[0].TextEn.Should().Be("Where should the park be?");
        details.Questions[0].Options.Select(o => o.Text).Should().Equal("Skranta", "Centrum");
        details.Questions.Select(q => q.Id).Should().Equal(questions.Select(q => q.Id));
    }

    [Test]
    public async Task The_questionnaire_cannot_change_once_the_dialogue_is_announced()
    {
        var dialogue = await Scenario.Dialogue(Official).WithQuestionnaire().InStageAsync(Stage.Open);

        var response = await Official.PutAsJsonAsync($"/api/dialogues/{dialogue.Id}/questionnaire", new { questions = Array.Empty<object>() }, Json);

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await ReadProblemAsync(response)).Detail.Should().Be("The questionnaire can only be changed while the dialogue is a draft.");
    }

    [Test]
    public async Task A_choice_question_without_options_is_refused_field_by_field()
    {
        var draft = await Scenario.Dialogue(Official).InStageAsync(Stage.Draft);

        var response = await Official.PutAsJsonAsync($"/api/dialogues/{draft.Id}/questionnaire", new
        {
            questions = new object[]
            {
                new { kind = "singleChoice", text = "Var?", textEn = (string?)null, required = true, options = new[] { new { text = "Bara ett", textEn = (string?)null } } },
                new { kind = "scale", text = "", textEn = (string?)null, required = true, options = Array.Empty<object>() },
            },
        }, Json);

        var problem = await ReadProblemAsync(response);
        problem.Status.Should().Be(400);
        problem.Errors!.Keys.Should().BeEquivalentTo("questions[0].options", "questions[1].text");
    }

    [Test]
    public async Task A_resident_answers_every_kind_of_question_and_the_answers_are_stored_as_given()
    {
        var dialogue = await Scenario.Dialogue(Official).WithQuestionnaire().InStageAsync(Stage.Open);
        var questions = dialogue.Questions;

        var response = await SubmitAsync(dialogue.Id, Requests.Opinion("Tack!", Requests.GoodAnswers(questions)));

        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        using var scope = Factory.Services.CreateScope();
        var stored = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Opinions.AsNoTracking().SingleAsync();
        stored.Text.Should().Be("Tack!");
        stored.Answers.Should().HaveCount(5);
        stored.Answers[2].Scale.Should().Be(4);
        stored.Answers[3].OptionIds.Should().Equal(questions[3].Options[1].Id, questions[3].Options[0].Id);
        var receipt = await ReadAsync<SubmitOpinionResponse>(response);
        var mine = await ReadAsync<ReceiptDto>(await Client.GetAsync($"/api/receipts/{receipt.ReceiptToken}"));
        mine.Answers.Select(a => (a.Question, string.Join(" > ", a.Answer))).Should().Equal(
            ("Var ska parken ligga?", "Skranta"), ("Vad ska finnas?", "Bowl > Belysning"), ("Hur viktigt är det?", "4"),
            ("Rangordna", "Läge > Pris"), ("Något mer?", "Gärna vattenpost"));
    }

    [Test]
    public async Task Optional_questions_may_be_left_out_but_required_ones_may_not()
    {
        var dialogue = await Scenario.Dialogue(Official).WithQuestionnaire().InStageAsync(Stage.Open);
        var questions = dialogue.Questions;
        var onlyRequired = Requests.GoodAnswers(questions)[..1].Concat(Requests.GoodAnswers(questions)[2..3]).ToArray();

        var accepted = await SubmitAsync(dialogue.Id, Requests.Opinion(null, onlyRequired));
        var missingScale = await SubmitAsync(dialogue.Id, Requests.Opinion(null, Requests.GoodAnswers(questions)[..1]));

        accepted.StatusCode.Should().Be(HttpStatusCode.Created);
        var problem = await ReadProblemAsync(missingScale);
        problem.Errors.Should().ContainKey($"answers[{questions[2].Id}]")
            .WhoseValue.Should().ContainSingle(m => m.Contains("required", StringComparison.Ordinal));
        problem.FieldErrors!.Should().ContainSingle(e => e.Field == $"answers[{questions[2].Id}]").Which.Code.Should().Be("required");
    }

    [Test]
    public async Task Bad_answers_are_refused_one_by_one_and_nothing_is_stored()
    {
        var dialogue = await Scenario.Dialogue(Official).WithQuestionnaire().InStageAsync(Stage.Open);
        var q = dialogue.Questions;
        var unknownQuestion = Guid.NewGuid();
        object[] answers =
        [
            new { questionId = q[0].Id, text = (string?)null, optionIds = new[] { Guid.NewGuid() }, scale = (int?)null }, // a choice not offered
            new { questionId = q[1].Id, text = (string?)null, optionIds = new[] { q[1].Options[0].Id, q[1].Options[0].Id }, scale = (int?)null }, // chosen twice
            new { questionId = q[2].Id, text = (string?)null, optionIds = (Guid[]?)null, scale = (int?)6 }, // outside 1–5
            new { questionId = q[3].Id, text = (string?)null, optionIds = new[] { q[3].Options[0].Id }, scale = (int?)null }, // not all ranked
            new { questionId = unknownQuestion, text = "?", optionIds = (Guid[]?)null, scale = (int?)null },
        ];

        var problem = await ReadProblemAsync(await SubmitAsync(dialogue.Id, Requests.Opinion(null, answers)));

        problem.Status.Should().Be(400);
        problem.Errors!.Should().ContainKey($"answers[{q[0].Id}]").WhoseValue.Should().Equal("That choice is not one of the question's options.");
        problem.Errors.Should().ContainKey($"answers[{q[1].Id}]").WhoseValue.Should().Equal("The same option is chosen twice.");
        problem.Errors.Should().ContainKey($"answers[{q[2].Id}]").WhoseValue.Should().Equal("The scale goes from 1 to 5.");
        problem.Errors.Should().ContainKey($"answers[{q[3].Id}]").WhoseValue.Should().Equal("Put all the options in order.");
        problem.Errors.Should().ContainKey($"answers[{unknownQuestion}]").WhoseValue.Should().Equal("There is no such question in this dialogue.");
        // Each with a code and its parameters, so the form says it in the resident's language.
        problem.FieldErrors!.Select(e => (e.Field, e.Code)).Should().BeEquivalentTo(new[]
        {
            ($"answers[{q[0].Id}]", "unknownValue"), ($"answers[{q[1].Id}]", "duplicate"), ($"answers[{q[2].Id}]", "outOfRange"),
            ($"answers[{q[3].Id}]", "tooFew"), ($"answers[{unknownQuestion}]", "unknownReference"),
        });
        problem.FieldErrors!.Single(e => e.Code == "outOfRange").Params.Should().Equal(new Dictionary<string, string> { ["min"] = "1", ["max"] = "5" });
        using var scope = Factory.Services.CreateScope();
        (await scope.ServiceProvider.GetRequiredService<AppDbContext>().Opinions.CountAsync()).Should().Be(0);
    }

    [Test]
    public async Task An_open_question_dialogue_wants_text_not_answers()
    {
        var dialogue = await Scenario.Dialogue(Official).InStageAsync(Stage.Announced);
        await Official.PostAsync($"/api/dialogues/{dialogue.Id}/open", null);

        var problem = await ReadProblemAsync(await SubmitAsync(dialogue.Id, Requests.Opinion(null, [new { questionId = Guid.NewGuid(), text = "svar", optionIds = (Guid[]?)null, scale = (int?)null }])));

        problem.Errors!.Keys.Should().BeEquivalentTo("text", "answers");
    }
}
