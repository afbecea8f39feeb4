using Medborgardialog.Api.Domain;

namespace Medborgardialog.Api.Tests.Domain;

public sealed class SlugTests
{
    [TestCase("Ny skatepark vid Skranta", "ny-skatepark-vid-skranta")]
    [TestCase("Åtgärder för Öjeparken – är det läge?", "atgarder-for-ojeparken-ar-det-lage")]
    [TestCase("  Café & kök 2027!  ", "cafe-kok-2027")]
    [TestCase("!!!", "dialog")]
    public void A_slug_is_lower_case_ascii_with_dashes(string title, string expected) =>
        Slug.From(title).Should().Be(expected);

    [Test]
    public void A_slug_is_never_longer_than_asked() =>
        Slug.From(new string('a', 500), 80).Length.Should().BeLessThanOrEqualTo(80);
}
