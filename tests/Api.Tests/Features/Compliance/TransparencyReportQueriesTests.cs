using System.Net;
using System.Net.Http.Json;
using Medborgardialog.Api.Tests.Infrastructure;

namespace Medborgardialog.Api.Tests.Features.Compliance;

/// <summary>The public transparency report is anonymous and reads every dialogue of a year: its queries must not
/// grow with the number of dialogues, and it is served from the public cache until something it shows changes.</summary>
public sealed class TransparencyReportQueriesTests : ApiTest
{
    [Test]
    public async Task The_report_sends_as_many_queries_for_fifty_dialogues_as_for_five()
    {
        var counter = new QueryCounter();
        await using var app = new ApiFactory(TestEnvironment.Database.ConnectionString,
            new Dictionary<string, string?> { ["Database:MigrateOnStartup"] = "false" }, counter.Services);
        using var resident = app.CreateClient();

        await DialoguesAsync(5);
        var five = await CountAsync(resident, counter);
        await DialoguesAsync(45);
        var fifty = await CountAsync(resident, counter);

        TestContext.Out.WriteLine($"/api/transparency/2026: {five} queries with 5 dialogues, {fifty} with 50");
        fifty.Should().Be(five, string.Join("\n---\n", counter.Commands));
    }

    [Test]
    public async Task The_report_and_its_csv_come_from_the_public_cache_until_a_staff_command_changes_them_and_a_new_opinion_lags()
    {
        var counter = new QueryCounter();
        await using var app = new ApiFactory(TestEnvironment.Database.ConnectionString,
            new Dictionary<string, string?> { ["Database:MigrateOnStartup"] = "false", ["Http:PublicCacheSeconds"] = "60" }, counter.Services);
        using var resident = app.CreateClient();
        using var official = await Staff.SignedInAsync(app, Medborgardialog.Api.Infrastructure.Auth.Roles.Official);
        var dialogue = await Scenario.Dialogue(official).InStageAsync(Stage.Open);

        var first = await ReportAsync(resident, counter);
        var again = await ReportAsync(resident, counter);
        var csv = await resident.GetAsync("/api/transparency/2026.csv");
        var csvAgain = await resident.GetAsync("/api/transparency/2026.csv");
        (await resident.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/opinions", new { text = "Bra idé.", consentToFeedback = false }, Json)).EnsureSuccessStatusCode();
        var afterOpinion = await ReportAsync(resident, counter);
        (await official.PostAsync($"/api/dialogues/{dialogue.Id}/close", null)).EnsureSuccessStatusCode();
        var afterClosing = await ReportAsync(resident, counter);

        first.Queries.Should().BeGreaterThan(0);
        again.Queries.Should().Be(0, "the second answer comes from the cache");
        again.Response.Headers.Age.Should().NotBeNull();
        csvAgain.Headers.Age.Should().NotBeNull("the CSV is cached too");
        (await csvAgain.Content.ReadAsStringAsync()).Should().Be(await csv.Content.ReadAsStringAsync());
        afterOpinion.Report.Participants.Should().Be(first.Report.Participants, "a new opinion empties no page: counts lag by at most the cache's lifetime (a burst of opinions is served from the cache)");
        afterOpinion.Queries.Should().Be(0);
        afterClosing.Report.Checklists.Single().Status.Should().Be(Medborgardialog.Api.Domain.DialogueStatus.Closed, "a staff command empties every public page");
        afterClosing.Report.Participants.Should().Be(first.Report.Participants + 1, "and then the new opinion is counted");
    }

    private static async Task<(Medborgardialog.Api.Features.Compliance.TransparencyReport Report, HttpResponseMessage Response, int Queries)> ReportAsync(
        HttpClient resident, QueryCounter counter)
    {
        counter.Reset();
        var response = await resident.GetAsync("/api/transparency/2026");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return (await ReadAsync<Medborgardialog.Api.Features.Compliance.TransparencyReport>(response), response, counter.Count);
    }

    /// <summary>Published dialogues with a target group, each open with two opinions (reach is measured for each).</summary>
    private async Task DialoguesAsync(int count)
    {
        for (var i = 0; i < count; i++)
        {
            await Scenario.Dialogue(Official, Client).Titled($"Dialog {Guid.NewGuid():N}")
                .WithOpinions(
                    new { text = "Mer belysning vid parken.", background = new { ageBand = "age16To25", district = "skranta" }, consentToFeedback = false },
                    new { text = "Fler bänkar vid parken.", background = new { ageBand = "age65Plus", district = "skranta" }, consentToFeedback = false })
                .InStageAsync(Stage.Open);
        }
    }

    private static async Task<int> CountAsync(HttpClient resident, QueryCounter counter)
    {
        counter.Reset();
        var response = await resident.GetAsync("/api/transparency/2026");
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return counter.Count;
    }
}
