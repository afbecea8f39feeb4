using System.Globalization;
using Medborgardialog.Api.Words;

namespace Medborgardialog.Api.Tests.Words;

/// <summary>The languages residents are served in, and the e-mail catalogues (Words/Mail/&lt;code&gt;.json): every language has
/// one, with Swedish's keys (plurals by the language's own CLDR categories) and the same placeholders; no extra keys.</summary>
public sealed class LanguagesTests
{
    private static IEnumerable<string> Languages_() => Languages.Codes;

    [TestCaseSource(nameof(Languages_))]
    public void Every_language_has_an_e_mail_catalogue_with_Swedishs_keys_and_placeholders(string language)
    {
        MailWords.LanguagesWithCatalogue.Should().Contain(language, $"api/Words/Mail/{language}.json is missing");
        var swedish = MailWords.Catalogue(Languages.Swedish);
        var words = MailWords.Catalogue(language);
        var categories = PluralCategories(language);

        var expected = swedish.Keys.SelectMany(key => Base(key) is { } plural
                ? (IEnumerable<string>)categories.Select(c => $"{plural}_{c}")
                : [key]).Distinct().ToHashSet();
        words.Keys.Should().BeEquivalentTo(expected, $"{language}.json has exactly Swedish's keys (plural forms: {string.Join(", ", categories)})");
        foreach (var (key, text) in words)
        {
            text.Should().NotBeNullOrWhiteSpace($"{language}: {key}");
            var source = swedish.TryGetValue(key, out var same) ? same : swedish[$"{Base(key)}_other"];
            var wanted = MailWords.PlaceholdersOf(source).ToHashSet();
            var found = MailWords.PlaceholdersOf(text).ToHashSet();
            if (Base(key) is not null)
            {
                wanted.Remove("count"); // a plural form may leave the number out ("en person", Arabic's dual)
                found.Remove("count");
            }

            found.Should().BeEquivalentTo(wanted, $"{language}: {key} keeps Swedish's placeholders");
        }
    }

    [Test]
    public void No_catalogue_is_for_a_language_that_is_not_served() =>
        MailWords.LanguagesWithCatalogue.Should().BeSubsetOf(Languages.Codes);

    [TestCase("sv", 1, "one")]
    [TestCase("sv", 2, "other")]
    [TestCase("ar", 0, "zero")]
    [TestCase("ar", 2, "two")]
    [TestCase("ar", 7, "few")]
    [TestCase("ar", 11, "many")]
    [TestCase("ar", 100, "other")]
    [TestCase("prs", 0, "one")]
    [TestCase("ti", 1, "one")]
    [TestCase("fi", 5, "other")]
    public void Plural_categories_are_CLDRs(string language, int n, string category) =>
        MailWords.PluralCategory(language, n).Should().Be(category);

    [Test]
    public void A_word_a_language_lacks_is_said_in_Swedish_and_parameters_fill_placeholders()
    {
        MailWords.Say("zz", "confirm.subject", ("title", "Skatepark")).Should().Be("Bekräfta din e-post: Skatepark");
        MailWords.Say("sv", "signUp.people", ("count", 1)).Should().Be("1 person");
        MailWords.Say("sv", "signUp.people", ("count", 3)).Should().Be("3 personer");
    }

    [Test]
    public void A_number_in_a_mail_is_written_as_the_mails_language_writes_it()
    {
        MailWords.Say("sv", "signUp.people", ("count", 1000)).Should().Be("1\u00a0000 personer");
        MailWords.Say("en", "signUp.people", ("count", 1000)).Should().Be("1,000 people");
        MailWords.Say("sv", "follow.erasure", ("days", 1095)).Should().Contain("senast 1\u00a0095 dagar");
        MailWords.Say("prs", "signUp.people", ("count", 1000)).Should().Contain(Languages.Number(1000, Languages.Culture("prs")));
        MailWords.Say("zz", "signUp.people", ("count", 1000)).Should().Be("1\u00a0000 personer", "a language not served is Swedish");
    }

    [Test]
    public void The_app_has_the_cultures_it_writes_in_not_the_invariant_one()
    {
        // InvariantGlobalization (or a missing ICU) would leave every culture writing numbers as "1,000.5".
        Languages.Number(100000.5, Languages.Culture("sv")).Should().Be("100\u00a0000,5");
        Languages.Number(100000.5, Languages.Culture("en")).Should().Be("100,000.5");
        Medborgardialog.Api.Words.Swedish.Number(2.5).Should().Be("2,5");
    }

    [TestCaseSource(nameof(Languages_))]
    public void Each_language_writes_dates_on_the_Gregorian_calendar(string language)
    {
        var culture = Languages.Culture(language);

        culture.DateTimeFormat.Calendar.Should().BeOfType<GregorianCalendar>();
        new DateTime(2026, 12, 10).ToString("yyyy", culture).Should().Be("2026");
    }

    [Test]
    public void Two_languages_are_written_right_to_left() =>
        Languages.Codes.Where(Languages.IsRightToLeft).Should().Equal("ar", "prs");

    private static string? Base(string key)
    {
        var i = key.LastIndexOf('_');
        return i > 0 && key[(i + 1)..] is "zero" or "one" or "two" or "few" or "many" or "other" ? key[..i] : null;
    }

    /// <summary>The plural categories MailWords picks from for whole numbers in the language.</summary>
    private static string[] PluralCategories(string language) =>
        [.. Enumerable.Range(0, 200).Select(n => MailWords.PluralCategory(language, n)).Distinct().OrderBy(Order)];

    private static int Order(string category) => Array.IndexOf(["zero", "one", "two", "few", "many", "other"], category);
}

/// <summary>The server's languages are the SPA's (web/src/i18n/languages.ts): the same codes in the same order, each with
/// the same name in itself and the same direction, so a language added on one side and not the other fails here.</summary>
public sealed partial class LanguagesMatchTheSpaTests
{
    [Test]
    public void The_server_and_the_SPA_serve_the_same_languages_named_and_written_alike()
    {
        var source = File.ReadAllText(Path.Combine(Medborgardialog.Api.Tests.Infrastructure.RepoRoot.Path, "web", "src", "i18n", "languages.ts"));
        var spa = Entry().Matches(source).Select(m => (Code: m.Groups[1].Value, Name: m.Groups[2].Value, RightToLeft: m.Groups[3].Value == "rtl")).ToList();

        spa.Should().NotBeEmpty("web/src/i18n/languages.ts lists the SPA's languages as { code, name, dir }");
        spa.Should().Equal(Languages.All.Select(l => (l.Code, l.Name, Languages.IsRightToLeft(l.Code))));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\{\s*code:\s*'([a-z]+)',\s*name:\s*'([^']+)',\s*dir:\s*'(ltr|rtl)'")]
    private static partial System.Text.RegularExpressions.Regex Entry();
}
