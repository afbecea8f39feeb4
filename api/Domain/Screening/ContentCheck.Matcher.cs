using System.Numerics;

namespace Medborgardialog.Api.Domain.Screening;

/// <summary>The matcher: the lexicon's entries found among the words of a text.</summary>
public sealed partial class ContentCheck
{
    /// <summary>A hash of the first two letters and a length (0 for prefixes, whose length is not known).</summary>
    private static int Signature(ReadOnlySpan<char> word, int length) =>
        (((word[0] * 31) + (word.Length > 1 ? word[1] : 0)) * 31 + length) & (FilterBits - 1);

    private static void Set(ulong[] filter, int bit) => filter[bit >> 6] |= 1UL << bit;

    private static bool IsSet(ulong[] filter, int bit) => (filter[bit >> 6] & (1UL << bit)) != 0;

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

    internal static void Add(ref List<ContentHit>? hits, ContentHit hit)
    {
        hits ??= [];
        if (!hits.Contains(hit))
        {
            hits.Add(hit);
        }
    }

    /// <summary>An entry whose first word matched, and which alternative of that first word it was.</summary>
    private readonly record struct Candidate(Entry Entry, int Alternative);
}
