using Medborgardialog.Api.Domain;
using System.Text.RegularExpressions;
using FluentAssertions.Execution;
using Medborgardialog.Api.Features.Moderation;
using Medborgardialog.Api.Domain.Screening;

namespace Medborgardialog.Api.Tests.Features.Moderation;

public sealed partial class ContentCheckTests
{
    private static readonly string TestSetPath = Path.Combine(AppContext.BaseDirectory, "Features", "Moderation", "content-check-test-set.txt");

    private static readonly string[] PersonalDataKinds = ["telefonnummer", "personnummer", "e-postadress"];

    /// <summary>One test case per line of the test set, named by the line, so a failure says which sentence.</summary>
    private static IEnumerable<TestCaseData> TestSet() =>
        ReadTestSet().Select(line => new TestCaseData(line).SetArgDisplayNames(line));

    [TestCaseSource(nameof(TestSet))]
    public void A_sentence_of_the_test_set_is_held_or_passed_as_marked(string line)
    {
        var (expected, sentence) = Parse(line);

        var hits = ContentCheck.Swedish.Check(sentence);

        if (expected is { } flag)
        {
            hits.Select(h => h.Category).Should().Contain(flag, "'{0}' must be held", sentence);
        }
        else
        {
            hits.Should().BeEmpty("'{0}' must pass", sentence);
        }
    }

    [Test]
    public void The_test_set_has_enough_sentences_to_hold_and_to_pass()
    {
        var lines = ReadTestSet().Select(Parse).ToList();

        lines.Count(l => l.Expected is not null).Should().BeGreaterThanOrEqualTo(30);
        lines.Count(l => l.Expected is null).Should().BeGreaterThanOrEqualTo(40);
    }

    [Test]
    public void A_personal_data_hit_names_the_kind_never_the_data()
    {
        var sentences = ReadTestSet().Select(Parse).Where(l => l.Expected == ContentCategory.PersonalData).Select(l => l.Sentence).ToList();
        sentences.Should().NotBeEmpty();

        using var scope = new AssertionScope();
        foreach (var sentence in sentences)
        {
            var terms = ContentCheck.Swedish.Check(sentence).Where(h => h.Category == ContentCategory.PersonalData).Select(h => h.Term).ToList();
            terms.Should().NotBeEmpty().And.OnlyContain(t => PersonalDataKinds.Contains(t), "in '{0}'", sentence);
            foreach (var secret in Secrets().Matches(sentence).Select(m => m.Value))
            {
                terms.Should().NotContain(t => t.Contains(secret, StringComparison.OrdinalIgnoreCase), "in '{0}'", sentence);
            }
        }
    }

    [Test]
    public void Each_reason_is_given_once_however_often_and_however_disguised_it_occurs()
    {
        var hits = ContentCheck.Swedish.Check(
            "Jag ska döda dig. JAG SKA DÖDA DIG! j4g sk4 d0d4 d1g, jag ska dööööda dig. Ring 070-123 45 67 eller 0701234567.");

        hits.Should().OnlyHaveUniqueItems();
        hits.Should().Contain(new ContentHit(ContentCategory.Threat, "döda dig"));
        hits.Should().ContainSingle(h => h.Category == ContentCategory.PersonalData).Which.Term.Should().Be("telefonnummer");
    }

    [Test]
    public void Disguises_are_undone_for_every_word_of_a_long_text()
    {
        var text = "Jag ska dööööda dig, din bööögjävel, " + string.Concat(Enumerable.Repeat("ett helt vanligt ord ", 200))
            + "d ö ö ö d a dig och sssvartskallle och $$$vartskalle.";

        ContentCheck.Swedish.Check(text).Should().BeEquivalentTo(
            [new ContentHit(ContentCategory.Threat, "döda dig"), new ContentHit(ContentCategory.Hate, "bögjäv*"), new ContentHit(ContentCategory.Hate, "svartskall*")]);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   \n ")]
    public void An_empty_text_holds_nothing(string? text) =>
        ContentCheck.Swedish.Check(text).Should().BeEmpty();

    [Test]
    public void Every_line_of_the_lexicon_is_a_comment_or_an_entry_of_a_known_category()
    {
        var lexicon = ContentCheck.ReadEmbeddedLexicon();
        var entries = lexicon.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

        entries.Should().HaveCountGreaterThan(50)
            .And.OnlyContain(l => l.StartsWith("threat:", StringComparison.Ordinal) || l.StartsWith("hate:", StringComparison.Ordinal));
        ContentCheck.FromLexicon(lexicon).EntryCount.Should().Be(entries.Count);
    }

    [TestCase("violence: slå", "*line 1*unknown category 'violence'*")]
    [TestCase("# kommentar\nthreat döda", "*line 2*expected 'category: entry'*")]
    [TestCase("hate: pk-hora", "*line 1*'pk-hora' is not a word*")]
    [TestCase("threat: ska !döda dig", "*line 1*'!'*")]
    public void A_lexicon_line_that_is_not_understood_is_refused_with_its_line_number(string lexicon, string message) =>
        FluentActions.Invoking(() => ContentCheck.FromLexicon(lexicon)).Should().Throw<FormatException>().WithMessage(message);

    [TestCase("Ut med svartskallarna!", true)]
    [TestCase("En mördare har gripits.", false)]
    [TestCase("Vi vill bekämpa mördarsniglarna.", false)]
    [TestCase("Jag ska mörda dig.", true)]
    public void A_word_matches_whole_unless_the_entry_ends_with_a_star(string text, bool held) =>
        ContentCheck.FromLexicon("hate: svartskall*\nthreat: mörda").Check(text).Any().Should().Be(held);

    [TestCase("Tavlan ska hängas upp i entrén.", false)]
    [TestCase("Han ska hängas för det här.", true)]
    [TestCase("Vildsvinen borde skjutas.", false)]
    [TestCase("Kommunalrådet borde skjutas.", true)]
    public void An_exception_before_or_after_a_phrase_lets_it_pass(string text, bool held) =>
        ContentCheck.FromLexicon("threat: ska hängas !upp\nthreat: !vildsvinen borde skjutas").Check(text).Any().Should().Be(held);

    [Test]
    public void A_hit_names_the_words_as_the_lexicon_spells_them_not_as_disguised() =>
        ContentCheck.FromLexicon("threat: ska|kommer döda dig|er").Check("J4G SK4 D Ö D A D1G").Should()
            .Equal(new ContentHit(ContentCategory.Threat, "ska döda dig"));

    private static (ContentCategory? Expected, string Sentence) Parse(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        var sentence = line[(colon + 1)..].Trim();
        return line[..colon] switch
        {
            "hold threat" => (ContentCategory.Threat, sentence),
            "hold hate" => (ContentCategory.Hate, sentence),
            "hold personal" => (ContentCategory.PersonalData, sentence),
            "pass" => (null, sentence),
            var other => throw new FormatException($"Unknown test set marker '{other}' in: {line}"),
        };
    }

    private static IEnumerable<string> ReadTestSet() =>
        File.ReadLines(TestSetPath).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'));

    /// <summary>The personal data in a test sentence: digit groups and e-mail-like words.</summary>
    [GeneratedRegex(@"\d{2,}|[\w.+-]+@[\w.-]+|\w+\s?\(at\)\s?[\w.]+")]
    private static partial Regex Secrets();
}
