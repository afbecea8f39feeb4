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
        await Dialogues.Dialogues.AnnounceAndPublishAsync(Official, Dialogues.Dialogues.Announcement("Första"));
        Factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await Dialogues.Dialogues.AnnounceAsync(Official, Dialogues.Dialogues.Announcement("Utkast"));
        var cancelled = await Dialogues.Dialogues.AnnounceAndPublishAsync(Official, Dialogues.Dialogues.Announcement("Andra"));
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
}
