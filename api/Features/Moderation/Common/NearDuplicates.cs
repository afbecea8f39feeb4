namespace Medborgardialog.Api.Features.Moderation.Common;

/// <summary>
/// Spots a burst of near-identical opinions to one dialogue (copy-paste campaigns, scripts): from the
/// <c>Moderation:BurstSize</c>-th (default 3) opinion with the same words within <c>Moderation:BurstWindowMinutes</c>
/// (default 10), each is held as possible spam. "The same words" means equal after ignoring case, punctuation,
/// digits, accents on letters other than å, ä and ö, repeated letters and word order — so "Stoppa bygget!!!" and
/// "stoppa BYGGET" are one text, "bygget, stoppa" too. Short texts (under 20 letters: "Bra förslag") never count:
/// many people rightly say the same short thing.
/// Kept in memory: one counter per recent text, so the check costs no database round trip in the hot path of
/// submitting an opinion. With several API instances each counts its own share; the burst is still caught, later.
/// </summary>
public sealed class NearDuplicates(IConfiguration configuration, TimeProvider clock)
{
    private const int MinimumLetters = 20;
    private readonly int _burstSize = Math.Max(2, configuration.GetValue("Moderation:BurstSize", 3));
    private readonly TimeSpan _window = TimeSpan.FromMinutes(Math.Max(1, configuration.GetValue("Moderation:BurstWindowMinutes", 10)));

    // One small struct per recent text: nothing allocated per opinion in the hot path (a queue of times per text was
    // tens of thousands of objects for the garbage collector under a burst of distinct opinions).
    private readonly Dictionary<(Guid Dialogue, ulong Text), Seen> _recent = [];
    private readonly Lock _lock = new();
    private DateTimeOffset _lastSweep = DateTimeOffset.MinValue;

    /// <summary>How often a text was seen since <c>Since</c> (a window that starts with the first copy).</summary>
    private readonly record struct Seen(DateTimeOffset Since, int Count);

    /// <summary>Counts the text and says whether it is part of a burst (this one included): the
    /// <c>BurstSize</c>-th copy or later within the window that began with the first copy.</summary>
    public bool IsPartOfBurst(Guid dialogueId, string text)
    {
        var key = Fingerprint(text);
        if (key is null)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        lock (_lock)
        {
            Sweep(now);
            var seen = _recent.TryGetValue((dialogueId, key.Value), out var found) && now - found.Since <= _window
                ? found with { Count = found.Count + 1 }
                : new Seen(now, 1);
            _recent[(dialogueId, key.Value)] = seen;
            return seen.Count >= _burstSize;
        }
    }

    /// <summary>A hash of the text's words, normalised, independent of their order; null when the text is too short to
    /// count. Each word is hashed on its own (FNV-1a) and the words' mixed hashes are added, so no word list is built.</summary>
    public static ulong? Fingerprint(string text)
    {
        const ulong offset = 14695981039346656037, prime = 1099511628211;
        ulong sum = 0, word = offset;
        int letters = 0, wordLength = 0;
        var last = '\0';
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                var lower = char.ToLowerInvariant(c);
                var plain = lower is 'å' or 'ä' or 'ö' ? lower : RemoveAccent(lower);
                if (wordLength == 0 || plain != last)
                {
                    word = (word ^ plain) * prime;
                    wordLength++;
                    letters++;
                    last = plain;
                }
            }
            else if (!char.IsDigit(c) && wordLength > 0)
            {
                sum += Mix(word);
                word = offset;
                wordLength = 0;
            }
        }

        if (wordLength > 0)
        {
            sum += Mix(word);
        }

        return letters < MinimumLetters ? null : sum;
    }

    /// <summary>A 64-bit finaliser (SplitMix64), so adding word hashes does not let similar words cancel out.</summary>
    private static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EB;
        return x ^ (x >> 31);
    }

    private static char RemoveAccent(char c) => c switch
    {
        'é' or 'è' or 'ê' or 'ë' => 'e',
        'á' or 'à' or 'â' => 'a',
        'ü' or 'ú' or 'ù' => 'u',
        'í' or 'ì' or 'ï' => 'i',
        'ó' or 'ò' or 'ô' or 'ø' => 'o',
        _ => c,
    };

    /// <summary>Forgets texts whose window has passed, once a minute, so memory stays bounded.</summary>
    private void Sweep(DateTimeOffset now)
    {
        if (now - _lastSweep < TimeSpan.FromMinutes(1))
        {
            return;
        }

        _lastSweep = now;
        foreach (var (key, seen) in _recent)
        {
            if (now - seen.Since > _window)
            {
                _recent.Remove(key); // allowed while enumerating a Dictionary since .NET Core 3.0
            }
        }
    }
}
