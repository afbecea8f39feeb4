using System.Net;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Features.Dialogues;
using Medborgardialog.Api.Tests.Infrastructure;

namespace Medborgardialog.Api.Tests.Features.Dialogues;

public sealed class GetDialogueTests : ApiTest
{
    [Test]
    public async Task A_published_dialogue_shows_what_when_where_how_and_for_whom()
    {
        var created = await Scenario.Dialogue(Official).InStageAsync(Stage.Announced);

        var details = await ReadAsync<DialogueDetails>(await Client.GetAsync($"/api/dialogue-slugs/{created.Slug}"));

        details.Title.Should().Be("Ny skatepark vid Skranta");
        details.Question.Should().Be("Hur vill du att skateparken ska se ut?");
        details.Committee.Should().Be("Kultur- och fritidsnämnden");
        details.CaseNumber.Should().Be("KFN 2026/0142");
        details.Forms.Should().Equal(DialogueForm.Survey, DialogueForm.YouthDialogue);
        details.TargetGroups.Should().Equal(TargetGroup.YoungPeople);
        details.Places.Should().ContainSingle().Which.Should().Be(
            new PlaceDto("Skrantahallen", "Skrantavägen 5, Karlskoga", null, "Entré utan trappsteg"));
        details.OpensAt.Should().Be(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
        details.ClosesAt.Should().Be(new DateTimeOffset(2026, 12, 31, 8, 0, 0, TimeSpan.Zero));
    }

    [Test]
    public async Task A_dialogue_can_be_fetched_by_id_too()
    {
        var created = await Scenario.Dialogue(Official).InStageAsync(Stage.Announced);

        var details = await ReadAsync<DialogueDetails>(await Client.GetAsync($"/api/dialogues/{created.Id}"));

        details.Slug.Should().Be(created.Slug);
    }

    [Test]
    public async Task Enums_are_sent_as_readable_strings()
    {
        var created = await Scenario.Dialogue(Official).InStageAsync(Stage.Announced);

        var json = await Client.GetStringAsync($"/api/dialogue-slugs/{created.Slug}");

        json.Should().Contain("\"forms\":[\"survey\",\"youthDialogue\"]").And.Contain("\"status\":\"announced\"");
    }

    [Test]
    public async Task An_unknown_dialogue_is_a_404_problem()
    {
        var response = await Client.GetAsync("/api/dialogue-slugs/finns-inte");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        var problem = await ReadProblemAsync(response);
        problem.Detail.Should().Be("There is no published dialogue 'finns-inte'.");
        problem.Code.Should().Be("dialogue.notFound");
        problem.TraceId.Should().NotBeNullOrEmpty();
    }

    [Test]
    public async Task A_path_that_is_neither_an_id_nor_a_known_route_is_a_404_problem_with_a_code()
    {
        var response = await Client.GetAsync("/api/dialogues/finns-inte");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        var problem = await ReadProblemAsync(response);
        problem.Code.Should().Be("resource.notFound");
        problem.TraceId.Should().NotBeNullOrEmpty();
    }
}
