using System.Net;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Features.Dialogues;
using Medborgardialog.Api.Tests.Infrastructure;

namespace Medborgardialog.Api.Tests.Features.Dialogues;

public sealed class PublishDialogueTests : ApiTest
{
    [Test]
    public async Task Publishing_a_draft_makes_it_public_as_announced()
    {
        var created = await Scenario.Dialogue(Official).InStageAsync(Stage.Draft);
        Factory.Clock.Advance(TimeSpan.FromMinutes(30));

        var response = await Official.PostAsync($"/api/dialogues/{created.Id}/publish", null);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var published = await ReadAsync<PublishDialogueResponse>(response);
        published.Status.Should().Be(DialogueStatus.Announced);
        published.PublishedAt.Should().Be(Factory.Clock.GetUtcNow());
        var details = await ReadAsync<DialogueDetails>(await Client.GetAsync($"/api/dialogue-slugs/{created.Slug}"));
        details.Status.Should().Be(DialogueStatus.Announced);
    }

    [Test]
    public async Task Publishing_twice_is_refused_with_a_sentence()
    {
        var created = await Scenario.Dialogue(Official).InStageAsync(Stage.Announced);

        var response = await Official.PostAsync($"/api/dialogues/{created.Id}/publish", null);

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var problem = await ReadProblemAsync(response);
        problem.Detail.Should().Be("The dialogue is already published.");
        problem.TraceId.Should().NotBeNullOrEmpty();
    }

    [Test]
    public async Task Publishing_an_unknown_dialogue_is_404()
    {
        var response = await Official.PostAsync($"/api/dialogues/{Guid.NewGuid()}/publish", null);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await ReadProblemAsync(response)).Detail.Should().StartWith("There is no dialogue with id");
    }

    [Test]
    public async Task Publishing_by_something_that_is_not_an_id_is_404()
    {
        var response = await Official.PostAsync("/api/dialogues/not-a-guid/publish", null);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await ReadProblemAsync(response)).Status.Should().Be(404);
    }
}
