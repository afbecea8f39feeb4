using System.Net;
using System.Net.Http.Json;
using System.Text;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Features.DialogueResults;
using Medborgardialog.Api.Features.DialogueResults.Common;
using Microsoft.Extensions.DependencyInjection;
using Medborgardialog.Api.Features.Opinions;
using Medborgardialog.Api.Features.ThemeSuggestions;
using Medborgardialog.Api.Features.ThemeSuggestions.Common;
using Medborgardialog.Api.Infrastructure.Auth;
using Medborgardialog.Api.Tests.Infrastructure;

namespace Medborgardialog.Api.Tests.Features.DialogueResults;

/// <summary>Issue 18: staff compile many opinions — Swedish search, bulk tagging with undo, near-identical groups, and
/// theme suggestions worked out from the text, on the real database (PostgreSQL's own Swedish stemmer).</summary>
public sealed class CompilingTests : ApiTest
{
    private HttpClient Moderator { get; set; } = null!;

    [SetUp]
    public async Task SignInModeratorAsync() => Moderator = await Staff.SignedInAsync(Factory, Roles.Moderator);

    [TearDown]
    public void DisposeModerator() => Moderator?.Dispose();

    [Test]
    public async Task Search_finds_a_word_in_any_form_and_as_part_of_longer_words_and_marks_the_hits()
    {
        var dialogue = await Scenario.Dialogue(Official, Client)
            .WithOpinions("Bygg fler cykelbanor till skolan.", "Cykelbanan längs Kungsgatan är för smal.", "Elcykelparkering vid torget behövs.", "Bättre belysning i parken.")
            .InStageAsync(Stage.Closed);

        var inflected = await ListAsync(dialogue.Id, "q=cykelbana");
        var part = await ListAsync(dialogue.Id, "q=cykel");
        var phrase = await ListAsync(dialogue.Id, "q=" + Uri.EscapeDataString("\"för smal\""));
        var without = await ListAsync(dialogue.Id, "q=" + Uri.EscapeDataString("cykelbana -kungsgatan"));

        inflected.Items.Select(o => o.Text).Should().BeEquivalentTo(["Bygg fler cykelbanor till skolan.", "Cykelbanan längs Kungsgatan är för smal."],
            "the Swedish stemmer makes cykelbana and cykelbanor one word, and cykelbanan has cykelbana in it");
        var hit = inflected.Items.Single(o => o.Text.StartsWith("Bygg", StringComparison.Ordinal)).Hits.Should().ContainSingle().Subject;
        "Bygg fler cykelbanor till skolan."[hit.Start..(hit.Start + hit.Length)].Should().Be("cykelbanor");
        part.Total.Should().Be(3, "parts of words count too: elcykelparkering has cykel in it");
        part.Items.Single(o => o.Text.StartsWith("Elcykel", StringComparison.Ordinal)).Hits.Should().ContainSingle()
            .Which.Should().Be(new TextHit(0, "Elcykelparkering".Length));
        phrase.Items.Should().ContainSingle().Which.Text.Should().StartWith("Cykelbanan");
        without.Items.Should().ContainSingle().Which.Text.Should().StartWith("Bygg", "a word after a minus is left out");
    }

    [Test]
    public async Task Bulk_tagging_a_search_tags_exactly_the_matching_set_after_the_count_is_confirmed_and_undo_restores_it()
    {
        var dialogue = await Scenario.Dialogue(Official, Client)
            .WithOpinions("Snöröjningen av cykelbanorna är dålig.", "Sanda cykelbanan på vintern.", "Cykelbanor behövs.", "Fler parkeringsplatser.")
            .InStageAsync(Stage.Open);
        var withdrawn = await Scenario.OpinionAsync(Client, dialogue.Id, "Cykelbanan vid skolan är farlig.");
        var spam = await Scenario.OpinionAsync(Client, dialogue.Id, "Köp billiga cykelbanor här!!!");
        (await Client.PostAsync($"/api/receipts/{withdrawn.ReceiptToken}/withdraw", null)).EnsureSuccessStatusCode();
        (await Moderator.PostAsJsonAsync($"/api/moderation/opinions/{spam.OpinionId}/spam", new { })).EnsureSuccessStatusCode();
        await Scenario.CloseAsync(Official, dialogue.Id);
        var theme = await ReadAsync<ThemeDto>(await Official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/themes", new { name = "Cykel" }, Json));
        var shown = await ListAsync(dialogue.Id, "q=cykelbana");

        var wrongCount = await Official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/taggings",
            new { themeId = theme.Id, action = "tag", match = new { search = "cykelbana" }, expectedCount = shown.Total + 1 }, Json);
        var afterRefusal = await ListAsync(dialogue.Id, $"themeId={theme.Id}");
        var tagged = await Official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/taggings",
            new { themeId = theme.Id, action = "tag", match = new { search = "cykelbana" }, expectedCount = shown.Total }, Json);
        tagged.StatusCode.Should().Be(HttpStatusCode.Created, await tagged.Content.ReadAsStringAsync());
        var operation = await ReadAsync<TaggingOperationDto>(tagged);
        var underTheme = await ListAsync(dialogue.Id, $"themeId={theme.Id}");
        var result = await ReadAsync<ResultDto>(await Official.GetAsync($"/api/staff/dialogues/{dialogue.Id}/result"));

        shown.Total.Should().Be(3, "the withdrawn opinion and the spam match the words but do not count");
        wrongCount.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await ReadProblemAsync(wrongCount)).Code.Should().Be(ProblemCodes.TaggingCountChanged);
        afterRefusal.Total.Should().Be(0, "a refused tagging changes nothing");
        operation.Count.Should().Be(3);
        underTheme.Items.Select(o => o.Id).Should().BeEquivalentTo(shown.Items.Select(o => o.Id));
        result.Themes.Single().Count.Should().Be(3);

        var again = await ReadAsync<TaggingOperationDto>(await Official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/taggings",
            new { themeId = theme.Id, action = "tag", match = new { search = "cykelbana" }, expectedCount = 0 }, Json));
        again.Count.Should().Be(0, "the opinions that already have the theme are not changed again");

        var undone = await Official.PostAsync($"/api/taggings/{operation.Id}/undo", null);
        undone.StatusCode.Should().Be(HttpStatusCode.OK);
        (await ListAsync(dialogue.Id, $"themeId={theme.Id}")).Total.Should().Be(0);
        (await ListAsync(dialogue.Id, "untagged=true")).Total.Should().Be(4);
        var twice = await Official.PostAsync($"/api/taggings/{operation.Id}/undo", null);
        twice.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await ReadProblemAsync(twice)).Code.Should().Be(ProblemCodes.TaggingAlreadyUndone);
        var history = await ReadAsync<List<TaggingOperationDto>>(await Official.GetAsync($"/api/staff/dialogues/{dialogue.Id}/taggings"));
        history.Should().HaveCount(2);
        history.Single(h => h.Id == operation.Id).UndoneAt.Should().NotBeNull();
    }

    [Test]
    public async Task Untagging_in_bulk_removes_the_theme_from_only_those_that_had_it_and_undo_gives_it_back()
    {
        var dialogue = await Scenario.Dialogue(Official, Client).WithOpinions("Mer ljus i tunneln.", "Belysningen är trasig.", "Fler bänkar.").InStageAsync(Stage.Closed);
        var theme = await ReadAsync<ThemeDto>(await Official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/themes", new { name = "Trygghet" }, Json));
        var all = await ListAsync(dialogue.Id, "");
        await ReadAsync<TaggingOperationDto>(await Official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/taggings",
            new { themeId = theme.Id, action = "tag", opinionIds = all.Items.Select(o => o.Id).ToArray(), expectedCount = 3 }, Json));

        var untag = await ReadAsync<TaggingOperationDto>(await Official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/taggings",
            new { themeId = theme.Id, action = "untag", match = new { search = "bänkar" }, expectedCount = 1 }, Json));
        var afterUntag = await ListAsync(dialogue.Id, $"themeId={theme.Id}");
        await Official.PostAsync($"/api/taggings/{untag.Id}/undo", null);
        var afterUndo = await ListAsync(dialogue.Id, $"themeId={theme.Id}");

        untag.Count.Should().Be(1);
        afterUntag.Total.Should().Be(2);
        afterUndo.Total.Should().Be(3);
    }

    [Test]
    public async Task Near_identical_copies_are_grouped_with_their_count_and_the_group_is_tagged_at_once()
    {
        var dialogue = await Scenario.Dialogue(Official, Client).InStageAsync(Stage.Open);
        await ImportAsync(dialogue.Id, [
            "Rädda Bregårdsparken! Inga hus i parken.",
            "rädda bregårdsparken inga hus i parken",
            "Rädda  Bregårdsparken – inga hus i parken!!",
            "Rädda Bregårdsparken! Inga hus i parken, skriver jag också.",
            "Fler bussar på kvällen.",
        ]);
        await Scenario.CloseAsync(Official, dialogue.Id);

        var groups = await ReadAsync<OpinionGroupPage>(await Official.GetAsync($"/api/staff/dialogues/{dialogue.Id}/opinion-groups"));
        var group = groups.Items.Should().ContainSingle().Subject;
        var copies = await ListAsync(dialogue.Id, $"sameAs={group.OpinionId}");
        var theme = await ReadAsync<ThemeDto>(await Official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/themes", new { name = "Bregårdsparken" }, Json));
        var tagged = await ReadAsync<TaggingOperationDto>(await Official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/taggings",
            new { themeId = theme.Id, action = "tag", match = new { sameAs = group.OpinionId }, expectedCount = copies.Total }, Json));

        group.Count.Should().Be(3, "case, spaces and punctuation do not make a copy different; an added sentence does");
        group.Untagged.Should().Be(3);
        groups.Copies.Should().Be(3);
        copies.Total.Should().Be(3);
        tagged.Count.Should().Be(3);
    }

    [Test]
    public async Task Theme_suggestions_are_worked_out_in_the_background_the_same_every_time_and_explain_themselves()
    {
        var dialogue = await LabelledDialogueAsync(perTheme: 12);
        var sameTexts = await LabelledDialogueAsync(perTheme: 12);

        var first = await SuggestAsync(dialogue, count: 10);
        var second = await SuggestAsync(dialogue, count: 10);
        var elsewhere = await SuggestAsync(sameTexts, count: 10);

        first.Status.Should().Be(SuggestionRunStatus.Done);
        first.Progress.Should().Be(100);
        first.OpinionsRead.Should().Be(120);
        first.Suggestions.Should().HaveCountGreaterThanOrEqualTo(5).And.HaveCountLessThanOrEqualTo(10);
        second.Suggestions.Select(s => (s.Name, string.Join(",", s.KeyWords), s.Count)).Should().Equal(first.Suggestions.Select(s => (s.Name, string.Join(",", s.KeyWords), s.Count)),
            "the same opinions give the same suggestions");
        elsewhere.Suggestions.Select(s => (s.Name, string.Join(",", s.KeyWords), s.Count)).Should().Equal(first.Suggestions.Select(s => (s.Name, string.Join(",", s.KeyWords), s.Count)),
            "the same texts give the same suggestions, whatever their ids and whenever they came");
        (first.Suggestions.Sum(s => s.Count) + first.Unsorted).Should().Be(120);
        foreach (var suggestion in first.Suggestions)
        {
            suggestion.KeyWords.Should().NotBeEmpty();
            suggestion.Examples.Should().NotBeEmpty();
            suggestion.Examples.Should().OnlyContain(e => e.Hits.Count > 0, "every example shows the words that put it there");
        }

        var cycling = first.Suggestions.Where(s => s.KeyWords.Any(k => k.StartsWith("cyk", StringComparison.Ordinal))).ToList();
        cycling.Should().NotBeEmpty("twelve opinions about cycle lanes make a theme");
    }

    [Test]
    public async Task Accepting_a_suggestion_tags_exactly_its_opinions_and_undoing_proposes_it_again()
    {
        var dialogue = await LabelledDialogueAsync(perTheme: 8);
        var run = await SuggestAsync(dialogue, count: 8);
        var suggestion = run.Suggestions[0];
        var members = await AllAsync(dialogue, $"suggestionId={suggestion.Id}");

        var accepted = await ReadAsync<ThemeSuggestionsDto>(await Official.PostAsJsonAsync($"/api/theme-suggestions/{suggestion.Id}/accept", new { name = "Vårt tema" }, Json));
        var acceptedOne = accepted.Run!.Suggestions.Single(s => s.Id == suggestion.Id);
        var underTheme = await AllAsync(dialogue, $"themeId={acceptedOne.ThemeId}");
        var result = await ReadAsync<ResultDto>(await Official.GetAsync($"/api/staff/dialogues/{dialogue}/result"));
        var similar = await ReadAsync<SimilarOpinionsDto>(await Official.GetAsync($"/api/staff/themes/{acceptedOne.ThemeId}/similar"));

        members.Should().HaveCount(suggestion.Count);
        acceptedOne.Status.Should().Be(SuggestionStatus.Accepted);
        result.Themes.Single(t => t.Id == acceptedOne.ThemeId).Name.Should().Be("Vårt tema");
        underTheme.Should().BeEquivalentTo(members, "accepting tags exactly the suggestion's opinions");
        similar.Words.Should().NotBeEmpty();
        similar.Items.Should().OnlyContain(o => o.ThemeIds.Count == 0 && o.Hits.Count > 0);

        var twice = await Official.PostAsJsonAsync($"/api/theme-suggestions/{suggestion.Id}/accept", new { }, Json);
        (await ReadProblemAsync(twice)).Code.Should().Be(ProblemCodes.SuggestionNotProposed);
        (await Official.PostAsync($"/api/taggings/{acceptedOne.TaggingId}/undo", null)).EnsureSuccessStatusCode();
        var after = await ReadAsync<ThemeSuggestionsDto>(await Official.GetAsync($"/api/staff/dialogues/{dialogue}/theme-suggestions"));
        after.Run!.Suggestions.Single(s => s.Id == suggestion.Id).Status.Should().Be(SuggestionStatus.Proposed);
        (await AllAsync(dialogue, $"themeId={acceptedOne.ThemeId}")).Should().BeEmpty("undo restores every opinion the acceptance tagged");
    }

    [Test]
    public async Task Suggestions_can_be_renamed_merged_split_rejected_and_taken_back()
    {
        var dialogue = await LabelledDialogueAsync(perTheme: 8);
        var run = await SuggestAsync(dialogue, count: 6);
        var (a, b) = (run.Suggestions[0], run.Suggestions[1]);

        var renamed = await ReadAsync<ThemeSuggestionsDto>(await Official.PutAsJsonAsync($"/api/theme-suggestions/{a.Id}/name", new { name = "Cykla tryggt" }, Json));
        var merged = await ReadAsync<ThemeSuggestionsDto>(await Official.PostAsJsonAsync($"/api/theme-suggestions/{a.Id}/merge", new { suggestionIds = new[] { b.Id } }, Json));
        var split = await ReadAsync<ThemeSuggestionsDto>(await Official.PostAsync($"/api/theme-suggestions/{a.Id}/split", null));
        var part = split.Run!.Suggestions.First(s => s.Status == SuggestionStatus.Proposed);
        var rejected = await ReadAsync<ThemeSuggestionsDto>(await Official.PostAsync($"/api/theme-suggestions/{part.Id}/reject", null));
        var back = await ReadAsync<ThemeSuggestionsDto>(await Official.PostAsync($"/api/theme-suggestions/{part.Id}/reopen", null));
        var mergeGone = await Official.PostAsJsonAsync($"/api/theme-suggestions/{b.Id}/merge", new { suggestionIds = new[] { part.Id } }, Json);

        renamed.Run!.Suggestions.Single(s => s.Id == a.Id).Name.Should().Be("Cykla tryggt");
        merged.Run!.Suggestions.Should().NotContain(s => s.Id == b.Id, "a merged suggestion is part of the one it was merged into");
        merged.Run.Suggestions.Single(s => s.Id == a.Id).Count.Should().Be(a.Count + b.Count);
        split.Run.Suggestions.Should().NotContain(s => s.Id == a.Id);
        split.Run.Suggestions.Sum(s => s.Count).Should().Be(merged.Run.Suggestions.Sum(s => s.Count), "splitting loses no opinion");
        rejected.Run!.Suggestions.Single(s => s.Id == part.Id).Status.Should().Be(SuggestionStatus.Rejected);
        back.Run!.Suggestions.Single(s => s.Id == part.Id).Status.Should().Be(SuggestionStatus.Proposed);
        mergeGone.StatusCode.Should().Be(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task Asking_for_suggestions_is_refused_while_a_run_is_working_and_for_bad_input()
    {
        var dialogue = await Scenario.Dialogue(Official, Client).WithQuestionnaire().InStageAsync(Stage.Closed);
        var notFreeText = dialogue.Questions.First(q => q.Kind != QuestionKind.FreeText).Id;
        var freeText = dialogue.Questions.First(q => q.Kind == QuestionKind.FreeText).Id;

        var tooFew = await Official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/theme-suggestions", new { count = 1 }, Json);
        var wrongQuestion = await Official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/theme-suggestions", new { questionId = notFreeText }, Json);
        var queued = await Official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/theme-suggestions", new { questionId = freeText }, Json);
        var whileQueued = await Official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/theme-suggestions", new { }, Json);
        var draft = await Scenario.Dialogue(Official, Client).InStageAsync(Stage.Draft);
        var onDraft = await Official.PostAsJsonAsync($"/api/dialogues/{draft.Id}/theme-suggestions", new { }, Json);

        tooFew.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        wrongQuestion.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        queued.StatusCode.Should().Be(HttpStatusCode.Accepted);
        (await ReadAsync<ThemeSuggestionsDto>(queued)).Run!.Status.Should().Be(SuggestionRunStatus.Queued);
        whileQueued.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await ReadProblemAsync(whileQueued)).Code.Should().Be(ProblemCodes.SuggestionsRunning);
        onDraft.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await ReadProblemAsync(onDraft)).Code.Should().Be(ProblemCodes.ThemeDialogueNotOpened);
    }

    private async Task<StaffOpinionPage> ListAsync(Guid dialogueId, string query)
    {
        var response = await Official.GetAsync($"/api/staff/dialogues/{dialogueId}/opinions?pageSize=200&{query}");
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await ReadAsync<StaffOpinionPage>(response);
    }

    private async Task<List<Guid>> AllAsync(Guid dialogueId, string query)
    {
        var ids = new List<Guid>();
        for (var page = 1; ; page++)
        {
            var list = await ListAsync(dialogueId, $"{query}&page={page}");
            ids.AddRange(list.Items.Select(o => o.Id));
            if (ids.Count >= list.Total || list.Items.Count == 0)
            {
                return ids;
            }
        }
    }

    private async Task ImportAsync(Guid dialogueId, IEnumerable<string> texts)
    {
        var csv = new StringBuilder("kanal;synpunkt\r\n");
        foreach (var text in texts)
        {
            csv.Append("möte;\"").Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append("\"\r\n");
        }

        var response = await Official.PostAsync($"/api/dialogues/{dialogueId}/offline-opinions/import?dryRun=false",
            new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(csv.ToString())), "file", "import.csv" } });
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await ReadAsync<ImportOpinionsResponse>(response)).Errors.Should().BeEmpty();
    }

    /// <summary>A closed dialogue with the first opinions of each theme of the labelled set (bench/compile), imported.</summary>
    private async Task<Guid> LabelledDialogueAsync(int perTheme)
    {
        var dialogue = await Scenario.Dialogue(Official, Client).InStageAsync(Stage.Open);
        await ImportAsync(dialogue.Id, LabelledSet().GroupBy(x => x.Theme).SelectMany(g => g.Take(perTheme)).Select(x => x.Text));
        await Scenario.CloseAsync(Official, dialogue.Id);
        return dialogue.Id;
    }

    /// <summary>Asks for suggestions and works the queue as the background job does.</summary>
    private async Task<SuggestionRunDto> SuggestAsync(Guid dialogueId, int count)
    {
        var asked = await Official.PostAsJsonAsync($"/api/dialogues/{dialogueId}/theme-suggestions", new { count }, Json);
        asked.StatusCode.Should().Be(HttpStatusCode.Accepted, await asked.Content.ReadAsStringAsync());
        (await SendAsync(new RunThemeSuggestionsCommand())).Should().Be(1);
        return (await ReadAsync<ThemeSuggestionsDto>(await Official.GetAsync($"/api/staff/dialogues/{dialogueId}/theme-suggestions"))).Run!;
    }

    private static async Task<T> SendAsync<T>(Mediator.ICommand<T> command)
    {
        using var scope = Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<Mediator.ISender>().Send(command);
    }

    private static IEnumerable<(string Theme, string Text)> LabelledSet()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "bench", "compile", "labelled-opinions.csv")))
        {
            directory = directory.Parent;
        }

        var path = Path.Combine(directory?.FullName ?? throw new FileNotFoundException("bench/compile/labelled-opinions.csv"), "bench", "compile", "labelled-opinions.csv");
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var comma = line.IndexOf(',', StringComparison.Ordinal);
            var text = line[(comma + 1)..];
            if (text.StartsWith('"'))
            {
                text = text[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal);
            }

            yield return (line[..comma], text);
        }
    }
}
