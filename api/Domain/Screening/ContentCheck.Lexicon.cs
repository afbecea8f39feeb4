using System.Text;

namespace Medborgardialog.Api.Domain.Screening;

/// <summary>The lexicon: its text (embedded, format at the top of Lexicon/sv.txt) parsed into entries of words.</summary>
public sealed partial class ContentCheck
{
    internal const string LexiconResourceName = "Medborgardialog.Api.Domain.Screening.Lexicon.sv.txt";

    /// <summary>The lexicon text embedded in the API assembly.</summary>
    internal static string ReadEmbeddedLexicon()
    {
        using var stream = typeof(ContentCheck).Assembly.GetManifestResourceStream(LexiconResourceName)
            ?? throw new InvalidOperationException($"The lexicon '{LexiconResourceName}' is not embedded in the API assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

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
}
