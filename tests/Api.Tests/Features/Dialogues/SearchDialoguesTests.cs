using System.Net;
using System.Net.Http.Json;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Features.Dialogues;
using Medborgardialog.Api.Tests.Infrastructure;

namespace Medborgardialog.Api.Tests.Features.Dialogues;

public sealed class SearchDialoguesTests : ApiTest
{
    [Test]
    public async Task Searching_in_swedish_finds_inflected_words()
    {
        await Scenario.Dialogue(Official).Announcing(Requests.Announcement("Ny skatepark vid Skranta")).InStageAsync(Stage.Announced);
        await Scenario.Dialogue(Official).Announcing(Requests.Announcement("Framtidens bibliotek") with
        {
            Summary = "Stadsbiblioteket byggs om.",
            Question = "Vad ska biblioteket erbjuda?",
        }).InStageAsync(Stage.Announced);

        var parks = await ListAsync("q=skateparker");
        var libraries = await ListAsync("q=biblioteken");

        parks.Items.Select(d => d.Title).Should().Equal("Ny skatepark vid Skranta");
        libraries.Items.Select(d => d.Title).Should().Equal("Framtidens bibliotek");
    }

    [Test]
    public async Task Dialogues_can_be_filtered_by_phase_form_and_target_group()
    {
        var open = await Scenario.Dialogue(Official).Announcing(Requests.Announcement("Öppen dialog") with
        {
            Forms = [DialogueForm.DialogueWalk],
            TargetGroups = [TargetGroup.OlderPeople],
        }).InStageAsync(Stage.Announced);
        await Official.PostAsync($"/api/dialogues/{open.Id}/open", null);
        await Scenario.Dialogue(Official).Announcing(Requests.Announcement("Kommande dialog")).InStageAsync(Stage.Announced);
        var cancelled = await Scenario.Dialogue(Official).Announcing(Requests.Announcement("Inställd dialog")).InStageAsync(Stage.Announced);
        await Official.PostAsJsonAsync($"/api/dialogues/{cancelled.Id}/cancel", new { reason = "Inställd." });

        (await ListAsync("phase=open")).Items.Select(d => d.Title).Should().Equal("Öppen dialog");
        (await ListAsync("phase=upcoming")).Items.Select(d => d.Title).Should().Equal("Kommande dialog");
        (await ListAsync("phase=cancelled")).Items.Select(d => d.Title).Should().Equal("Inställd dialog");
        (await ListAsync("form=dialogueWalk")).Items.Select(d => d.Title).Should().Equal("Öppen dialog");
        (await ListAsync("targetGroup=olderPeople&phase=upcoming")).TotalCount.Should().Be(0);
    }

    [Test]
    public async Task Dialogues_can_be_filtered_by_topic_and_district()
    {
        await Scenario.Dialogue(Official).Announcing(Requests.Announcement("Skatepark") with { Topics = ["Fritid"], Districts = ["skranta"] }).InStageAsync(Stage.Announced);
        await Scenario.Dialogue(Official).Announcing(Requests.Announcement("Trafik") with { Topics = ["trafik"], Districts = ["backegarden"] }).InStageAsync(Stage.Announced);

        (await ListAsync("topic=fritid")).Items.Select(d => d.Title).Should().Equal("Skatepark");
        (await ListAsync("district=backegarden")).Items.Select(d => d.Title).Should().Equal("Trafik");
        (await ListAsync("district=skranta&topic=trafik")).TotalCount.Should().Be(0);
    }

    [Test]
    public async Task An_unknown_phase_is_a_400()
    {
        var response = await Client.GetAsync("/api/dialogues?phase=forever");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ReadProblemAsync(response)).Errors!["phase"].Single().Should()
            .Be("'forever' is not one of: upcoming, open, closed, decided, cancelled.");
    }

    [Test]
    public async Task Search_text_with_operators_and_quotes_is_safe()
    {
        await Scenario.Dialogue(Official).InStageAsync(Stage.Announced);

        var response = await Client.GetAsync("/api/dialogues?q=" + Uri.EscapeDataString("\"skatepark' OR 1=1 --&|!:*"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private async Task<DialoguePage> ListAsync(string query)
    {
        var response = await Client.GetAsync($"/api/dialogues?{query}");
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await ReadAsync<DialoguePage>(response);
    }
}
