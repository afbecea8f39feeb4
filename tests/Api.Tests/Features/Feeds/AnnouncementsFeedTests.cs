using System.Net.Http.Json;
using System.Xml.Linq;

using Medborgardialog.Api.Tests.Infrastructure;

namespace Medborgardialog.Api.Tests.Features.Feeds;

public sealed class AnnouncementsFeedTests : ApiTest
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Test]
    public async Task The_atom_feed_lists_announced_dialogues_newest_first_and_never_drafts()
    {
        await Scenario.Dialogue(Official).Announcing(Requests.Announcement("Första")).InStageAsync(Stage.Announced);
        Factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await Scenario.Dialogue(Official).Announcing(Requests.Announcement("Utkast")).InStageAsync(Stage.Draft);
        var cancelled = await Scenario.Dialogue(Official).Announcing(Requests.Announcement("Andra")).InStageAsync(Stage.Announced);
        await Official.PostAsJsonAsync($"/api/dialogues/{cancelled.Id}/cancel", new { reason = "Beslutet togs i budgeten." });

        var response = await Client.GetAsync("/api/feeds/dialogues.atom");

        response.Content.Headers.ContentType!.MediaType.Should().Be("application/atom+xml");
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        feed.Name.Should().Be(Atom + "feed");
        var entries = feed.Elements(Atom + "entry").ToList();
        entries.Select(e => e.Element(Atom + "title")!.Value).Should().Equal("Inställd: Andra", "Första");
        entries[0].Element(Atom + "summary")!.Value.Should().Be("Dialogen är inställd: Beslutet togs i budgeten.");
        entries[1].Element(Atom + "link")!.Attribute("href")!.Value.Should().EndWith("/dialoger/forsta");
        entries[1].Element(Atom + "summary")!.Value.Should().Contain("Pågår 1 december 2026–31 december 2026");
    }

    [Test]
    public async Task Announcements_and_feedback_are_one_stream_newest_first()
    {
        var first = await Scenario.Dialogue(Official).InStageAsync(Stage.Open); // "Ny skatepark vid Skranta", announced at the start
        Factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await Scenario.Dialogue(Official).Announcing(Requests.Announcement("Andra")).InStageAsync(Stage.Announced);
        Factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await Scenario.CloseAsync(Official, first.Id);
        (await Official.PostAsJsonAsync($"/api/dialogues/{first.Id}/decision", Requests.Decision(), Json)).EnsureSuccessStatusCode();
        (await Official.PostAsJsonAsync($"/api/dialogues/{first.Id}/feedback", Requests.Feedback(), Json)).EnsureSuccessStatusCode();
        Factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await Scenario.Dialogue(Official).Announcing(Requests.Announcement("Tredje")).InStageAsync(Stage.Announced);

        var feed = XDocument.Parse(await Client.GetStringAsync("/api/feeds/dialogues.atom")).Root!;

        feed.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value).Should().Equal(
            "Tredje", "Återkoppling: Ny skatepark vid Skranta", "Andra", "Ny skatepark vid Skranta");
        feed.Element(Atom + "updated")!.Value.Should().Be(TestClock.Start.AddMinutes(3).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
    }
}
