using System.Net;
using Medborgardialog.Api.Features.Dialogues;
using Medborgardialog.Api.Tests.Infrastructure;

namespace Medborgardialog.Api.Tests.Features.Dialogues;

public sealed class ListDialoguesTests : ApiTest
{
    [Test]
    public async Task The_public_list_shows_published_dialogues_newest_first()
    {
        await Scenario.Dialogue(Official).Announcing(Requests.Announcement("Första dialogen")).InStageAsync(Stage.Announced);
        Factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await Scenario.Dialogue(Official).Announcing(Requests.Announcement("Ett utkast")).InStageAsync(Stage.Draft);
        Factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await Scenario.Dialogue(Official).Announcing(Requests.Announcement("Andra dialogen")).InStageAsync(Stage.Announced);

        var page = await ReadAsync<DialoguePage>(await Client.GetAsync("/api/dialogues"));

        page.TotalCount.Should().Be(2);
        page.Items.Select(d => d.Title).Should().Equal("Andra dialogen", "Första dialogen");
        page.Items[0].Forms.Should().NotBeEmpty();
    }

    [Test]
    public async Task The_list_comes_a_page_at_a_time()
    {
        for (var i = 1; i <= 5; i++)
        {
            await Scenario.Dialogue(Official).Announcing(Requests.Announcement($"Dialog {i}")).InStageAsync(Stage.Announced);
            Factory.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var second = await ReadAsync<DialoguePage>(await Client.GetAsync("/api/dialogues?page=2&pageSize=2"));

        second.TotalCount.Should().Be(5);
        second.Page.Should().Be(2);
        second.Items.Select(d => d.Title).Should().Equal("Dialog 3", "Dialog 2");
    }

    [TestCase("page=0", "page")]
    [TestCase("pageSize=0", "pageSize")]
    [TestCase("pageSize=101", "pageSize")]
    public async Task Paging_outside_the_limits_is_refused(string query, string field)
    {
        var response = await Client.GetAsync($"/api/dialogues?{query}");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ReadProblemAsync(response)).Errors.Should().ContainKey(field);
    }

    [Test]
    public async Task A_page_number_that_is_not_a_number_is_a_400()
    {
        var response = await Client.GetAsync("/api/dialogues?page=abc");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ReadProblemAsync(response)).Status.Should().Be(400);
    }
}
