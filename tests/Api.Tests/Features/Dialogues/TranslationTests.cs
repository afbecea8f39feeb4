using System.Net;
using System.Net.Http.Json;
using Medborgardialog.Api.Features.Dialogues;
using Medborgardialog.Api.Features.Dialogues.Common;
using Medborgardialog.Api.Tests.Infrastructure;

namespace Medborgardialog.Api.Tests.Features.Dialogues;

/// <summary>Officials translate a dialogue's own texts (issue 15): the public page and list carry the translations beside the
/// Swedish, which stays authoritative; translations are validated like the Swedish texts, and a bad one stores nothing.</summary>
public sealed class TranslationTests : ApiTest
{
    private static object Arabic(IReadOnlyList<QuestionDto> questions, string? easyRead = null) => new
    {
        title = "حديقة تزلج جديدة في سكرانتا",
        summary = "تخطط البلدية لحديقة تزلج جديدة. نريد أن نعرف كيف يجب أن تبدو.",
        question = "كيف تريد أن تبدو حديقة التزلج؟",
        easyReadText = easyRead,
        questions = new object[]
        {
            new { questionId = questions[0].Id, text = "أين يجب أن تكون الحديقة؟", options = new[] { new { optionId = questions[0].Options[1].Id, text = "المركز" } } },
        },
    };

    private Task<HttpResponseMessage> PutAsync(Guid id, string language, object body) =>
        Official.PutAsJsonAsync($"/api/dialogues/{id}/translations/{language}", body, Json);

    [Test]
    public async Task A_translation_is_shown_on_the_public_page_and_in_the_list_beside_the_Swedish()
    {
        var dialogue = await Scenario.Dialogue(Official).WithQuestionnaire().InStageAsync(Stage.Open);

        var put = await PutAsync(dialogue.Id, "ar", Arabic(dialogue.Questions));

        put.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await ReadAsync<DialogueDetails>(await Client.GetAsync($"/api/dialogue-slugs/{dialogue.Slug}"));
        page.Title.Should().Be("Ny skatepark vid Skranta", "the Swedish stays the dialogue's own text");
        var arabic = page.Translations.Should().ContainSingle().Subject;
        arabic.Language.Should().Be("ar");
        arabic.Title.Should().Be("حديقة تزلج جديدة في سكرانتا");
        var question = arabic.Questions.Should().ContainSingle().Subject;
        question.QuestionId.Should().Be(dialogue.Questions[0].Id);
        question.Options.Should().ContainSingle().Which.OptionId.Should().Be(dialogue.Questions[0].Options[1].Id);
        var list = await ReadAsync<DialoguePage>(await Client.GetAsync("/api/dialogues"));
        list.Items.Single(i => i.Id == dialogue.Id).Translations.Should().ContainSingle()
            .Which.Should().Be(new TranslatedSummaryDto("ar", "حديقة تزلج جديدة في سكرانتا", "تخطط البلدية لحديقة تزلج جديدة. نريد أن نعرف كيف يجب أن تبدو."));
    }

    [Test]
    public async Task Setting_a_language_again_replaces_it_and_removing_it_leaves_the_Swedish()
    {
        var dialogue = await Scenario.Dialogue(Official).WithQuestionnaire().InStageAsync(Stage.Announced);
        (await PutAsync(dialogue.Id, "so", new { title = "Beer cusub", summary = "Kooban", question = "Su'aal", questions = (object?)null })).EnsureSuccessStatusCode();
        (await PutAsync(dialogue.Id, "so", new { title = "Beerta cusub ee Skranta", summary = "Kooban", question = "Su'aal", questions = (object?)null })).EnsureSuccessStatusCode();
        (await PutAsync(dialogue.Id, "fi", new { title = "Uusi skeittipuisto", summary = "Tiivistelmä", question = "Kysymys", questions = (object?)null })).EnsureSuccessStatusCode();

        var page = await ReadAsync<DialogueDetails>(await Client.GetAsync($"/api/dialogues/{dialogue.Id}"));
        page.Translations.Select(t => (t.Language, t.Title)).Should().Equal(("fi", "Uusi skeittipuisto"), ("so", "Beerta cusub ee Skranta"));

        (await Official.DeleteAsync($"/api/dialogues/{dialogue.Id}/translations/so")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var again = await Official.DeleteAsync($"/api/dialogues/{dialogue.Id}/translations/so");

        (await ReadProblemAsync(again)).Code.Should().Be("translation.notFound");
        (await ReadAsync<DialogueDetails>(await Client.GetAsync($"/api/dialogues/{dialogue.Id}"))).Translations.Select(t => t.Language).Should().Equal("fi");
    }

    [TestCase("sv", TestName = "Swedish is the source, not a translation")]
    [TestCase("xx", TestName = "An unknown language")]
    [TestCase("fa", TestName = "Persian is served as Dari (prs)")]
    public async Task A_language_that_is_not_a_translation_target_is_a_field_error(string language)
    {
        var dialogue = await Scenario.Dialogue(Official).InStageAsync(Stage.Draft);

        var response = await PutAsync(dialogue.Id, language, new { title = "T", summary = "S", question = "Q", questions = (object?)null });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var error = (await ReadProblemAsync(response)).FieldErrors!.Should().ContainSingle().Subject;
        (error.Field, error.Code).Should().Be(("language", "unknownValue"));
        error.Params["allowed"].Should().Be("en,ar,so,ti,prs,fi");
    }

    [Test]
    public async Task Translated_texts_are_validated_like_the_Swedish_ones_and_a_bad_one_stores_nothing()
    {
        var dialogue = await Scenario.Dialogue(Official).WithQuestionnaire().InStageAsync(Stage.Draft);

        var response = await PutAsync(dialogue.Id, "en", new
        {
            title = "",
            summary = new string('x', 2001),
            question = "Q",
            questions = new object[]
            {
                new { questionId = Guid.NewGuid(), text = "Unknown question", options = (object?)null },
                new { questionId = dialogue.Questions[0].Id, text = "", options = new[] { new { optionId = dialogue.Questions[0].Options[0].Id, text = new string('o', 201) } } },
            },
        });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ReadProblemAsync(response)).FieldErrors!.Select(e => (e.Field, e.Code)).Should().BeEquivalentTo(new[]
        {
            ("title", "required"), ("summary", "tooLong"), ("questions[1].text", "required"), ("questions[1].options[0].text", "tooLong"),
        });
        (await ReadAsync<DialogueDetails>(await Official.GetAsync($"/api/staff/dialogues/{dialogue.Id}"))).Translations.Should().BeEmpty();
    }

    [Test]
    public async Task A_translation_naming_questions_the_dialogue_lacks_or_an_easy_read_text_it_has_not_is_refused_by_field()
    {
        var dialogue = await Scenario.Dialogue(Official).WithQuestionnaire().InStageAsync(Stage.Draft);

        var response = await PutAsync(dialogue.Id, "ti", new
        {
            title = "ሓድሽ", summary = "ጽማቕ", question = "ሕቶ", easyReadText = "ቀሊል",
            questions = new object[]
            {
                new { questionId = Guid.NewGuid(), text = "?", options = (object?)null },
                new { questionId = dialogue.Questions[0].Id, text = "?", options = new[] { new { optionId = Guid.NewGuid(), text = "!" } } },
            },
        });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ReadProblemAsync(response)).FieldErrors!.Select(e => (e.Field, e.Code)).Should().BeEquivalentTo(new[]
        {
            ("easyReadText", "mustBeEmpty"), ("questions[0].questionId", "unknownReference"), ("questions[1].options[0].optionId", "unknownReference"),
        });
    }

    [Test]
    public async Task A_cancelled_dialogue_is_no_longer_translated_and_a_draft_with_a_translation_stays_private()
    {
        var cancelled = await Scenario.Dialogue(Official).InStageAsync(Stage.Cancelled);
        var draft = await Scenario.Dialogue(Official).Announcing(Requests.Announcement("Utkast")).InStageAsync(Stage.Draft);

        var refused = await PutAsync(cancelled.Id, "en", new { title = "T", summary = "S", question = "Q", questions = (object?)null });
        (await PutAsync(draft.Id, "en", new { title = "Draft", summary = "S", question = "Q", questions = (object?)null })).EnsureSuccessStatusCode();

        refused.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await ReadProblemAsync(refused)).Code.Should().Be("dialogue.cancelled");
        (await Client.GetAsync($"/api/dialogues/{draft.Id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await ReadAsync<DialoguePage>(await Client.GetAsync("/api/dialogues"))).Items.Should().NotContain(i => i.Id == draft.Id);
    }

    [Test]
    public async Task Only_staff_who_run_dialogues_translate()
    {
        var dialogue = await Scenario.Dialogue(Official).InStageAsync(Stage.Draft);

        var anonymous = await Client.PutAsJsonAsync($"/api/dialogues/{dialogue.Id}/translations/en", new { title = "T", summary = "S", question = "Q" }, Json);
        var removal = await Client.DeleteAsync($"/api/dialogues/{dialogue.Id}/translations/en");

        anonymous.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        removal.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }
}
