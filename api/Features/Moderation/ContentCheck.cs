using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.RegularExpressions;


namespace Medborgardialog.Api.Features.Moderation;

/// <summary>The automatic hold: finds threats, slurs and personal data in a resident's text so that a moderator reads
/// it before it is published. Words are matched whole against a curated lexicon (see Lexicon/sv.txt for the format),
/// after undoing the usual disguises — leetspeak, stretched letters, spaced-out letters — so that "d0d4 d1g" is caught
/// while "döda träd" and "skjutbana" are not. It runs on every submitted opinion: the lexicon is parsed once into
/// frozen lookups, a check allocates nothing unless something is found, and personal data uses generated regexes.</summary>
public sealed partial class ContentCheck
{
    internal const string LexiconResourceName = "Medborgardialog.Api.Features.Moderation.Lexicon.sv.txt";

    /// <summary>Personal data is named by its kind, in Swedish, for the moderator: never the number or address itself.</summary>
    internal const string PhoneNumberKind = "telefonnummer";
    internal const string PersonnummerKind = "personnummer";
    internal const string EmailAddressKind = "e-postadress";

    /// <summary>Phrases longer than this are not useful and would need a larger scratch buffer in <see cref="Match"/>.</summary>
    private const int MaxPhraseWords = 8;

    /// <summary>A prefix entry ("svartskall*") must be long enough not to catch ordinary words by accident.</summary>
    private const int MinPrefixLength = 3;

    private const int FilterBits = 1 << 16;

    private static readonly Lazy<ContentCheck> SwedishCheck = new(() => FromLexicon(ReadEmbeddedLexicon()));

    /// <summary>Each scratch buffer serves one check at a time; checks are synchronous, so one per thread is enough
    /// and a check allocates nothing once the buffers have grown to the longest text seen.</summary>
    [ThreadStatic]
    private static Scratch? _scratch;

    private readonly FrozenDictionary<string, Candidate[]>.AlternateLookup<ReadOnlySpan<char>> _words;
    private readonly FrozenDictionary<string, Candidate[]>.AlternateLookup<ReadOnlySpan<char>> _prefixes;

    /// <summary>Bloom-like filters over a word's first letters and length (see <see cref="Signature"/>): a clear bit
    /// means no lexicon word or prefix can match, so most words of a text skip the dictionary lookups.</summary>
    private readonly ulong[] _wordFilter = new ulong[FilterBits / 64];
    private readonly ulong[] _prefixFilter = new ulong[FilterBits / 64];

    /// <summary>Bit n is set when some prefix is n letters long.</summary>
    private readonly ulong _prefixLengths;

    /// <summary>The number of words of the longest entry.</summary>
    private readonly int _longestEntry;

    private ContentCheck(Dictionary<string, List<Candidate>> words, Dictionary<string, List<Candidate>> prefixes)
    {
        _words = words.ToFrozenDictionary(w => w.Key, w => w.Value.ToArray(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixes = prefixes.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in words.Keys)
        {
            Set(_wordFilter, Signature(word, word.Length));
        }

        foreach (var prefix in prefixes.Keys)
        {
            Set(_prefixFilter, Signature(prefix, 0));
        }

        _prefixLengths = prefixes.Keys.Aggregate(0UL, (lengths, p) => lengths | (1UL << p.Length));
        var entries = words.Values.Concat(prefixes.Values).SelectMany(c => c).Select(c => c.Entry).Distinct().ToList();
        EntryCount = entries.Count;
        _longestEntry = entries.Count == 0 ? 0 : entries.Max(e => e.Words.Length);
    }

    /// <summary>The Swedish lexicon embedded in the API, loaded on first use.</summary>
    public static ContentCheck Swedish => SwedishCheck.Value;

    /// <summary>How many lexicon entries were read (for tests and diagnostics).</summary>
    internal int EntryCount { get; }

    /// <summary>Builds a check from lexicon text in the format described at the top of Lexicon/sv.txt. Throws a
    /// <see cref="FormatException"/> naming the line when a line is not understood, so a bad edit fails at once.</summary>
    public static ContentCheck FromLexicon(string lexiconText)
    {
        ArgumentNullException.ThrowIfNull(lexiconText);
        var words = new Dictionary<string, List<Candidate>>(StringComparer.Ordinal);
        var prefixes = new Dictionary<string, List<Candidate>>(StringComparer.Ordinal);
        var lines = lexiconText.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var entry = ParseLine(lines[i], i + 1);
            if (entry is null)
            {
                continue;
            }

            var first = entry.Words[0].Alternatives;
            for (var a = 0; a < first.Length; a++)
            {
                foreach (var key in first[a].Keys)
                {
                    var index = first[a].IsPrefix ? prefixes : words;
                    if (!index.TryGetValue(key, out var candidates))
                    {
                        index[key] = candidates = [];
                    }

                    candidates.Add(new Candidate(entry, a));
                }
            }
        }

        return new ContentCheck(words, prefixes);
    }

    /// <summary>The reasons to hold <paramref name="text"/>: each distinct (category, term) once; empty when there
    /// is nothing to hold.</summary>
    public IReadOnlyList<ContentHit> Check(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        List<ContentHit>? hits = null;
        var scratch = _scratch ??= new Scratch();
        scratch.Reset();
        Tokenise(text, scratch);
        Match(scratch, scratch.Words, scratch.WordCount, nearJoinedOnly: false, ref hits);
        if (JoinDisguisedWords(text, scratch))
        {
            Match(scratch, scratch.Joined, scratch.JoinedCount, nearJoinedOnly: true, ref hits);
        }

        FindPersonalData(text, ref hits);
        return hits is null ? Array.Empty<ContentHit>() : hits;
    }

    /// <summary>The lexicon text embedded in the API assembly.</summary>
    internal static string ReadEmbeddedLexicon()
    {
        using var stream = typeof(ContentCheck).Assembly.GetManifestResourceStream(LexiconResourceName)
            ?? throw new InvalidOperationException($"The lexicon '{LexiconResourceName}' is not embedded in the API assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    // ----- Lexicon -------------------------------------------------------------------------------------------------

    private static Entry? ParseLine(string line, int number)
    {
        var hash = line.IndexOf('#', StringComparison.Ordinal);
        var content = (hash >= 0 ? line[..hash] : line).Trim();
        if (content.Length == 0)
        {
            return null;
        }

        var colon = content.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            throw new FormatException($"Lexicon line {number}: expected 'category: entry', found '{content}'.");
        }

        var category = content[..colon].Trim();
        var flag = category.ToUpperInvariant() switch
        {
            "THREAT" => ContentCategory.Threat,
            "HATE" => ContentCategory.Hate,
            _ => throw new FormatException($"Lexicon line {number}: unknown category '{category}' (known: threat, hate)."),
        };
        var parts = content[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Slot? before = null;
        Slot? after = null;
        var slots = new List<Slot>();
        for (var p = 0; p < parts.Length; p++)
        {
            if (!parts[p].StartsWith('!'))
            {
                slots.Add(ParseSlot(parts[p], number));
            }
            else if (p == 0)
            {
                before = ParseSlot(parts[p][1..], number);
            }
            else if (p == parts.Length - 1)
            {
                after = ParseSlot(parts[p][1..], number);
            }
            else
            {
                throw new FormatException($"Lexicon line {number}: '!' is only allowed on the first or last word.");
            }
        }

        if (slots.Count is 0 or > MaxPhraseWords)
        {
            throw new FormatException($"Lexicon line {number}: an entry has 1 to {MaxPhraseWords} words.");
        }

        return new Entry(flag, before, [.. slots], after);
    }

    private static Slot ParseSlot(string part, int number) =>
        new(part.Split('|').Select(alternative => ParseWord(alternative, number)).ToArray());

    private static Word ParseWord(string alternative, int number)
    {
        var isPrefix = alternative.EndsWith('*');
        var stem = isPrefix ? alternative[..^1] : alternative;
        if (stem.Length == 0 || !stem.All(char.IsLetter))
        {
            throw new FormatException($"Lexicon line {number}: '{alternative}' is not a word (letters only, '*' at the end).");
        }

        if (isPrefix && (stem.Length < MinPrefixLength || stem.Length >= 64))
        {
            throw new FormatException($"Lexicon line {number}: '{alternative}' is too short or too long for a prefix.");
        }

        var normalised = string.Create(stem.Length, stem, static (chars, s) =>
        {
            for (var i = 0; i < s.Length; i++)
            {
                chars[i] = Normalise(s[i]);
            }
        });
        var withoutDiacritics = string.Create(normalised.Length, normalised, static (chars, s) =>
        {
            for (var i = 0; i < s.Length; i++)
            {
                chars[i] = s[i] switch { 'å' or 'ä' => 'a', 'ö' => 'o', 'é' or 'è' => 'e', 'ü' => 'u', var c => c };
            }
        });
        // Text written without å/ä/ö ("doda dig") matches the entry; the reverse is never tried, so "höra" stays "höra"
        // and does not become "hora".
        string[] keys = normalised == withoutDiacritics ? [normalised] : [normalised, withoutDiacritics];
        return new Word(normalised + (isPrefix ? "*" : ""), keys, isPrefix);
    }

    // ----- Tokens --------------------------------------------------------------------------------------------------

    /// <summary>Splits the text into words — runs of letters and digits, plus the leetspeak signs @ and $ — and
    /// writes each normalised into the scratch buffer. Combining marks and invisible format characters (soft hyphen,
    /// zero-width space) are dropped from inside a word instead of splitting it.</summary>
    private static void Tokenise(string text, Scratch s)
    {
        // Each character of the text becomes at most one character of a word, so the buffer is made large enough
        // once and written through a local span.
        s.EnsureCapacity(s.CharCount + text.Length);
        var chars = s.Chars.AsSpan();
        var n = s.CharCount;
        var i = 0;
        while (i < text.Length)
        {
            if (WordChar(text[i]) == '\0')
            {
                i++;
                continue;
            }

            var rawStart = i;
            var start = n;
            var previous = '\0';
            var run = 0;
            var stretched = false;
            for (; i < text.Length; i++)
            {
                var c = WordChar(text[i]);
                if (c == '\0')
                {
                    break;
                }

                if (c == Invisible)
                {
                    continue;
                }

                run = c == previous ? run + 1 : 1;
                stretched |= run == 3;
                previous = c;
                chars[n++] = c;
            }

            if (n > start)
            {
                s.CharCount = n;
                s.AddWord(rawStart, i, start, n - start, stretched);
                if (stretched)
                {
                    // The shortened forms were appended after the word: continue after them, in a buffer that may
                    // have grown.
                    n = s.CharCount;
                    s.EnsureCapacity(n + text.Length - i);
                    chars = s.Chars.AsSpan();
                }
            }
        }
    }

    /// <summary>Builds the second reading of the text, where letters spaced out ("d ö d a", "d.ö.d.a") and words
    /// split by a hyphen ("svart-skalle") are joined. Returns false when there is nothing to join, which is the
    /// common case, so the text is matched once.</summary>
    private static bool JoinDisguisedWords(string text, Scratch s)
    {
        var any = false;
        for (var w = 0; w + 1 < s.WordCount && !any; w++)
        {
            any = Joins(text, s.Words[w], s.Words[w + 1]);
        }

        if (!any)
        {
            return false;
        }

        var count = s.WordCount;
        for (var w = 0; w < count;)
        {
            var last = w;
            while (last + 1 < count && Joins(text, s.Words[last], s.Words[last + 1]))
            {
                last++;
            }

            if (last == w)
            {
                s.AddJoined(s.Words[w]);
                w++;
                continue;
            }

            var start = s.CharCount;
            for (var k = w; k <= last; k++)
            {
                var part = s.Words[k];
                for (var c = 0; c < part.Length; c++)
                {
                    s.Append(s.Chars[part.Start + c]);
                }
            }

            s.AddJoined(new Token { RawStart = s.Words[w].RawStart, RawEnd = s.Words[last].RawEnd, Start = start, Length = s.CharCount - start, IsJoined = true });
            w = last + 1;
        }

        return true;
    }

    private static bool Joins(string text, in Token a, in Token b)
    {
        var gap = text.AsSpan(a.RawEnd, b.RawStart - a.RawEnd);
        if (gap.Length == 1 && gap[0] is '-' or '\u2010' or '\u2011')
        {
            // Between letters only: "2026-11-23" and "18.00-20.00" are not disguised words.
            return char.IsLetter(text[a.RawEnd - 1]) && char.IsLetter(text[b.RawStart]);
        }

        return a.Length == 1 && b.Length == 1 && gap.Length <= 3 && !gap.ContainsAny('\n', '\r');
    }

    /// <summary>Returned by <see cref="WordChar"/> for a character that belongs to a word but is not written.</summary>
    private const char Invisible = '\uFFFF';

    /// <summary>ASCII word characters normalised (<see cref="Normalise"/>); 0 for the rest. A table, because this runs
    /// for every character of every opinion.</summary>
    private static readonly char[] AsciiWordChars = Enumerable.Range(0, 128)
        .Select(c => char.IsAsciiLetterOrDigit((char)c) || c is '@' or '$' ? Normalise((char)c) : '\0').ToArray();

    /// <summary>The character normalised when it belongs to a word; <see cref="Invisible"/> for combining marks and
    /// format characters (soft hyphen, zero-width space), which are dropped instead of splitting the word; 0 when it
    /// separates words.</summary>
    private static char WordChar(char c)
    {
        if (c < 128)
        {
            return AsciiWordChars[c];
        }

        if (char.IsLetterOrDigit(c))
        {
            return Normalise(c);
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format ? Invisible : '\0';
    }

    /// <summary>Lower case, with leetspeak undone. Digits are mapped even in plain numbers ("100" becomes "ioo"), which
    /// is harmless: lexicon words are whole words of several letters, or small words inside a phrase of real words.</summary>
    private static char Normalise(char c) => c switch
    {
        >= 'A' and <= 'Z' => (char)(c + 32),
        '1' => 'i',
        '3' => 'e',
        '4' => 'a',
        '0' => 'o',
        '@' => 'a',
        '$' => 's',
        < (char)128 => c,
        _ => char.ToLowerInvariant(c),
    };

    /// <summary>A hash of the first two letters and a length (0 for prefixes, whose length is not known).</summary>
    private static int Signature(ReadOnlySpan<char> word, int length) =>
        (((word[0] * 31) + (word.Length > 1 ? word[1] : 0)) * 31 + length) & (FilterBits - 1);

    private static void Set(ulong[] filter, int bit) => filter[bit >> 6] |= 1UL << bit;

    private static bool IsSet(ulong[] filter, int bit) => (filter[bit >> 6] & (1UL << bit)) != 0;

    // ----- Matching ------------------------------------------------------------------------------------------------

    /// <summary>Finds the entries that start at each word. In the joined reading (<paramref name="nearJoinedOnly"/>)
    /// only phrases that can reach a joined word are tried: the rest was matched in the plain reading.</summary>
    private void Match(Scratch s, Token[] tokens, int count, bool nearJoinedOnly, ref List<ContentHit>? hits)
    {
        Span<int> chosen = stackalloc int[MaxPhraseWords];
        var nextJoined = -1;
        for (var i = 0; i < count; i++)
        {
            if (nearJoinedOnly)
            {
                if (nextJoined < i)
                {
                    for (nextJoined = i; nextJoined < count && !tokens[nextJoined].IsJoined; nextJoined++)
                    {
                    }
                }

                if (nextJoined == count)
                {
                    break;
                }

                if (nextJoined - i >= _longestEntry)
                {
                    continue;
                }
            }

            ref readonly var token = ref tokens[i];
            for (var f = 0; f < token.FormCount; f++)
            {
                var word = s.Form(token.FirstForm + f);
                if (IsSet(_wordFilter, Signature(word, word.Length)) && _words.TryGetValue(word, out var candidates))
                {
                    TryPhrases(s, candidates, tokens, count, i, chosen, ref hits);
                }

                if (word.Length >= MinPrefixLength && IsSet(_prefixFilter, Signature(word, 0)))
                {
                    var lengths = _prefixLengths & (word.Length >= 63 ? ulong.MaxValue : (1UL << (word.Length + 1)) - 1);
                    while (lengths != 0)
                    {
                        var length = BitOperations.TrailingZeroCount(lengths);
                        lengths &= lengths - 1;
                        if (_prefixes.TryGetValue(word[..length], out var prefixed))
                        {
                            TryPhrases(s, prefixed, tokens, count, i, chosen, ref hits);
                        }
                    }
                }
            }
        }
    }

    /// <summary>The first word of each candidate entry matched token <paramref name="i"/>: the rest of the phrase must
    /// follow, and the words around it must not be the entry's exceptions.</summary>
    private static void TryPhrases(Scratch s, Candidate[] candidates, Token[] tokens, int count, int i, Span<int> chosen, ref List<ContentHit>? hits)
    {
        foreach (var candidate in candidates)
        {
            var entry = candidate.Entry;
            var last = i + entry.Words.Length - 1;
            if (last >= count)
            {
                continue;
            }

            chosen[0] = candidate.Alternative;
            var matched = true;
            for (var k = 1; k < entry.Words.Length && matched; k++)
            {
                chosen[k] = entry.Words[k].Match(s, tokens[i + k]);
                matched = chosen[k] >= 0;
            }

            if (!matched
                || (entry.Before is { } before && i > 0 && before.Match(s, tokens[i - 1]) >= 0)
                || (entry.After is { } after && last + 1 < count && after.Match(s, tokens[last + 1]) >= 0))
            {
                continue;
            }

            Add(ref hits, new ContentHit(entry.Flag, entry.Term(chosen)));
        }
    }

    private static void Add(ref List<ContentHit>? hits, ContentHit hit)
    {
        hits ??= [];
        if (!hits.Contains(hit))
        {
            hits.Add(hit);
        }
    }

    // ----- Personal data -------------------------------------------------------------------------------------------

    /// <summary>Looks for personal data in the text as written (not normalised: "0" must stay a digit). A number that
    /// reads as a valid personnummer is not also reported as a phone number.</summary>
    private static void FindPersonalData(string text, ref List<ContentHit>? hits)
    {
        if (text.AsSpan().ContainsAnyInRange('0', '9'))
        {
            Span<(int Start, int End)> personnummer = stackalloc (int, int)[8];
            var found = 0;
            foreach (var match in PersonnummerPattern().EnumerateMatches(text))
            {
                if (IsPersonnummer(text.AsSpan(match.Index, match.Length)))
                {
                    Add(ref hits, new ContentHit(ContentCategory.PersonalData, PersonnummerKind));
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
                    Add(ref hits, new ContentHit(ContentCategory.PersonalData, PhoneNumberKind));
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
                    Add(ref hits, new ContentHit(ContentCategory.PersonalData, EmailAddressKind));
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

    // ----- Types ---------------------------------------------------------------------------------------------------

    /// <summary>An entry whose first word matched, and which alternative of that first word it was.</summary>
    private readonly record struct Candidate(Entry Entry, int Alternative);

    /// <summary>One lexicon line: its words in order, and the words that must not come just before or after.</summary>
    private sealed class Entry(ContentCategory flag, Slot? before, Slot[] words, Slot? after)
    {
        public ContentCategory Flag { get; } = flag;
        public Slot? Before { get; } = before;
        public Slot[] Words { get; } = words;
        public Slot? After { get; } = after;

        /// <summary>The words as the lexicon spells them, for the alternatives that matched: "döda dig".</summary>
        public string Term(ReadOnlySpan<int> chosen)
        {
            if (Words.Length == 1)
            {
                return Words[0].Alternatives[chosen[0]].Display;
            }

            var term = new StringBuilder();
            for (var k = 0; k < Words.Length; k++)
            {
                term.Append(k == 0 ? "" : " ").Append(Words[k].Alternatives[chosen[k]].Display);
            }

            return term.ToString();
        }
    }

    /// <summary>One place in an entry: "döda|strypa".</summary>
    private sealed class Slot(Word[] alternatives)
    {
        public Word[] Alternatives { get; } = alternatives;

        /// <summary>The index of the alternative that matches any form of the token, or -1.</summary>
        public int Match(Scratch s, in Token token)
        {
            for (var a = 0; a < Alternatives.Length; a++)
            {
                for (var f = 0; f < token.FormCount; f++)
                {
                    if (Alternatives[a].Matches(s.Form(token.FirstForm + f)))
                    {
                        return a;
                    }
                }
            }

            return -1;
        }
    }

    /// <summary>A lexicon word: the spelling shown in a hit, and the normalised keys it is matched by.</summary>
    private sealed class Word(string display, string[] keys, bool isPrefix)
    {
        public string Display { get; } = display;
        public string[] Keys { get; } = keys;
        public bool IsPrefix { get; } = isPrefix;

        public bool Matches(ReadOnlySpan<char> word)
        {
            foreach (var key in Keys)
            {
                if (IsPrefix ? word.StartsWith(key, StringComparison.Ordinal) : word.SequenceEqual(key))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>A word of the text. Its forms are the normalised word and, when letters are stretched ("dööööda"),
    /// the spellings with each stretch of three or more shortened to one or two letters ("döda", "dööda") — never
    /// shortening an ordinary double letter, which would turn legitimate words into others.</summary>
    private struct Token
    {
        public int RawStart;
        public int RawEnd;
        public int Start;
        public int Length;
        public int FirstForm;
        public int FormCount;

        /// <summary>Made of several words of the text ("d ö d a", "svart-skalle").</summary>
        public bool IsJoined;
    }

    /// <summary>Per-thread working memory for one check: the normalised words and their forms.</summary>
    private sealed class Scratch
    {
        public char[] Chars = new char[2048];
        public int CharCount;
        public (int Start, int Length)[] Forms = new (int, int)[512];
        public int FormCount;
        public Token[] Words = new Token[256];
        public int WordCount;
        public Token[] Joined = new Token[256];
        public int JoinedCount;

        public void Reset() => CharCount = FormCount = WordCount = JoinedCount = 0;

        public ReadOnlySpan<char> Form(int index) => Chars.AsSpan(Forms[index].Start, Forms[index].Length);

        public void Append(char c)
        {
            if (CharCount == Chars.Length)
            {
                Array.Resize(ref Chars, Chars.Length * 2);
            }

            Chars[CharCount++] = c;
        }

        public void EnsureCapacity(int chars)
        {
            if (Chars.Length < chars)
            {
                Array.Resize(ref Chars, Math.Max(chars, Chars.Length * 2));
            }
        }

        /// <summary>Adds a word of the text; <paramref name="stretched"/> says it has three or more of a letter in a
        /// row, and so needs the shortened forms.</summary>
        public void AddWord(int rawStart, int rawEnd, int start, int length, bool stretched)
        {
            if (WordCount == Words.Length)
            {
                Array.Resize(ref Words, Words.Length * 2);
            }

            ref var word = ref Words[WordCount++];
            word = new Token { RawStart = rawStart, RawEnd = rawEnd, Start = start, Length = length };
            AddForms(ref word, stretched);
        }

        /// <summary>A word carried over into the joined reading keeps its forms; a joined word gets its own (and may be
        /// stretched although its parts were not: "d ö ö ö d a").</summary>
        public void AddJoined(in Token token)
        {
            if (JoinedCount == Joined.Length)
            {
                Array.Resize(ref Joined, Joined.Length * 2);
            }

            ref var joined = ref Joined[JoinedCount++];
            joined = token;
            if (joined.FormCount == 0)
            {
                AddForms(ref joined, stretched: true);
            }
        }

        private void AddForms(ref Token token, bool stretched)
        {
            token.FirstForm = FormCount;
            AddForm(token.Start, token.Length);
            var stretches = 0;
            for (var i = 0; stretched && i < token.Length;)
            {
                var run = RunLength(token, i);
                stretches += run >= 3 ? 1 : 0;
                i += run;
            }

            // Each stretch shortened to one or two letters, in every combination (at most 8); with more than three
            // stretches the word is noise, and only all-one and all-two are tried.
            var variants = stretches == 0 ? 0 : stretches > 3 ? 2 : 1 << stretches;
            for (var v = 0; v < variants; v++)
            {
                var start = CharCount;
                var stretch = 0;
                for (var i = 0; i < token.Length;)
                {
                    var c = Chars[token.Start + i];
                    var run = RunLength(token, i);
                    var length = run;
                    if (run >= 3)
                    {
                        var two = stretches > 3 ? v == 1 : ((v >> stretch) & 1) == 1;
                        length = two ? 2 : 1;
                        stretch++;
                    }

                    for (var r = 0; r < length; r++)
                    {
                        Append(c);
                    }

                    i += run;
                }

                AddForm(start, CharCount - start);
            }

            token.FormCount = FormCount - token.FirstForm;
        }

        private int RunLength(in Token token, int i)
        {
            var run = 1;
            while (i + run < token.Length && Chars[token.Start + i + run] == Chars[token.Start + i])
            {
                run++;
            }

            return run;
        }

        private void AddForm(int start, int length)
        {
            if (FormCount == Forms.Length)
            {
                Array.Resize(ref Forms, Forms.Length * 2);
            }

            Forms[FormCount++] = (start, length);
        }
    }
}
