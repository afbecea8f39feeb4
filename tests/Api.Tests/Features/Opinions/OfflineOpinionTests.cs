using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Features.Dialogues;
using Medborgardialog.Api.Features.Opinions;
using Medborgardialog.Api.Infrastructure.Persistence;
using Medborgardialog.Api.Tests.Infrastructure;
using Medborgardialog.Api.Words;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Medborgardialog.Api.Tests.Features.Opinions;

/// <summary>Opinions gathered offline: registered one by one or imported from CSV, counted like online ones.</summary>
public sealed class OfflineOpinionTests : ApiTest
{
    private static async Task<List<Opinion>> StoredAsync()
    {
        using var scope = Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Opinions.AsNoTracking().OrderBy(o => o.SubmittedAt).ThenBy(o => o.Id).ToListAsync();
    }

    private async Task<Guid> AddSessionAsync(Guid dialogueId, string title)
    {
        var response = await Official.PostAsJsonAsync($"/api/dialogues/{dialogueId}/sessions", new
        {
            form = "popUp", title, startsAt = TestClock.Start.AddDays(1), endsAt = TestClock.Start.AddDays(1).AddHours(2),
            placeName = "Torget", address = (string?)null, onlineUrl = (string?)null, accessibility = (object?)null, capacity = (int?)null, signUpRequired = false,
        }, Json);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await ReadAsync<AddSessionResponse>(response)).Id;
    }

    private Task<HttpResponseMessage> ImportAsync(Guid dialogueId, string csv, bool dryRun, Encoding? encoding = null)
    {
        var file = new ByteArrayContent((encoding ?? Encoding.UTF8).GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return Official.PostAsync($"/api/dialogues/{dialogueId}/offline-opinions/import?dryRun={dryRun.ToString().ToLowerInvariant()}",
            new MultipartFormDataContent { { file, "file", "synpunkter.csv" } });
    }

    [Test]
    public async Task An_official_registers_a_pop_up_opinion_with_its_session_and_it_counts_like_an_online_one()
    {
        var dialogue = await Scenario.Dialogue(Official).WithQuestionnaire().InStageAsync(Stage.Open);
        var questions = dialogue.Questions;
        var session = await AddSessionAsync(dialogue.Id, "Pop-up på torget");

        var response = await Official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/offline-opinions", new
        {
            channel = "popUp", sessionId = session, text = (string?)null, answers = Requests.GoodAnswers(questions),
            background = new { ageBand = "age65Plus", district = "centrum", relation = "resident" },
        }, Json);
        await Client.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/opinions", Requests.Opinion(null, Requests.GoodAnswers(questions)), Json);

        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var stored = (await StoredAsync()).Single(o => o.Channel == OpinionChannel.PopUp);
        stored.SessionId.Should().Be(session);
        stored.RegisteredByUserId.Should().NotBeNull("who registered it is recorded");
        (await ReadAsync<DialogueDetails>(await Client.GetAsync($"/api/dialogue-slugs/{dialogue.Slug}"))).OpinionCount.Should().Be(2);
    }

    [Test]
    public async Task An_offline_opinion_must_name_an_offline_channel_and_one_of_the_dialogues_sessions()
    {
        var dialogue = await Scenario.Dialogue(Official).InStageAsync(Stage.Announced);
        await Official.PostAsync($"/api/dialogues/{dialogue.Id}/open", null);

        var online = await Official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/offline-opinions",
            new { channel = "online", sessionId = (Guid?)null, text = "x", answers = (object?)null, background = (object?)null }, Json);
        var strangerSession = await Official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/offline-opinions",
            new { channel = "paper", sessionId = Guid.NewGuid(), text = "x", answers = (object?)null, background = (object?)null }, Json);

        (await ReadProblemAsync(online)).Errors.Should().ContainKey("channel");
        (await ReadProblemAsync(strangerSession)).Errors.Should().ContainKey("sessionId");
        (await StoredAsync()).Should().BeEmpty();
    }

    [Test]
    public async Task Paper_forms_posted_before_closing_can_be_registered_after_the_dialogue_closes_but_not_before_it_opens()
    {
        var announced = await Scenario.Dialogue(Official).InStageAsync(Stage.Announced);
        var body = new { channel = "paper", sessionId = (Guid?)null, text = "Från en papperslapp", answers = (object?)null, background = (object?)null };

        var early = await Official.PostAsJsonAsync($"/api/dialogues/{announced.Id}/offline-opinions", body, Json);
        await Official.PostAsync($"/api/dialogues/{announced.Id}/open", null);
        await Official.PostAsync($"/api/dialogues/{announced.Id}/close", null);
        var late = await Official.PostAsJsonAsync($"/api/dialogues/{announced.Id}/offline-opinions", body, Json);

        early.StatusCode.Should().Be(HttpStatusCode.Conflict);
        late.StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Test]
    public async Task A_clean_csv_is_checked_in_a_dry_run_then_imported_whole()
    {
        var dialogue = await Scenario.Dialogue(Official).WithQuestionnaire().InStageAsync(Stage.Open);
        await AddSessionAsync(dialogue.Id, "Pop-up på torget");
        const string csv = "\uFEFFkanal;tillfälle;ålder;område;relation;synpunkt;fråga 1;fråga 2;fråga 3;fråga 4;fråga 5\r\n" +
                           "popup;Pop-up på torget;16-25;Skranta;ung;;Skranta;Bowl|Belysning;5;Läge|Pris;\"Mer ljus; och bänkar\"\r\n" +
                           "papper;;65+;centrum;boende;Bra idé;2;;3;;\r\n" +
                           "\r\n";

        var dry = await ReadAsync<ImportOpinionsResponse>(await ImportAsync(dialogue.Id, csv, dryRun: true));
        (await StoredAsync()).Should().BeEmpty("a dry run imports nothing");
        var real = await ImportAsync(dialogue.Id, csv, dryRun: false);

        dry.Should().BeEquivalentTo(new { DryRun = true, Rows = 2, Imported = 0, Errors = Array.Empty<ImportRowError>() });
        real.StatusCode.Should().Be(HttpStatusCode.OK, await real.Content.ReadAsStringAsync());
        (await ReadAsync<ImportOpinionsResponse>(real)).Imported.Should().Be(2);
        var stored = await StoredAsync();
        stored.Select(o => o.Channel).Should().BeEquivalentTo([OpinionChannel.PopUp, OpinionChannel.Paper]);
        var popUp = stored.Single(o => o.Channel == OpinionChannel.PopUp);
        popUp.SessionId.Should().NotBeNull();
        popUp.Background.Should().Be(new Background(AgeBand.Age16To25, "skranta", Relation.YoungPerson));
        popUp.Answers.Should().HaveCount(5);
        popUp.Answers[4].Text.Should().Be("Mer ljus; och bänkar");
        stored.Single(o => o.Channel == OpinionChannel.Paper).Answers.Should().HaveCount(2, "empty optional answers are not stored");
    }

    [Test]
    public async Task A_dry_run_reports_each_bad_row_and_the_real_import_then_imports_nothing()
    {
        var dialogue = await Scenario.Dialogue(Official).WithQuestionnaire().InStageAsync(Stage.Open);
        const string csv = "kanal,ålder,fråga 1,fråga 2,fråga 3,fråga 4,fråga 5\n" +
                           "möte,26-40,Skranta,,3,,\n" +        // good
                           "brev,26-40,Skranta,,3,,\n" +        // row 3: unknown channel
                           "möte,ung,Stockholm,,9,,\n" +        // row 4: age band, option, scale
                           "möte,,,,,,\n" +                     // row 5: required questions missing
                           "möte,26-40,Skranta,,3\n";           // row 6: too few fields

        var dry = await ReadAsync<ImportOpinionsResponse>(await ImportAsync(dialogue.Id, csv, dryRun: true));
        var real = await ImportAsync(dialogue.Id, csv, dryRun: false);

        dry.Rows.Should().Be(5);
        dry.Errors.Select(e => (e.Row, e.Column)).Should().BeEquivalentTo(new (int, string?)[]
        {
            (3, "kanal"), (4, "ålder"), (4, "fråga 1"), (4, "fråga 3"), (5, "fråga 1"), (5, "fråga 3"), (6, null),
        });
        dry.Errors.Single(e => e.Row == 3).Message.Should().StartWith("\"brev\" is not a channel.");
        // Codes and parameters for the page's words (the messages are English, for logs).
        dry.Errors.Select(e => (e.Row, e.Column, e.Code)).Should().BeEquivalentTo(new (int, string?, string)[]
        {
            (3, "kanal", "unknownValue"), (4, "ålder", "unknownValue"), (4, "fråga 1", "unknownValue"), (4, "fråga 3", "outOfRange"),
            (5, "fråga 1", "required"), (5, "fråga 3", "required"), (6, null, "invalidFormat"),
        });
        dry.Errors.Single(e => e.Row == 3).Params.Should().Contain("value", "brev").And.Contain("allowed", "Möte, Dialogpromenad, Pop-up, Papper, Telefon");
        dry.Errors.Single(e => e.Row == 4 && e.Column == "fråga 3").Params.Should().Contain("min", "1").And.Contain("max", "5");
        dry.Errors.Single(e => e.Row == 6).Params.Should().Contain("fields", "5").And.Contain("header", "7");
        var problem = await ReadProblemAsync(real);
        problem.Status.Should().Be(400);
        problem.Errors.Should().ContainKey("rows[4].ålder");
        problem.FieldErrors!.Single(e => e.Field == "rows[3].kanal").Should().Match<FieldErrorBody>(e => e.Code == "unknownValue" && e.Params["value"] == "brev");
        (await StoredAsync()).Should().BeEmpty("a file with any bad row imports nothing");
    }

    [Test]
    public async Task A_csv_with_wrong_columns_or_not_in_utf8_is_refused_as_a_whole()
    {
        var dialogue = await Scenario.Dialogue(Official).WithQuestionnaire().InStageAsync(Stage.Open);

        var wrongColumns = await ImportAsync(dialogue.Id, "kanal;namn;fråga 1\nmöte;Anna;Skranta\n", dryRun: true);
        var latin1 = await ImportAsync(dialogue.Id, "kanal;ålder;fråga 1;fråga 2;fråga 3;fråga 4;fråga 5\nmöte;65+;Skranta;;3;;\n",
            dryRun: true, Encoding.Latin1);

        var columns = await ReadProblemAsync(wrongColumns);
        columns.Errors!["file"].Single().Should().Contain("Missing columns: fråga 2, fråga 3, fråga 4, fråga 5.").And.Contain("Unknown columns: namn.");
        (await ReadProblemAsync(latin1)).Errors!["file"].Single().Should().StartWith("The file is not UTF-8 text.");
    }

    [Test]
    public async Task The_template_has_the_questionnaires_columns()
    {
        var dialogue = await Scenario.Dialogue(Official).WithQuestionnaire().InStageAsync(Stage.Open);

        var response = await Official.GetAsync($"/api/dialogues/{dialogue.Id}/offline-opinions/template.csv");

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n");
        lines[0].Should().Be("kanal;tillfälle;ålder;område;relation;synpunkt;fråga 1;fråga 2;fråga 3;fråga 4;fråga 5");
        var imported = await ImportAsync(dialogue.Id, string.Join("\r\n", lines), dryRun: true);
        (await ReadAsync<ImportOpinionsResponse>(imported)).Errors.Should().BeEmpty("the template's example row is valid");
    }

    // An official who types what the screen shows gets no row error: the import reads the vocabulary's labels (the
    // SPA's words) whatever their case, dashes and spaces, and the exports write those labels.

    [Test]
    public async Task Every_label_the_screens_show_is_imported_as_written_and_in_its_case_dash_and_space_variants()
    {
        var dialogue = await Scenario.Dialogue(Official).InStageAsync(Stage.Open);
        var channels = Enum.GetValues<OpinionChannel>().Where(c => c != OpinionChannel.Online).ToList();
        var rows = new List<(OpinionChannel Channel, AgeBand Age, Relation Relation, string Line)>();
        var n = 0;
        foreach (var variant in Variants)
        {
            foreach (var channel in channels)
            {
                var age = Enum.GetValues<AgeBand>()[n % 5];
                var relation = Enum.GetValues<Relation>()[n % 4];
                rows.Add((channel, age, relation, string.Join(';', variant(Swedish.Channels[channel]), variant(Swedish.AgeBands[age]),
                    variant("Bäckegården"), variant(Swedish.Relations[relation]), $"Rad {n}")));
                n++;
            }
        }

        // Every age band and relation label in every variant as well, beside one channel.
        foreach (var variant in Variants)
        {
            foreach (var age in Enum.GetValues<AgeBand>())
            {
                foreach (var relation in Enum.GetValues<Relation>())
                {
                    rows.Add((OpinionChannel.Paper, age, relation, string.Join(';', "Papper", variant(Swedish.AgeBands[age]), "", variant(Swedish.Relations[relation]), $"Rad {n++}")));
                }
            }
        }

        var csv = "kanal;ålder;område;relation;synpunkt\r\n" + string.Join("\r\n", rows.Select(r => r.Line)) + "\r\n";
        var dry = await ReadAsync<ImportOpinionsResponse>(await ImportAsync(dialogue.Id, csv, dryRun: true));
        var real = await ImportAsync(dialogue.Id, csv, dryRun: false);

        dry.Errors.Should().BeEmpty();
        dry.Rows.Should().Be(rows.Count);
        real.StatusCode.Should().Be(HttpStatusCode.OK, await real.Content.ReadAsStringAsync());
        var stored = await StoredAsync();
        stored.Select(o => (o.Channel, o.Background.AgeBand!.Value, o.Background.Relation!.Value, o.Text))
            .Should().BeEquivalentTo(rows.Select((r, i) => (r.Channel, r.Age, r.Relation, $"Rad {i}")));
        stored.Where(o => o.Background.District != null).Should().OnlyContain(o => o.Background.District == "backegarden");
    }

    [Test]
    public async Task A_file_written_by_a_machine_with_the_APIs_codes_imports_too()
    {
        var dialogue = await Scenario.Dialogue(Official).InStageAsync(Stage.Open);
        const string csv = "kanal;ålder;område;relation;synpunkt\r\ndialogueWalk;age65Plus;skranta;worksOrStudiesHere;Från en maskin\r\n";

        var response = await ImportAsync(dialogue.Id, csv, dryRun: false);

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var opinion = (await StoredAsync()).Single();
        opinion.Channel.Should().Be(OpinionChannel.DialogueWalk);
        opinion.Background.Should().Be(new Background(AgeBand.Age65Plus, "skranta", Relation.WorksOrStudiesHere));
    }

    [Test]
    public async Task A_wrong_value_is_told_with_the_labels_to_use_and_the_web_is_no_offline_channel()
    {
        var dialogue = await Scenario.Dialogue(Official).InStageAsync(Stage.Open);
        const string csv = "kanal;ålder;relation;synpunkt\r\nWebben;16-26;boende här;Fel\r\n";

        var dry = await ReadAsync<ImportOpinionsResponse>(await ImportAsync(dialogue.Id, csv, dryRun: true));

        dry.Errors.Single(e => e.Column == "kanal").Message.Should().Contain("web form").And.EndWith("Use one of: Möte, Dialogpromenad, Pop-up, Papper, Telefon.");
        dry.Errors.Single(e => e.Column == "ålder").Message.Should().EndWith("Use one of: Under 16, 16–25, 26–40, 41–64, 65 eller äldre.");
        dry.Errors.Single(e => e.Column == "relation").Message.Should().EndWith("Use one of: Boende i Karlskoga, Företagare, Arbetar eller studerar här, Ung.");
    }

    [Test]
    public async Task The_template_shows_the_labels_and_the_opinions_csv_and_decision_basis_print_them()
    {
        var dialogue = await Scenario.Dialogue(Official).InStageAsync(Stage.Open);
        var template = await Official.GetStringAsync($"/api/dialogues/{dialogue.Id}/offline-opinions/template.csv");
        (await ImportAsync(dialogue.Id, "kanal;ålder;område;relation;synpunkt\r\nDialogpromenad;16–25;Bäckegården;Boende i Karlskoga;Mer ljus\r\n", dryRun: false))
            .EnsureSuccessStatusCode();
        await Scenario.CloseAsync(Official, dialogue.Id);

        var export = await ReadAsync<Medborgardialog.Api.Features.DialogueResults.ExportDecisionBasisResponse>(
            await Official.PostAsync($"/api/dialogues/{dialogue.Id}/decision-basis", null));
        var csv = await Official.GetStringAsync(export.CsvUrl);
        var html = await Official.GetStringAsync(export.HtmlUrl);

        template.Split("\r\n")[1].Should().Be("Möte;;26–40;Centrum;Boende i Karlskoga;Min synpunkt");
        csv.Split('\n')[1].Should().Contain(";Dialogpromenad;16–25;Bäckegården;Boende i Karlskoga;;Mer ljus");
        csv.Should().NotContain("Age16To25").And.NotContain("Resident");
        html.Should().Contain("<td>Dialogpromenad</td>").And.NotContain("Dialogvandring");

        // What the export wrote imports again, word for word.
        var fields = csv.Split('\n')[1].Split(';');
        var again = await ImportAsync(dialogue.Id, $"kanal;ålder;område;relation;synpunkt\r\n{fields[1]};{fields[2]};{fields[3]};{fields[4]};Igen\r\n", dryRun: true);
        (await ReadAsync<ImportOpinionsResponse>(again)).Errors.Should().BeEmpty();
    }

    /// <summary>A label as shown, and as people and spreadsheets change it.</summary>
    private static readonly Func<string, string>[] Variants =
    [
        s => s,
        s => s.ToUpperInvariant(),
        s => s.ToLowerInvariant(),
        s => s.Replace('–', '-'),
        s => s.Replace('–', '—').Replace('-', '—'),
        s => s.Replace("–", "").Replace("-", ""),
        s => s.Replace(" ", "").Replace("–", " – "),
        s => " " + s.Replace(" ", "  ") + "\u00A0",
        s => s.Normalize(NormalizationForm.FormD),
    ];
}
