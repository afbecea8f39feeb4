using System.Text.RegularExpressions;

namespace Medborgardialog.Api.Domain.Screening;

/// <summary>Personal data in a text as written: personnummer, phone numbers and e-mail addresses (also disguised),
/// named by their kind for the moderator, never the number or address itself.</summary>
internal static partial class PersonalDataDetector
{
    /// <summary>Personal data is named by its kind, in Swedish, for the moderator: never the number or address itself.</summary>
    internal const string PhoneNumberKind = "telefonnummer";
    internal const string PersonnummerKind = "personnummer";
    internal const string EmailAddressKind = "e-postadress";

    /// <summary>Looks for personal data in the text as written (not normalised: "0" must stay a digit). A number that
    /// reads as a valid personnummer is not also reported as a phone number.</summary>
    public static void Find(string text, ref List<ContentHit>? hits)
    {
        if (text.AsSpan().ContainsAnyInRange('0', '9'))
        {
            Span<(int Start, int End)> personnummer = stackalloc (int, int)[8];
            var found = 0;
            foreach (var match in PersonnummerPattern().EnumerateMatches(text))
            {
                if (IsPersonnummer(text.AsSpan(match.Index, match.Length)))
                {
                    ContentCheck.Add(ref hits, new ContentHit(ContentCategory.PersonalData, PersonnummerKind));
                    if (found < personnummer.Length)
                    {
                        personnummer[found++] = (match.Index, match.Index + match.Length);
                    }
                }
            }

            foreach (var match in PhoneNumberPattern().EnumerateMatches(text))
            {
                if (!Overlaps(personnummer[..found], match.Index, match.Index + match.Length)
                    && IsPhoneNumber(text.AsSpan(match.Index, match.Length)))
                {
                    ContentCheck.Add(ref hits, new ContentHit(ContentCategory.PersonalData, PhoneNumberKind));
                    break;
                }
            }
        }

        if (text.AsSpan().ContainsAny('@', '(', '['))
        {
            foreach (var match in EmailAtAndDomainPattern().EnumerateMatches(text))
            {
                // The regex starts at the @ (rare, so it is found fast); the name before it is checked here.
                var before = match.Index - 1;
                if (text[match.Index] != '@' && before >= 0 && text[before] == ' ')
                {
                    before--;
                }

                if (before >= 0 && (char.IsLetterOrDigit(text[before]) || text[before] is '.' or '_' or '%' or '+' or '-'))
                {
                    ContentCheck.Add(ref hits, new ContentHit(ContentCategory.PersonalData, EmailAddressKind));
                    break;
                }
            }
        }
    }

    private static bool Overlaps(ReadOnlySpan<(int Start, int End)> ranges, int start, int end)
    {
        foreach (var range in ranges)
        {
            if (start < range.End && range.Start < end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>YYMMDD-NNNN, YYMMDD+NNNN (100 years or older), YYMMDDNNNN, YYYYMMDD(-)NNNN: a real month, a day
    /// 1–31 (61–91 for a samordningsnummer) and a Luhn check digit. Ten digits without a dash that begin with 0 are
    /// left to the phone number check (070…): the text is held either way.</summary>
    private static bool IsPersonnummer(ReadOnlySpan<char> match)
    {
        Span<int> digits = stackalloc int[12];
        var count = 0;
        var separated = false;
        foreach (var c in match)
        {
            if (char.IsAsciiDigit(c))
            {
                if (count == digits.Length)
                {
                    return false;
                }

                digits[count++] = c - '0';
            }
            else
            {
                separated = true;
            }
        }

        if (count == 12)
        {
            digits = digits[2..];
        }
        else if (count != 10 || (!separated && digits[0] == 0))
        {
            return false;
        }

        var month = (digits[2] * 10) + digits[3];
        var day = (digits[4] * 10) + digits[5];
        if (month is < 1 or > 12 || day is not ((>= 1 and <= 31) or (>= 61 and <= 91)))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            var d = digits[i] * (i % 2 == 0 ? 2 : 1);
            sum += (d / 10) + (d % 10);
        }

        return (10 - (sum % 10)) % 10 == digits[9];
    }

    /// <summary>The regex finds the shape (0 + 7–9 digits, or +46/0046 + 7–9 digits, in groups); this rules out the
    /// few everyday numbers of that shape: a date written 05-06-2026 and opening hours written 0800-1700.</summary>
    private static bool IsPhoneNumber(ReadOnlySpan<char> match)
    {
        if (match.Length == 10 && match[2] is '-' or '/' && match[5] == match[2]
            && !match[..2].ContainsAnyExceptInRange('0', '9') && !match[3..5].ContainsAnyExceptInRange('0', '9')
            && !match[6..].ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        Span<char> compact = stackalloc char[match.Length];
        var length = 0;
        foreach (var c in match)
        {
            if (c != ' ' && c != '\u00A0')
            {
                compact[length++] = c;
            }
        }

        compact = compact[..length];
        return !(compact.Length == 9 && compact[4] is '-' or '\u2013' && IsTime(compact[..4]) && IsTime(compact[5..]));
    }

    private static bool IsTime(ReadOnlySpan<char> hhmm) =>
        !hhmm.ContainsAnyExceptInRange('0', '9')
        && ((hhmm[0] - '0') * 10) + (hhmm[1] - '0') <= 24
        && ((hhmm[2] - '0') * 10) + (hhmm[3] - '0') <= 59;

    private const string NotAfterWordOrNumber = @"(?<![\p{L}\p{N}+])";
    private const string PhoneSeparator = @"[\x20\u00A0\-\u2013/)]{0,3}";

    /// <summary>Not glued to a word, and not the next group of an amount or a date ("1 050 000 000", "2026-01-05").</summary>
    private const string PhoneStart = NotAfterWordOrNumber + @"(?<!\p{N}[\x20\u00A0.,:/\-\u2013])";

    [GeneratedRegex(PhoneStart
        + @"(?:(?:\+|00)[\x20\u00A0]?46[\x20\u00A0\-]?(?:\(0\)[\x20\u00A0\-]?)?[1-9](?:" + PhoneSeparator + @"\d){6,8}"
        + @"|\(?0[1-9](?:" + PhoneSeparator + @"\d){6,8})"
        + @"(?!\p{N})", RegexOptions.CultureInvariant)]
    private static partial Regex PhoneNumberPattern();

    [GeneratedRegex(NotAfterWordOrNumber + @"(?:(?:18|19|20)\d{6}|\d{6})[\-+\u2013]?\d{4}(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex PersonnummerPattern();

    /// <summary>The @ of an e-mail address and its domain, also when disguised as "namn (at) example.se". The part
    /// before the @ is checked in code, so the search jumps from one @ or bracket to the next.</summary>
    [GeneratedRegex(@"(?:@|[(\[]\x20?(?:at|snabel-a)\x20?[)\]]\x20?)[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.\p{L}{2,}",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EmailAtAndDomainPattern();
}
