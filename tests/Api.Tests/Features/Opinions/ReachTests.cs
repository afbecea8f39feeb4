using System.Net.Http.Json;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Features.Opinions;
using Medborgardialog.Api.Tests.Infrastructure;

namespace Medborgardialog.Api.Tests.Features.Opinions;

/// <summary>Reach (Q4): staff see who took part per channel, district, age band and relation, and under-reached groups.</summary>
public sealed class ReachTests : ApiTest
{
    private async Task<Guid> OpenDialogueForAsync(params TargetGroup[] groups)
    {
        var announcement = Requests.Announcement() with { TargetGroups = [.. groups] };
        var dialogue = await Scenario.Dialogue(Official).Announcing(announcement).InStageAsync(Stage.Announced);
        await Official.PostAsync($"/api/dialogues/{dialogue.Id}/open", null);
        return dialogue.Id;
    }

    private async Task OnlineAsync(Guid dialogueId, string? ageBand, string? district = null, string? relation = null)
    {
        var response = await Client.PostAsJsonAsync($"/api/dialogues/{dialogueId}/opinions", new
        {
            text = "Synpunkt", answers = (object?)null, background = new { ageBand, district, relation }, feedbackEmail = (string?)null, consentToFeedback = false,
        }, Json);
        response.EnsureSuccessStatusCode();
    }

    private async Task OfflineAsync(Guid dialogueId, string channel, string? ageBand)
    {
        var response = await Official.PostAsJsonAsync($"/api/dialogues/{dialogueId}/offline-opinions", new
        {
            channel, sessionId = (Guid?)null, text = "Synpunkt", answers = (object?)null, background = new { ageBand, district = (string?)null, relation = (string?)null },
        }, Json);
        response.EnsureSuccessStatusCode();
    }

    [Test]
    public async Task Online_and_offline_opinions_are_counted_alike_per_channel_age_band_and_district()
    {
        var id = await OpenDialogueForAsync(TargetGroup.AllResidents);
        await OnlineAsync(id, "age26To40", "skranta");
        await OnlineAsync(id, null);
        await OfflineAsync(id, "meeting", "age65Plus");
        await OfflineAsync(id, "paper", "age65Plus");

        var reach = await ReadAsync<ReachDto>(await Official.GetAsync($"/api/staff/dialogues/{id}/reach"));

        reach.Total.Should().Be(4);
        reach.Online.Should().Be(2);
        reach.Offline.Should().Be(2);
        reach.ByChannel.Where(c => c.Count > 0).Select(c => (c.Key, c.Count)).Should().BeEquivalentTo(new[] { ("online", 2), ("meeting", 1), ("paper", 1) });
        reach.ByAgeBand.Single(a => a.Key == "age65Plus").Count.Should().Be(2);
        reach.ByAgeBand.Single(a => a.Key == "unknown").Count.Should().Be(1);
        reach.ByDistrict.Single(d => d.Key == "skranta").Should().Be(new ReachCount("skranta", "Skranta", 1));
    }

    [Test]
    public async Task A_clearly_under_reached_target_group_is_flagged_once_there_are_enough_answers()
    {
        var id = await OpenDialogueForAsync(TargetGroup.YoungPeople, TargetGroup.OlderPeople, TargetGroup.PeopleBornAbroad);
        for (var i = 0; i < 9; i++)
        {
            await OnlineAsync(id, "age41To64");
        }

        var early = await ReadAsync<ReachDto>(await Official.GetAsync($"/api/staff/dialogues/{id}/reach"));
        await OnlineAsync(id, "age65Plus");
        var later = await ReadAsync<ReachDto>(await Official.GetAsync($"/api/staff/dialogues/{id}/reach"));

        early.TargetGroups.Should().OnlyContain(g => !g.UnderReached, "nine answers are too few to judge");
        early.TargetGroups.Where(g => g.Measured).Should().OnlyContain(g => g.Assessment == ReachAssessment.TooFewAnswers && g.Basis == ReachBasis.Age, "the page says why, in its own words");
        early.TargetGroups.Single(g => g.Group == TargetGroup.PeopleBornAbroad).Assessment.Should().Be(ReachAssessment.NotAsked);
        var young = later.TargetGroups.Single(g => g.Group == TargetGroup.YoungPeople);
        young.Should().BeEquivalentTo(new { Measured = true, Count = 0, Answered = 10, Share = 0.0, UnderReached = true, Assessment = ReachAssessment.UnderReached });
        later.TargetGroups.Single(g => g.Group == TargetGroup.OlderPeople).UnderReached.Should().BeFalse("10 % is not below half of the expected 20 %");
        later.TargetGroups.Single(g => g.Group == TargetGroup.PeopleBornAbroad).Measured.Should().BeFalse("the background questions do not ask about it");
    }

    [Test]
    public async Task Withdrawn_opinions_are_not_counted_and_the_public_sees_only_the_total()
    {
        var id = await OpenDialogueForAsync(TargetGroup.AllResidents);
        await OnlineAsync(id, "age16To25");
        var response = await Client.PostAsJsonAsync($"/api/dialogues/{id}/opinions", new
        {
            text = "Ångrar mig", answers = (object?)null, background = (object?)null, feedbackEmail = (string?)null, consentToFeedback = false,
        }, Json);
        var receipt = await ReadAsync<SubmitOpinionResponse>(response);
        await Client.PostAsync($"/api/receipts/{receipt.ReceiptToken}/withdraw", null);

        var reach = await ReadAsync<ReachDto>(await Official.GetAsync($"/api/staff/dialogues/{id}/reach"));
        var anonymous = await Client.GetAsync($"/api/staff/dialogues/{id}/reach");

        reach.Total.Should().Be(1);
        anonymous.StatusCode.Should().Be(System.Net.HttpStatusCode.Unauthorized);
    }
}
