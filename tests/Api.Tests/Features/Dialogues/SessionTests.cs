using System.Net;
using System.Net.Http.Json;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Features.Dialogues;
using Medborgardialog.Api.Tests.Infrastructure;

namespace Medborgardialog.Api.Tests.Features.Dialogues;

/// <summary>Sessions (meetings, walks, pop-ups) with accessibility and capacity; sign-up without an account; calendar files.</summary>
public sealed class SessionTests : ApiTest
{
    private static readonly DateTimeOffset MeetingStart = new(2026, 12, 10, 17, 0, 0, TimeSpan.Zero);

    private static AddSessionRequest Meeting(int? capacity = 2, bool signUp = true) => new(
        DialogueForm.OpenMeeting,
        "Öppet möte i Folkets hus",
        MeetingStart,
        MeetingStart.AddHours(2),
        "Folkets hus, stora salen",
        "Kungsvägen 32, Karlskoga",
        null,
        new SessionAccessibilityInput(true, true, "arabiska, somaliska", true, "Parkering för rörelsehindrade vid entrén."),
        capacity,
        signUp);

    [Test]
    public async Task A_session_is_shown_on_the_dialogue_page_with_its_accessibility_and_places_left()
    {
        var dialogue = await Scenario.Dialogue(Official).InStageAsync(Stage.Announced);

        var added = await Official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/sessions", Meeting(), Json);

        added.StatusCode.Should().Be(HttpStatusCode.Created);
        var details = await ReadAsync<DialogueDetails>(await Client.GetAsync($"/api/dialogue-slugs/{dialogue.Slug}"));
        var session = details.Sessions.Should().ContainSingle().Subject;
        session.Title.Should().Be("Öppet möte i Folkets hus");
        session.Accessibility.Should().Be(new SessionAccessibilityDto(true, true, "arabiska, somaliska", true, "Parkering för rörelsehindrade vid entrén."));
        session.Capacity.Should().Be(2);
        session.PlacesLeft.Should().Be(2);
    }

    [Test]
    public async Task A_resident_signs_up_without_an_account_until_the_session_is_full()
    {
        var dialogue = await Scenario.Dialogue(Official).InStageAsync(Stage.Announced);
        var session = await ReadAsync<AddSessionResponse>(await Official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/sessions", Meeting(capacity: 3), Json));

        var two = await Client.PostAsJsonAsync($"/api/sessions/{session.Id}/sign-ups", new { people = 2 });
        var twoMore = await Client.PostAsJsonAsync($"/api/sessions/{session.Id}/sign-ups", new { people = 2 });
        var last = await Client.PostAsJsonAsync($"/api/sessions/{session.Id}/sign-ups", new { people = 1 });
        var full = await Client.PostAsJsonAsync($"/api/sessions/{session.Id}/sign-ups", new { people = 1 });

        (await ReadAsync<SignUpForSessionResponse>(two)).PlacesLeft.Should().Be(1);
        twoMore.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await ReadProblemAsync(twoMore)).Detail.Should().Be("Only 1 place is left.");
        (await ReadAsync<SignUpForSessionResponse>(last)).PlacesLeft.Should().Be(0);
        (await ReadProblemAsync(full)).Detail.Should().Be("The session is full.");
    }

    [Test]
    public async Task Concurrent_sign_ups_never_take_more_places_than_there_are()
    {
        var dialogue = await Scenario.Dialogue(Official).InStageAsync(Stage.Announced);
        var session = await ReadAsync<AddSessionResponse>(await Official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/sessions", Meeting(capacity: 5), Json));

        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ =>
            Factory.CreateClient().PostAsJsonAsync($"/api/sessions/{session.Id}/sign-ups", new { people = 1 })));

        responses.Count(r => r.StatusCode == HttpStatusCode.OK).Should().BeLessThanOrEqualTo(5);
        responses.Should().OnlyContain(r => r.StatusCode == HttpStatusCode.OK || r.StatusCode == HttpStatusCode.Conflict);
        var details = await ReadAsync<DialogueDetails>(await Client.GetAsync($"/api/dialogue-slugs/{dialogue.Slug}"));
        details.Sessions.Single().SignUpCount.Should().Be(responses.Count(r => r.StatusCode == HttpStatusCode.OK));
    }

    [Test]
    public async Task A_session_ending_before_it_starts_or_without_place_or_link_is_refused()
    {
        var dialogue = await Scenario.Dialogue(Official).InStageAsync(Stage.Announced);

        var backwards = await Official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/sessions",
            Meeting() with { EndsAt = MeetingStart.AddHours(-1) }, Json);
        var nowhere = await Official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/sessions",
            Meeting() with { PlaceName = null, OnlineUrl = null }, Json);
        var signUpWithoutCapacity = await Official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/sessions",
            Meeting(capacity: null, signUp: true), Json);

        (await ReadProblemAsync(backwards)).Errors!["endsAt"].Should().Contain("A session must end after it starts.");
        (await ReadProblemAsync(nowhere)).Errors.Should().ContainKey("placeName");
        (await ReadProblemAsync(signUpWithoutCapacity)).Errors.Should().ContainKey("capacity");
    }

    [Test]
    public async Task A_session_cannot_be_added_after_the_dialogue_closed()
    {
        var dialogue = await Scenario.Dialogue(Official).InStageAsync(Stage.Announced);
        await Official.PostAsync($"/api/dialogues/{dialogue.Id}/open", null);
        await Official.PostAsync($"/api/dialogues/{dialogue.Id}/close", null);

        var response = await Official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/sessions", Meeting(), Json);

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await ReadProblemAsync(response)).Detail.Should().Be("Sessions can only be added while the dialogue has not closed.");
    }

    [Test]
    public async Task Signing_up_for_an_unknown_session_is_404_and_for_zero_people_400()
    {
        var unknown = await Client.PostAsJsonAsync($"/api/sessions/{Guid.NewGuid()}/sign-ups", new { people = 1 });
        var zero = await Client.PostAsJsonAsync($"/api/sessions/{Guid.NewGuid()}/sign-ups", new { people = 0 });

        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await ReadProblemAsync(zero)).Errors.Should().ContainKey("people");
    }

    [Test]
    public async Task A_session_downloads_as_an_icalendar_file_and_the_feed_lists_every_public_session()
    {
        var dialogue = await Scenario.Dialogue(Official).InStageAsync(Stage.Announced);
        var session = await ReadAsync<AddSessionResponse>(await Official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/sessions", Meeting(), Json));
        var draft = await Scenario.Dialogue(Official).Announcing(Requests.Announcement("Hemligt utkast")).InStageAsync(Stage.Draft);
        await Official.PostAsJsonAsync($"/api/dialogues/{draft.Id}/sessions", Meeting() with { Title = "Utkastets möte" }, Json);

        var single = await Client.GetAsync($"/api/calendar/sessions/{session.Id}.ics");
        var feed = await Client.GetStringAsync("/api/calendar/sessions.ics");

        single.Content.Headers.ContentType!.MediaType.Should().Be("text/calendar");
        var ics = await single.Content.ReadAsStringAsync();
        ics.Should().StartWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").And.EndWith("END:VCALENDAR\r\n");
        ics.Should().Contain("DTSTART:20261210T170000Z\r\n").And.Contain("DTEND:20261210T190000Z\r\n");
        ics.Should().Contain("SUMMARY:Öppet möte i Folkets hus\r\n");
        ics.Should().Contain("LOCATION:Folkets hus\\, stora salen\\, Kungsvägen 32\\, Karlskoga");
        ics.Split("\r\n").Should().OnlyContain(line => System.Text.Encoding.UTF8.GetByteCount(line) <= 75);
        feed.Should().Contain("Öppet möte i Folkets hus").And.NotContain("Utkastets möte");
    }
}
