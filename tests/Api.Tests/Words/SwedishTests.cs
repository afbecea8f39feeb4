using System.Text.RegularExpressions;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Tests.Infrastructure;
using Medborgardialog.Api.Words;

namespace Medborgardialog.Api.Tests.Words;

/// <summary>The server's Swedish vocabulary: a label for every value, the same words as the SPA, and a reading that
/// does not care about case, dashes or spaces.</summary>
public sealed partial class SwedishTests
{
    [Test]
    public void Every_value_of_every_enum_a_person_reads_has_one_label_and_no_two_read_alike()
    {
        // The lists check themselves when they are made (a missing label or two values that fold alike throw at start-up).
        Swedish.All.Should().OnlyHaveUniqueItems(l => l.Type);
        foreach (var list in Swedish.All)
        {
            list.Labels.Should().HaveCount(Enum.GetValues(list.Type).Length, list.Type.Name);
            list.Labels.Should().OnlyContain(l => l.Trim().Length > 0 && l == l.Trim(), list.Type.Name);
        }
    }

    [Test]
    public void The_server_says_what_the_screens_say()
    {
        var missing = Swedish.All.SelectMany(list => list.Entries.Select(e => (list.Type.Name, e.Code, e.Label)))
            .Where(e => !Catalogues.Value.Any(text => SaysIt(text, e.Code, e.Label)))
            .Select(e => $"{e.Name}.{e.Code}: \"{e.Label}\"")
            .ToList();

        missing.Should().BeEmpty("every server label is a word of the SPA's Swedish catalogue, under a key ending in its code");
    }

    [Test]
    public void The_server_words_the_evidence_as_the_screens_do()
    {
        // The SPA writes a parameter {{name}} (i18next) or {name}; the server {name}.
        var missing = SwedishEvidence.Sentences
            .Where(e => !Catalogues.Value.Any(text => SaysIt(text, Code(e.Key), e.Value) || SaysIt(text, Code(e.Key), Braces().Replace(e.Value, "{{$1}}"))))
            .Select(e => $"compliance.evidence.{Code(e.Key)}: \"{e.Value}\"")
            .ToList();

        missing.Should().BeEmpty("the reminder e-mail and the CSV say each line of evidence as the Swedish screens do");
    }

    /// <summary>The SPA's message catalogues, format-independent: a TypeScript module or JSON files under web/src in a
    /// folder named i18n or locales (each label and sentence stands there as the value of a key named by its code).</summary>
    private static readonly Lazy<List<string>> Catalogues = new(() =>
    {
        var found = Directory.EnumerateFiles(Path.Combine(RepoRoot.Path, "web", "src"), "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".ts", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal))
                        && !f.Contains($"{Path.DirectorySeparatorChar}api{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains(".test.", StringComparison.Ordinal)
                        && (f.Contains("i18n", StringComparison.Ordinal) || f.Contains("locales", StringComparison.Ordinal)))
            .Select(File.ReadAllText)
            .ToList();
        found.Should().NotBeEmpty("the SPA has message catalogues under web/src");
        return found;
    });

    private static string Code(EvidenceCode code) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(code.ToString());

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Braces();

    [TestCase("Dialogpromenad", OpinionChannel.DialogueWalk)]
    [TestCase("dialogpromenad", OpinionChannel.DialogueWalk)]
    [TestCase("DIALOGPROMENAD", OpinionChannel.DialogueWalk)]
    [TestCase("dialogvandring", OpinionChannel.DialogueWalk)]
    [TestCase("dialogueWalk", OpinionChannel.DialogueWalk)]
    [TestCase("Pop-up", OpinionChannel.PopUp)]
    [TestCase("popup", OpinionChannel.PopUp)]
    [TestCase("pop up", OpinionChannel.PopUp)]
    [TestCase("Pop–up", OpinionChannel.PopUp)]
    [TestCase("  Möte ", OpinionChannel.Meeting)]
    [TestCase("Mo\u0308te", OpinionChannel.Meeting)] // "ö" written as o and a combining diaeresis (as a Mac may save it)
    [TestCase("Webben", OpinionChannel.Online)]
    public void A_channel_is_read_whatever_its_case_dashes_and_spaces(string text, OpinionChannel expected)
    {
        Swedish.Channels.TryParse(text, out var channel).Should().BeTrue();
        channel.Should().Be(expected);
    }

    [TestCase("16–25", AgeBand.Age16To25)]
    [TestCase("16-25", AgeBand.Age16To25)]
    [TestCase("16—25", AgeBand.Age16To25)]
    [TestCase("16 – 25", AgeBand.Age16To25)]
    [TestCase("16\u00A0–\u00A025", AgeBand.Age16To25)]
    [TestCase("age16To25", AgeBand.Age16To25)]
    [TestCase("65 eller äldre", AgeBand.Age65Plus)]
    [TestCase("65 ELLER ÄLDRE", AgeBand.Age65Plus)]
    [TestCase("65+", AgeBand.Age65Plus)]
    [TestCase("under 16", AgeBand.Under16)]
    [TestCase("Under16", AgeBand.Under16)]
    public void An_age_band_is_read_as_the_form_shows_it_and_as_older_files_wrote_it(string text, AgeBand expected)
    {
        Swedish.AgeBands.TryParse(text, out var band).Should().BeTrue();
        band.Should().Be(expected);
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("brev")]
    [TestCase("16-26")]
    [TestCase("Boende i Örebro")]
    public void What_is_no_label_is_not_read(string text)
    {
        Swedish.AgeBands.TryParse(text, out _).Should().BeFalse();
        Swedish.Relations.TryParse(text, out _).Should().BeFalse();
        Swedish.Channels.TryParse(text, out _).Should().BeFalse();
        Swedish.Channels.TryParse(null, out _).Should().BeFalse();
    }

    [Test]
    public void Labels_are_the_SPAs_words()
    {
        Swedish.Forms[DialogueForm.DialogueWalk].Should().Be("Dialogpromenad");
        Swedish.Channels[OpinionChannel.DialogueWalk].Should().Be("Dialogpromenad");
        Swedish.AgeBands[AgeBand.Age16To25].Should().Be("16–25");
        Swedish.AgeBands[AgeBand.Age65Plus].Should().Be("65 eller äldre");
        Swedish.Relations[Relation.Resident].Should().Be("Boende i Karlskoga");
        Swedish.Relations.TryParse("Boende", out var resident).Should().BeTrue();
        resident.Should().Be(Relation.Resident);
        Swedish.Statuses[DialogueStatus.FeedbackPublished].Should().Be("Beslutad – läs återkopplingen");
    }

    private static bool SaysIt(string catalogue, string code, string label)
    {
        foreach (var quote in new[] { "'", "\"" })
        {
            var value = $"{quote}{label}{quote}";
            for (var at = catalogue.IndexOf(value, StringComparison.Ordinal); at >= 0; at = catalogue.IndexOf(value, at + 1, StringComparison.Ordinal))
            {
                // The key before it: 'form.dialogueWalk': 'Dialogpromenad' or "dialogueWalk": "Dialogpromenad".
                var line = catalogue[(catalogue.LastIndexOf('\n', at) + 1)..at];
                if (line.Contains($"{code}{quote}", StringComparison.OrdinalIgnoreCase) || line.Contains($".{code}", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
