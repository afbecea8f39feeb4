using System.Globalization;

namespace Medborgardialog.Api.Domain.Screening;

/// <summary>The tokeniser: a text as normalised words, disguises undone (leetspeak, stretched and spaced-out letters).</summary>
public sealed partial class ContentCheck
{
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
