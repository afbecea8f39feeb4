using System.Net;
using System.Net.Http.Json;
using System.Text;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Features.Dialogues;
using Medborgardialog.Api.Tests.Infrastructure;

namespace Medborgardialog.Api.Tests.Features.Dialogues;

public sealed class AnnounceDialogueTests : ApiTest
{
    [Test]
    public async Task Announcing_a_dialogue_creates_a_draft_with_a_readable_slug()
    {
        var response = await Official.PostAsJsonAsync("/api/dialogues", Requests.Announcement("Trygghet i Bäckegården & Ölmbrotorp"), Json);

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var created = await ReadAsync<AnnounceDialogueResponse>(response);
        created.Slug.Should().Be("trygghet-i-backegarden-olmbrotorp");
        created.Status.Should().Be(DialogueStatus.Draft);
        response.Headers.Location!.ToString().Should().Be($"/api/dialogues/{created.Id}", "a resource has one path shape: by id");
    }

    [Test]
    public async Task A_draft_is_not_shown_to_the_public()
    {
        var created = await Scenario.Dialogue(Official).InStageAsync(Stage.Draft);

        (await Client.GetAsync($"/api/dialogue-slugs/{created.Slug}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var page = await ReadAsync<DialoguePage>(await Client.GetAsync("/api/dialogues"));
        page.TotalCount.Should().Be(0);
    }

    [Test]
    public async Task Two_dialogues_with_the_same_title_get_different_slugs()
    {
        var first = await Scenario.Dialogue(Official).InStageAsync(Stage.Draft);
        var second = await Scenario.Dialogue(Official).InStageAsync(Stage.Draft);
        var third = await Scenario.Dialogue(Official).InStageAsync(Stage.Draft);

        new[] { first.Slug, second.Slug, third.Slug }.Should().Equal(
            "ny-skatepark-vid-skranta", "ny-skatepark-vid-skranta-2", "ny-skatepark-vid-skranta-3");
    }

    [Test]
    public async Task Missing_required_fields_are_named_one_by_one()
    {
        var response = await PostJsonAsync("{}");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await ReadProblemAsync(response);
        problem.Errors!.Keys.Should().Contain(["title", "summary", "question", "committee", "forms", "opensAt", "closesAt"]);
        problem.TraceId.Should().NotBeNullOrEmpty();
        problem.Type.Should().NotBeNullOrEmpty();
    }

    [Test]
    public async Task An_over_long_title_is_refused()
    {
        var command = Requests.Announcement(new string('a', DialogueLimits.Title + 1));

        var problem = await ReadProblemAsync(await Official.PostAsJsonAsync("/api/dialogues", command, Json));

        problem.Status.Should().Be(400);
        problem.Errors.Should().ContainKey("title");
    }

    [Test]
    public async Task A_closing_time_before_the_opening_time_is_refused()
    {
        var command = Requests.Announcement() with { ClosesAt = new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero) };

        var problem = await ReadProblemAsync(await Official.PostAsJsonAsync("/api/dialogues", command, Json));

        problem.Status.Should().Be(400);
        problem.Errors!["closesAt"].Should().Contain("The closing time must be after the opening time.");
    }

    [Test]
    public async Task A_planned_decision_before_the_dialogue_closes_is_refused()
    {
        var command = Requests.Announcement() with { PlannedDecisionDate = new DateOnly(2026, 12, 2) };

        var problem = await ReadProblemAsync(await Official.PostAsJsonAsync("/api/dialogues", command, Json));

        problem.Errors.Should().ContainKey("plannedDecisionDate");
    }

    [Test]
    public async Task A_place_without_a_name_or_with_a_bad_link_is_named_by_its_position()
    {
        var command = Requests.Announcement() with
        {
            Places = [new PlaceInput("Folkets hus", null, null, null), new PlaceInput("", null, "javascript:alert(1)", null)],
        };

        var problem = await ReadProblemAsync(await Official.PostAsJsonAsync("/api/dialogues", command, Json));

        problem.Errors!.Keys.Should().BeEquivalentTo("places[1].name", "places[1].url");
    }

    [Test]
    public async Task An_unknown_field_is_refused_and_named()
    {
        var json = """{"title":"x","isAdmin":true}""";

        var problem = await ReadProblemAsync(await PostJsonAsync(json));

        problem.Status.Should().Be(400);
        problem.Errors.Should().ContainKey("isAdmin");
    }

    [Test]
    public async Task A_form_that_is_not_on_the_list_is_refused()
    {
        var json = """{"title":"x","forms":["townHallShouting"]}""";

        var problem = await ReadProblemAsync(await PostJsonAsync(json));

        problem.Status.Should().Be(400);
        problem.Errors.Should().ContainKey("forms[0]");
    }

    [Test]
    public async Task Invalid_json_is_a_clear_400_and_never_a_stack_trace()
    {
        var response = await PostJsonAsync("{\"title\": ");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var body = await response.Content.ReadAsStringAsync();
        body.Should().NotContain(" at Medborgardialog").And.NotContain("Exception");
        (await ReadProblemAsync(response)).Title.Should().NotBeNullOrEmpty();
    }

    [Test]
    public async Task A_body_that_is_not_json_is_refused_with_415()
    {
        var response = await Official.PostAsync("/api/dialogues", new StringContent("title=x", Encoding.UTF8, "application/x-www-form-urlencoded"));

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        (await ReadProblemAsync(response)).Status.Should().Be(415);
    }

    private Task<HttpResponseMessage> PostJsonAsync(string json) =>
        Official.PostAsync("/api/dialogues", new StringContent(json, Encoding.UTF8, "application/json"));
}
