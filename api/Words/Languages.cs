using System.Collections.Concurrent;
using System.Globalization;

namespace Medborgardialog.Api.Words;

/// <summary>
/// The languages residents are served in (issue 15): Swedish, the source and the default, and six more. The SPA's
/// resident catalogues and the e-mail catalogues (<c>Words/Mail/&lt;code&gt;.json</c>) exist in each; the staff console
/// speaks Swedish and English. Codes are BCP 47: <c>prs</c> is Dari (Afghan Persian).
/// </summary>
public static class Languages
{
    public const string Swedish = "sv";

    /// <summary>Every language a resident can choose, Swedish first, each named in itself.</summary>
    public static IReadOnlyList<(string Code, string Name)> All { get; } =
    [
        (Swedish, "Svenska"),
        ("en", "English"),
        ("ar", "العربية"),
        ("so", "Soomaali"),
        ("ti", "ትግርኛ"),
        ("prs", "دری"),
        ("fi", "Suomi"),
    ];

    /// <summary>The codes of <see cref="All"/>.</summary>
    public static IReadOnlyList<string> Codes { get; } = [.. All.Select(l => l.Code)];

    /// <summary>The languages dialogue content may be translated into: all but the source.</summary>
    public static IReadOnlyList<string> TranslationTargets { get; } = [.. Codes.Where(c => c != Swedish)];

    public static bool IsSupported(string? code) => code is not null && Codes.Contains(code);

    /// <summary>A resident's language as given (<c>ar</c>, <c>AR</c>, <c>ar-SE</c>, <c>fa-AF</c> and <c>fa</c> as Dari), or Swedish for anything
    /// unknown — never an error: a resident is served in Swedish rather than refused.</summary>
    public static string Normalise(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return Swedish;
        }

        var folded = code.Trim().Replace('_', '-').ToLowerInvariant();
        if (IsSupported(folded))
        {
            return folded;
        }

        // Dari is often sent as fa-AF; a reader of Persian (fa, fa-IR) reads Dari's written Persian far better than Swedish.
        var primary = folded.Split('-')[0];
        return IsSupported(primary) ? primary : primary == "fa" ? "prs" : Swedish;
    }

    /// <summary>The language's name in itself ("العربية"); the code when it is not one of ours.</summary>
    public static string NameOf(string code) => All.FirstOrDefault(l => l.Code == code).Name ?? code;

    /// <summary>Written right to left.</summary>
    public static bool IsRightToLeft(string code) => code is "ar" or "prs";

    private static readonly ConcurrentDictionary<string, CultureInfo> Cultures = new();

    /// <summary>How .NET writes dates and numbers in the language, always on the Gregorian calendar (meetings happen in
    /// Sweden); read-only, made once per language. The app runs with ICU (<c>InvariantGlobalization</c> false in
    /// Directory.Build.props): without it every culture would write numbers and months as the invariant one does.</summary>
    public static CultureInfo Culture(string code) => Cultures.GetOrAdd(code, Make);

    /// <summary>A number as a person reads it in <paramref name="culture"/>: grouped ("100 000" in Swedish, "100,000" in
    /// English), with up to two decimals after the language's decimal sign ("2,5"). Not for a year, nor for a CSV cell,
    /// which a spreadsheet must read back as a number.</summary>
    public static string Number(IFormattable value, CultureInfo culture) => value.ToString("#,0.##", culture);

    private static CultureInfo Make(string code)
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo(code switch
        {
            Swedish => "sv-SE",
            "en" => "en-GB",
            "fi" => "fi-FI",
            "prs" => "fa-AF",
            _ => code,
        }).Clone();
        if (culture.DateTimeFormat.Calendar is not GregorianCalendar
            && culture.OptionalCalendars.OfType<GregorianCalendar>().FirstOrDefault() is { } gregorian)
        {
            culture.DateTimeFormat.Calendar = gregorian;
        }

        return CultureInfo.ReadOnly(culture);
    }
}
