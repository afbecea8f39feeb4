using Medborgardialog.Api.Infrastructure.Cluster;

namespace Medborgardialog.Api.Features.Moderation.Common;

/// <summary>
/// Spots a burst of near-identical opinions to one dialogue (copy-paste campaigns, scripts): from the
/// <c>Moderation:BurstSize</c>-th (default 3) opinion with the same words within <c>Moderation:BurstWindowMinutes</c>
/// (default 10), each is held as possible spam. "The same words" means equal after ignoring case, punctuation,
/// digits, accents on letters other than å, ä and ö, repeated letters and word order — so "Stoppa bygget!!!" and
/// "stoppa BYGGET" are one text, "bygget, stoppa" too. Short texts (under 20 letters: "Bra förslag") never count:
/// many people rightly say the same short thing.
/// Counted in PostgreSQL (<see cref="SharedCounters"/>, one counter per dialogue and text under its word hash, no
/// words kept), so the burst is caught across every API instance: copies sent through two instances count together.
/// The hits are batched with the rate limits' (one round trip for many opinions under a burst).
/// </summary>
public sealed class NearDuplicates(IConfiguration configuration, SharedCounters counters)
{
    private const int MinimumLetters = 20;
    private readonly int _burstSize = Math.Max(2, configuration.GetValue("Moderation:BurstSize", 3));
    private readonly TimeSpan _window = TimeSpan.FromMinutes(Math.Max(1, configuration.GetValue("Moderation:BurstWindowMinutes", 10)));

    /// <summary>Counts the text and says whether it is part of a burst (this one included): the
    /// <c>BurstSize</c>-th copy or later within the window that began with the first copy.</summary>
    public async ValueTask<bool> IsPartOfBurstAsync(Guid dialogueId, string text)
    {
        var key = Fingerprint(text);
        if (key is null)
        {
            return false;
        }

        var count = await counters.HitAsync($"copies:{dialogueId:N}:{key.Value:x16}", _window);
        return count.Hits >= _burstSize;
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
}
