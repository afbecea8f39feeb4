using System.Net;
using System.Net.Http.Json;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Features.Dialogues;
using Medborgardialog.Api.Features.Officials;
using Medborgardialog.Api.Infrastructure.Auth;
using Medborgardialog.Api.Tests.Infrastructure;

namespace Medborgardialog.Api.Tests.Features.Dialogues;

/// <summary>The complete dialogue: facts, districts, responsible officials; editing until it closes; announcing only when complete.</summary>
public sealed class EditDialogueTests : ApiTest
{
    private static EditDialogueRequest Edit(AnnounceDialogueRequest from) => new(
        from.Title, from.Summary, from.Question, from.Committee, from.CaseNumber, from.PlannedDecisionDate,
        from.Forms, from.TargetGroups, from.Places, from.OpensAt, from.ClosesAt, from.Topics, from.Districts,
        from.ParticipationLevel, from.EasyReadText, from.FactLinks, from.IsYouthDialogue, from.ResponsibleOfficialIds);

    [Test]
    public async Task A_complete_dialogue_shows_its_facts_districts_and_responsible_officials()
    {
        using var admin = await Staff.SignedInAsync(Factory, Roles.Administrator);
        var official = await ReadAsync<AddElectedOfficialResponse>(await admin.PostAsJsonAsync("/api/officials", new AddElectedOfficialRequest(
            "Eva Ek", "Exempelpartiet", "Ordförande i kultur- och fritidsnämnden", ["Kultur- och fritidsnämnden"],
            "eva.ek@karlskoga.se", "0586-610 00", "Tisdagar 16–17 i stadshuset"), Json));
        var command = Requests.Announcement() with
        {
            Topics = ["skatepark", "fritid"],
            Districts = ["skranta", "centrum"],
            ParticipationLevel = ParticipationLevel.Dialogue,
            EasyReadText = "Kommunen vill bygga en skatepark. Vad tycker du?",
            FactLinks = [new FactLinkInput("Förstudie (PDF)", "https://www.karlskoga.se/forstudie.pdf")],
            IsYouthDialogue = true,
            ResponsibleOfficialIds = [official.Id],
        };

        var created = await Scenario.Dialogue(Official).Announcing(command).InStageAsync(Stage.Announced);

        var details = await ReadAsync<DialogueDetails>(await Client.GetAsync($"/api/dialogue-slugs/{created.Slug}"));
        details.Topics.Should().Equal("skatepark", "fritid");
        details.Districts.Should().Equal(new DistrictDto("centrum", "Centrum"), new DistrictDto("skranta", "Skranta"));
        details.ParticipationLevel.Should().Be(ParticipationLevel.Dialogue);
        details.EasyReadText.Should().Be("Kommunen vill bygga en skatepark. Vad tycker du?");
        details.FactLinks.Should().Equal(new FactLinkDto("Förstudie (PDF)", "https://www.karlskoga.se/forstudie.pdf"));
        details.IsYouthDialogue.Should().BeTrue();
        details.ResponsibleOfficials.Should().ContainSingle().Which.Should().Be(new ResponsibleOfficialDto(
            official.Id, "Eva Ek", "Exempelpartiet", "Ordförande i kultur- och fritidsnämnden", "eva.ek@karlskoga.se", "0586-610 00", "Tisdagar 16–17 i stadshuset"));
        var directory = await ReadAsync<List<ElectedOfficialDto>>(await Client.GetAsync("/api/officials"));
        directory.Single().Dialogues.Should().Equal(new OfficialDialogueDto(created.Slug, "Ny skatepark vid Skranta", DialogueStatus.Announced));
    }

    [Test]
    public async Task An_unknown_district_or_official_is_a_field_error()
    {
        var command = Requests.Announcement() with { Districts = ["centrum", "atlantis"], ResponsibleOfficialIds = [Guid.NewGuid()] };

        var problem = await ReadProblemAsync(await Official.PostAsJsonAsync("/api/dialogues", command, Json));

        problem.Errors!.Keys.Should().BeEquivalentTo("districts[1]", "responsibleOfficialIds[0]");
    }

    [Test]
    public async Task A_draft_is_edited_and_the_answer_warns_about_too_few_forms()
    {
        var created = await Scenario.Dialogue(Official).InStageAsync(Stage.Draft);
        var changed = Edit(Requests.Announcement()) with { Title = "Skatepark vid Skranta – ny version", Forms = [DialogueForm.Survey] };

        var response = await Official.PutAsJsonAsync($"/api/dialogues/{created.Id}", changed, Json);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var edited = await ReadAsync<EditDialogueResponse>(response);
        edited.Warnings.Should().Contain(DialogueWarning.FewerThanTwoForms);
        var rows = await ReadAsync<List<StaffDialogueRow>>(await Official.GetAsync("/api/staff/dialogues?mine=true"));
        rows.Single().Title.Should().Be("Skatepark vid Skranta – ny version");
        var draft = await ReadAsync<DialogueDetails>(await Official.GetAsync($"/api/staff/dialogues/{created.Id}"));
        draft.Status.Should().Be(DialogueStatus.Draft);
        draft.Forms.Should().Equal(DialogueForm.Survey);
    }

    [Test]
    public async Task Editing_a_closed_dialogue_is_refused()
    {
        var created = await Scenario.Dialogue(Official).InStageAsync(Stage.Announced);
        await Official.PostAsync($"/api/dialogues/{created.Id}/open", null);
        await Official.PostAsync($"/api/dialogues/{created.Id}/close", null);

        var response = await Official.PutAsJsonAsync($"/api/dialogues/{created.Id}", Edit(Requests.Announcement()), Json);

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await ReadProblemAsync(response)).Detail.Should().Be("The dialogue has closed and can no longer be edited.");
    }

    [Test]
    public async Task An_open_dialogue_cannot_move_its_opening_time()
    {
        var created = await Scenario.Dialogue(Official).InStageAsync(Stage.Announced);
        await Official.PostAsync($"/api/dialogues/{created.Id}/open", null);
        var moved = Edit(Requests.Announcement()) with { OpensAt = new DateTimeOffset(2026, 12, 2, 8, 0, 0, TimeSpan.Zero) };

        var response = await Official.PutAsJsonAsync($"/api/dialogues/{created.Id}", moved, Json);

        (await ReadProblemAsync(response)).Detail.Should().Be("The dialogue is already open; its opening time cannot change.");
    }

    [Test]
    public async Task Announcing_without_a_place_or_session_is_refused_with_what_is_missing_until_a_session_is_added()
    {
        var created = await Scenario.Dialogue(Official).Announcing(Requests.Announcement() with { Places = [] }).InStageAsync(Stage.Draft);

        var refused = await Official.PostAsync($"/api/dialogues/{created.Id}/publish", null);
        var rows = await ReadAsync<List<StaffDialogueRow>>(await Official.GetAsync("/api/staff/dialogues?status=draft"));
        await Official.PostAsJsonAsync($"/api/dialogues/{created.Id}/sessions", new AddSessionRequest(
            DialogueForm.PopUp, "Pop-up på torget", new DateTimeOffset(2026, 12, 5, 10, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 12, 5, 14, 0, 0, TimeSpan.Zero), "Stora torget", null, null, null, null, false), Json);
        var accepted = await Official.PostAsync($"/api/dialogues/{created.Id}/publish", null);

        refused.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var body = await refused.Content.ReadFromJsonAsync<IncompleteBody>(Json);
        body!.Title.Should().Be("The dialogue is not complete.");
        body.Missing.Should().Equal(AnnouncementGap.Place);
        body.Code.Should().Be("dialogue.incomplete");
        rows.Single().MissingForAnnouncement.Should().Equal(AnnouncementGap.Place);
        rows.Single().AllowedActions.Should().Equal(DialogueAction.Edit, DialogueAction.Publish, DialogueAction.Cancel);
        accepted.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task The_public_directory_never_holds_a_private_address()
    {
        using var admin = await Staff.SignedInAsync(Factory, Roles.Administrator);

        var response = await admin.PostAsJsonAsync("/api/officials", new AddElectedOfficialRequest(
            "Per Persson", "Exempelpartiet", "Ledamot", [], "per.privat@gmail.com", null, null), Json);

        (await ReadProblemAsync(response)).Errors.Should().ContainKey("publicEmail");
    }

    [Test]
    public async Task The_districts_are_a_managed_list()
    {
        var districts = await ReadAsync<List<DistrictDto>>(await Client.GetAsync("/api/districts"));

        districts.Should().Contain(new DistrictDto("backegarden", "Bäckegården"));
        districts[0].Should().Be(new DistrictDto("hela-kommunen", "Hela kommunen"));
    }

    private sealed record IncompleteBody(string Title, string Detail, string Code, List<AnnouncementGap> Missing);
}
