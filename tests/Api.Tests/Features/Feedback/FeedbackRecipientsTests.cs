using System.Net;
using System.Net.Http.Json;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Features.Feedback;
using Medborgardialog.Api.Infrastructure.Persistence;
using Medborgardialog.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Medborgardialog.Api.Tests.Features.Feedback;

/// <summary>Who is mailed the feedback is who counts in the result (<see cref="Opinion.InResult"/>) and confirmed an
/// address — one rule, in every moderation state and withdrawn, on a real PostgreSQL (the mail is queued by INSERT … SELECT).</summary>
public sealed class FeedbackRecipientsTests : ApiTest
{
    [Test]
    public async Task Feedback_is_mailed_to_every_confirmed_participant_whose_opinion_counts_in_the_result_and_to_no_one_else()
    {
        var dialogue = await Scenario.Dialogue(Official, Client).InStageAsync(Stage.Open);
        var arranged = new List<(Guid Id, ModerationStatus Status)>();
        var withdrawn = await Scenario.OpinionAsync(Client, dialogue.Id, "Jag ångrar mig.", "angrat@example.se");
        await Scenario.ConfirmFeedbackAddressAsync(Factory, Client, "angrat@example.se");
        (await Client.PostAsync($"/api/receipts/{withdrawn.ReceiptToken}/withdraw", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        foreach (var status in ModerationStates.All)
        {
            var email = $"{status.ToString().ToLowerInvariant()}@example.se";
            var confirmed = await Scenario.OpinionAsync(Client, dialogue.Id, $"Synpunkt ({status})", email);
            await Scenario.ConfirmFeedbackAddressAsync(Factory, Client, email);
            var unconfirmed = await Scenario.OpinionAsync(Client, dialogue.Id, $"Synpunkt utan bekräftad adress ({status})", $"obekraftad-{email}");
            arranged.AddRange([(confirmed.OpinionId, status), (unconfirmed.OpinionId, status)]);
        }

        using (var scope = Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            foreach (var (id, status) in arranged)
            {
                ModerationStates.Put(await db.Opinions.SingleAsync(o => o.Id == id), status, [], Factory.Clock.GetUtcNow());
            }

            await db.SaveChangesAsync();
        }

        await Scenario.CloseAsync(Official, dialogue.Id);
        (await Official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/decision", Requests.Decision(), Json)).StatusCode.Should().Be(HttpStatusCode.Created);
        var published = await ReadAsync<PublishFeedbackResponse>(await Official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/feedback", Requests.Feedback(), Json));

        using var after = Factory.Services.CreateScope();
        var mailed = await after.ServiceProvider.GetRequiredService<AppDbContext>().OutgoingEmails
            .Where(e => e.FeedbackId == published.FeedbackId).Select(e => e.ToAddress).ToListAsync();
        mailed.Should().BeEquivalentTo(ModerationStates.All.Where(s => s != ModerationStatus.Spam).Select(s => $"{s.ToString().ToLowerInvariant()}@example.se"));
        published.EmailsQueued.Should().Be(mailed.Count);
    }
}
