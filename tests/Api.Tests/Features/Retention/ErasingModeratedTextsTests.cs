using Mediator;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Features.Retention;
using Medborgardialog.Api.Infrastructure.Persistence;
using Medborgardialog.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Medborgardialog.Api.Tests.Features.Retention;

/// <summary>Retention erases the text of spam, and of a hidden opinion that held personal data — in every moderation
/// state side by side, on a real PostgreSQL (the personal-data part is raw SQL over jsonb, the rest LINQ).</summary>
public sealed class ErasingModeratedTextsTests : ApiTest
{
    [Test]
    public async Task Only_spam_and_hidden_texts_with_personal_data_are_erased_whatever_else_they_hold()
    {
        var dialogue = await Scenario.Dialogue(Official, Client).InStageAsync(Stage.Open);
        var personalData = new ContentHit(ContentCategory.PersonalData, "telefonnummer");
        var threat = new ContentHit(ContentCategory.Threat, "döda");
        var arranged = new List<(Guid Id, ModerationStatus Status, bool PersonalData)>();
        using (var scope = Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var now = Factory.Clock.GetUtcNow();
            foreach (var status in ModerationStates.All)
            {
                foreach (var hits in new IReadOnlyList<ContentHit>[] { [], [threat], [personalData], [threat, personalData] })
                {
                    if (status == ModerationStatus.Unreviewed && hits.Count > 0)
                    {
                        continue; // anything found holds an opinion
                    }

                    var opinion = new Opinion(Guid.CreateVersion7(now), dialogue.Id, OpinionChannel.Online, $"Text {arranged.Count}", [],
                        new Background(null, null, null), $"hash-{arranged.Count}", now);
                    ModerationStates.Put(opinion, status, hits, now);
                    db.Opinions.Add(opinion);
                    arranged.Add((opinion.Id, status, hits.Contains(personalData)));
                }
            }

            await db.SaveChangesAsync();
        }

        Factory.Clock.Advance(TimeSpan.FromDays(91));
        using var after = Factory.Services.CreateScope();
        var result = await after.ServiceProvider.GetRequiredService<ISender>().Send(new ForgetExpiredPersonalDataCommand());

        var expected = arranged.Where(a => a.Status == ModerationStatus.Spam || (a.Status == ModerationStatus.Hidden && a.PersonalData)).Select(a => a.Id).ToList();
        var erased = await after.ServiceProvider.GetRequiredService<AppDbContext>().Opinions.Where(o => o.TextErasedAt != null).Select(o => o.Id).ToListAsync();
        erased.Should().BeEquivalentTo(expected);
        result.TextsErased.Should().Be(expected.Count);
        expected.Should().HaveCount(6, "four spam, two hidden with personal data");
    }
}
