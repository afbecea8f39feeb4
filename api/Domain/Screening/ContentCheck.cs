using System.Collections.Frozen;

namespace Medborgardialog.Api.Domain.Screening;

/// <summary>The automatic hold: finds threats, slurs and personal data in a resident's text so that a moderator reads
/// it before it is published. Words are matched whole against a curated lexicon (see Lexicon/sv.txt for the format),
/// after undoing the usual disguises — leetspeak, stretched letters, spaced-out letters — so that "d0d4 d1g" is caught
/// while "döda träd" and "skjutbana" are not. It runs on every submitted opinion: the lexicon is parsed once into
/// frozen lookups, a check allocates nothing unless something is found, and personal data uses generated regexes.</summary>
public sealed partial class ContentCheck
{
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

        PersonalDataDetector.Find(text, ref hits);
        return hits is null ? Array.Empty<ContentHit>() : hits;
    }
}
