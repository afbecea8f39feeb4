using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Medborgardialog.Api.Words;

/// <summary>
/// The words of the e-mails to residents, in the resident's language: one catalogue per language in
/// <c>Words/Mail/&lt;code&gt;.json</c> (embedded), the SPA's format — flat keys, <c>{{name}}</c> placeholders, plurals as
/// <c>key_one</c>, <c>key_other</c> … by CLDR. A word a language lacks is said in Swedish. Correcting a translation
/// is editing one file; a test checks that every file has Swedish's keys and placeholders.
/// </summary>
public static partial class MailWords
{
    private static readonly FrozenDictionary<string, FrozenDictionary<string, string>> Catalogues = Load();

    /// <summary>The languages with a mail catalogue.</summary>
    public static IReadOnlyCollection<string> LanguagesWithCatalogue => Catalogues.Keys;

    /// <summary>The catalogue of a language as embedded (for tests).</summary>
    public static IReadOnlyDictionary<string, string> Catalogue(string language) =>
        Catalogues.TryGetValue(language, out var words) ? words : FrozenDictionary<string, string>.Empty;

    /// <summary><paramref name="key"/> in <paramref name="language"/> with its parameters; a <c>count</c> among them picks
    /// the plural form. A number is written as the language writes it ("1 000" in Swedish, "1,000" in English).</summary>
    public static string Say(string language, string key, params (string Name, object Value)[] parameters)
    {
        var count = parameters.FirstOrDefault(p => p.Name == "count").Value;
        var template = count is int n ? Find(language, $"{key}_{PluralCategory(language, n)}") ?? Find(language, $"{key}_other") : null;
        template ??= Find(language, key) ?? key;
        return Placeholder().Replace(template, m =>
        {
            var name = m.Groups[1].Value;
            var found = parameters.FirstOrDefault(p => p.Name == name);
            return found.Name is null ? m.Value
                : found.Value is int or long or decimal or double ? Languages.Number((IFormattable)found.Value, Languages.Culture(Languages.Normalise(language)))
                : Convert.ToString(found.Value, CultureInfo.InvariantCulture) ?? "";
        });
    }

    private static string? Find(string language, string key) =>
        Catalogues.TryGetValue(language, out var words) && words.TryGetValue(key, out var word) ? word
        : Catalogues[Languages.Swedish].GetValueOrDefault(key);

    /// <summary>CLDR's cardinal plural category of a whole number in the languages served (the rules of
    /// unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html).</summary>
    public static string PluralCategory(string language, int n) => language switch
    {
        "ar" => n switch
        {
            0 => "zero",
            1 => "one",
            2 => "two",
            _ when n % 100 is >= 3 and <= 10 => "few",
            _ when n % 100 is >= 11 and <= 99 => "many",
            _ => "other",
        },
        "prs" or "ti" => n is 0 or 1 ? "one" : "other",
        _ => n == 1 ? "one" : "other",
    };

    [GeneratedRegex(@"\{\{\s*(\w+)\s*\}\}")]
    private static partial Regex Placeholder();

    /// <summary>The placeholders a text names.</summary>
    public static IReadOnlySet<string> PlaceholdersOf(string text) =>
        Placeholder().Matches(text).Select(m => m.Groups[1].Value).ToHashSet();

    private static FrozenDictionary<string, FrozenDictionary<string, string>> Load()
    {
        var assembly = typeof(MailWords).Assembly;
        const string prefix = "Medborgardialog.Api.Words.Mail.";
        var catalogues = new Dictionary<string, FrozenDictionary<string, string>>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            var words = JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? [];
            catalogues[name[prefix.Length..^".json".Length]] = words.ToFrozenDictionary();
        }

        return catalogues.ToFrozenDictionary();
    }
}
