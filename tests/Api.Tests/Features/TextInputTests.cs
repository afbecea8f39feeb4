using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using System.Text;
using Medborgardialog.Api.Tests.Features.Feedback;
using Medborgardialog.Api.Tests.Infrastructure;

namespace Medborgardialog.Api.Tests.Features;

/// <summary>Texts PostgreSQL cannot store are invalid input, wherever they come in (found by the contract fuzz).</summary>
public sealed class TextInputTests : ApiTest
{
    [Test]
    public async Task A_text_with_a_NUL_character_is_a_400_naming_the_field_not_a_500()
    {
        var dialogue = await Scenario.Dialogue(Official).InStageAsync(Stage.Open);

        var opinion = await Client.PostAsync($"/api/dialogues/{dialogue.Id}/opinions",
            new StringContent("{\"text\":\"Skranta\\u0000park\",\"consentToFeedback\":false}", Encoding.UTF8, "application/json"));
        var theme = await Official.PostAsync($"/api/dialogues/{dialogue.Id}/themes",
            new StringContent("{\"name\":\"a\\u0000b\"}", Encoding.UTF8, "application/json"));
        var search = await Client.GetAsync("/api/dialogues?q=%00");

        opinion.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ReadProblemAsync(opinion)).Errors.Should().ContainKey("text");
        theme.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        search.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ReadProblemAsync(search)).FieldErrors.Should().ContainSingle().Which.Code.Should().Be("invalidCharacter");
    }

    [Test]
    public async Task A_title_with_a_control_character_is_refused_so_the_public_feed_keeps_answering()
    {
        var refused = await Official.PostAsJsonAsync("/api/dialogues", Requests.Announcement("Skate\u0001park"), Json);
        var tabsAndLines = await Official.PostAsJsonAsync("/api/dialogues", Requests.Announcement("Skatepark") with
        {
            Summary = "Rad ett.\r\nRad två,\tmed tabb.",
        }, Json);

        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await ReadProblemAsync(refused);
        problem.FieldErrors.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Field = "title", Code = "invalidCharacter" });
        tabsAndLines.StatusCode.Should().Be(HttpStatusCode.Created, "tabs and line breaks are ordinary text");
        (await Client.GetAsync("/api/feeds/dialogues.atom")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task A_title_stored_with_a_control_character_before_the_rule_does_not_take_the_feed_down()
    {
        var dialogue = await Scenario.Dialogue(Official).InStageAsync(Stage.Open);
        using (var scope = Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Medborgardialog.Api.Infrastructure.Persistence.AppDbContext>();
            await db.Database.ExecuteSqlAsync($"UPDATE dialogues SET title = {"Gammal\u0001titel"} WHERE id = {dialogue.Id}");
        }

        var feed = await Client.GetAsync("/api/feeds/dialogues.atom");

        feed.StatusCode.Should().Be(HttpStatusCode.OK);
        (await feed.Content.ReadAsStringAsync()).Should().Contain("Gammaltitel");
    }

    [Test]
    public async Task A_malformed_multipart_body_is_a_400_not_a_500()
    {
        var dialogue = await Scenario.Dialogue(Official).InStageAsync(Stage.Open);
        var body = new StringContent("--b\r\nContent-Disposition: \r\n\r\nx\r\n--b--\r\n", Encoding.UTF8);
        body.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b");

        var official = await Official.PostAsync($"/api/dialogues/{dialogue.Id}/offline-opinions/import?dryRun=false", body);

        official.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ReadProblemAsync(official)).Code.Should().BeOneOf("request.unreadable", "request.invalid");
    }
}
