using System.Net;
using System.Net.Http.Json;
using System.Text;
using Medborgardialog.Api.Features.Opinions;
using Medborgardialog.Api.Infrastructure.Persistence;
using Medborgardialog.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Medborgardialog.Api.Tests.Features.Opinions;

/// <summary>Writes that survive flaky networks and abuse: Idempotency-Key, size limits, unknown fields.</summary>
public sealed class WriteProtectionTests : ApiTest
{
    private Guid _dialogueId;

    [SetUp]
    public async Task OpenDialogueAsync()
    {
        var dialogue = await Scenario.Dialogue(Official).InStageAsync(Stage.Announced);
        await Official.PostAsync($"/api/dialogues/{dialogue.Id}/open", null);
        _dialogueId = dialogue.Id;
    }

    private Task<HttpResponseMessage> SubmitAsync(string text, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/dialogues/{_dialogueId}/opinions")
        {
            Content = JsonContent.Create(new { text, answers = (object?)null, background = (object?)null, feedbackEmail = (string?)null, consentToFeedback = false }, options: Json),
        };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return Client.SendAsync(request);
    }

    private static async Task<int> OpinionCountAsync()
    {
        using var scope = Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Opinions.CountAsync();
    }

    [Test]
    public async Task A_retry_with_the_same_key_and_body_gets_the_same_receipt_and_adds_nothing()
    {
        var first = await SubmitAsync("Bygg en bowl", "key-1");
        var retry = await SubmitAsync("Bygg en bowl", "key-1");

        first.StatusCode.Should().Be(HttpStatusCode.Created);
        retry.StatusCode.Should().Be(HttpStatusCode.Created);
        (await ReadAsync<SubmitOpinionResponse>(retry)).Should().Be(await ReadAsync<SubmitOpinionResponse>(first));
        (await OpinionCountAsync()).Should().Be(1);
    }

    [Test]
    public async Task The_same_key_with_another_body_is_refused_with_422()
    {
        await SubmitAsync("Bygg en bowl", "key-2");

        var other = await SubmitAsync("Bygg något annat", "key-2");

        other.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await ReadProblemAsync(other)).Detail.Should().Contain("already used with a different request");
        (await OpinionCountAsync()).Should().Be(1);
    }

    [Test]
    public async Task Racing_retries_with_one_key_store_one_opinion_and_all_get_its_receipt()
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => SubmitAsync("Samtidigt", "key-race")));

        responses.Select(r => r.StatusCode).Should().AllBeEquivalentTo(HttpStatusCode.Created);
        var receipts = await Task.WhenAll(responses.Select(ReadAsync<SubmitOpinionResponse>));
        receipts.Select(r => r.OpinionId).Distinct().Should().ContainSingle();
        (await OpinionCountAsync()).Should().Be(1);
    }

    [Test]
    public async Task Without_a_key_each_request_is_a_new_opinion()
    {
        await SubmitAsync("Ett", null);
        await SubmitAsync("Ett", null);

        (await OpinionCountAsync()).Should().Be(2);
    }

    [Test]
    public async Task Text_over_the_length_limit_and_unknown_fields_are_refused()
    {
        var tooLong = await SubmitAsync(new string('a', 5001), null);
        var unknown = await Client.PostAsync($"/api/dialogues/{_dialogueId}/opinions",
            new StringContent("{\"text\":\"hej\",\"consentToFeedback\":false,\"isApproved\":true}", Encoding.UTF8, "application/json"));

        (await ReadProblemAsync(tooLong)).Errors.Should().ContainKey("text");
        (await ReadProblemAsync(unknown)).Errors.Should().ContainKey("isApproved");
        (await OpinionCountAsync()).Should().Be(0);
    }
}
