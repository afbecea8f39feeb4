using System.Net;
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
        var dialogue = await Loop.OpenAsync(Official);

        var opinion = await Client.PostAsync($"/api/dialogues/{dialogue.Id}/opinions",
            new StringContent("{\"text\":\"Skranta\\u0000park\",\"consentToFeedback\":false}", Encoding.UTF8, "application/json"));
        var theme = await Official.PostAsync($"/api/dialogues/{dialogue.Id}/themes",
            new StringContent("{\"name\":\"a\\u0000b\"}", Encoding.UTF8, "application/json"));
        var search = await Client.GetAsync("/api/dialogues?q=%00");

        opinion.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ReadProblemAsync(opinion)).Errors.Should().ContainKey("opinion.text");
        theme.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        search.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }
}
