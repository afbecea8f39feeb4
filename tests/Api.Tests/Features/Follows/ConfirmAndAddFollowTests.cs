using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Features.Follows;
using Medborgardialog.Api.Features.Follows.Common;
using Medborgardialog.Api.Infrastructure.Persistence;
using Medborgardialog.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Medborgardialog.Api.Tests.Features.Follows;

/// <summary>The confirmation link and the manage page's "follow more" answer with the follow (they once failed with 500:
/// the follow was picked after the DTO projection, which EF cannot translate).</summary>
public sealed partial class ConfirmAndAddFollowTests : ApiTest
{
    [Test]
    public async Task A_follow_confirmed_from_its_mail_is_answered_with_the_follow_and_the_manage_token_and_once_only()
    {
        var dialogue = await Scenario.Dialogue(Official).InStageAsync(Stage.Announced);
        (await Client.PostAsJsonAsync("/api/follows", new { email = "anna@exempel.se", consent = true, dialogueId = dialogue.Id }, Json))
            .StatusCode.Should().Be(HttpStatusCode.Accepted);
        var token = ConfirmLink().Match(await ConfirmationMailAsync("anna@exempel.se")).Groups[1].Value;

        var confirmed = await Client.PostAsJsonAsync("/api/follow-confirmations", new { token }, Json);

        confirmed.StatusCode.Should().Be(HttpStatusCode.OK);
        var answer = await ReadAsync<ConfirmFollowResponse>(confirmed);
        answer.Follow.Confirmed.Should().BeTrue();
        answer.Follow.Dialogue!.Id.Should().Be(dialogue.Id);
        (await Client.GetAsync($"/api/followers/{answer.FollowerToken}")).StatusCode.Should().Be(HttpStatusCode.OK);
        var again = await Client.PostAsJsonAsync("/api/follow-confirmations", new { token }, Json);
        again.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await ReadProblemAsync(again)).Code.Should().Be("follow.alreadyConfirmed");
    }

    [Test]
    public async Task Following_new_dialogues_from_the_manage_page_is_answered_with_the_new_follow()
    {
        var dialogue = await Scenario.Dialogue(Official).InStageAsync(Stage.Announced);
        await Client.PostAsJsonAsync("/api/follows", new { email = "bo@exempel.se", consent = true, dialogueId = dialogue.Id }, Json);
        var token = ConfirmLink().Match(await ConfirmationMailAsync("bo@exempel.se")).Groups[1].Value;
        var follower = (await ReadAsync<ConfirmFollowResponse>(await Client.PostAsJsonAsync("/api/follow-confirmations", new { token }, Json))).FollowerToken;

        var added = await Client.PostAsJsonAsync($"/api/followers/{follower}/follows", new { newDialogues = true, topic = " Trafik " }, Json);

        added.StatusCode.Should().Be(HttpStatusCode.Created);
        var follow = await ReadAsync<FollowDto>(added);
        follow.Scope.Should().Be(FollowScope.NewDialogues);
        follow.Topic.Should().Be("trafik");
        follow.Confirmed.Should().BeTrue();
    }

    private static async Task<string> ConfirmationMailAsync(string email)
    {
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.OutgoingEmails.Where(e => e.ToAddress == email && e.Kind == OutgoingEmail.FollowConfirmationKind).Select(e => e.Body).SingleAsync();
    }

    [GeneratedRegex(@"/folj/bekrafta/([A-Za-z0-9_-]+)")]
    private static partial Regex ConfirmLink();
}
