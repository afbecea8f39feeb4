using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Medborgardialog.Api.Features.Moderation;

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
    private readonly Dictionary<(Guid Dialogue, ulong Text), Queue<DateTimeOffset>> _recent = [];
    private readonly Lock _lock = new();
    private DateTimeOffset _lastSweep = DateTimeOffset.MinValue;

    /// <summary>Counts the text and says whether it is part of a burst (this one included).</summary>
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
            if (!_recent.TryGetValue((dialogueId, key.Value), out var times))
            {
                times = new Queue<DateTimeOffset>();
                _recent[(dialogueId, key.Value)] = times;
            }

            while (times.Count > 0 && now - times.Peek() > _window)
            {
                times.Dequeue();
            }

            times.Enqueue(now);
            return times.Count >= _burstSize;
        }
    }

    /// <summary>A hash of the text's words, normalised and sorted; null when the text is too short to count.</summary>
    public static ulong? Fingerprint(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var letters = 0;
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetter(c))
            {
                var lower = char.ToLower(c, CultureInfo.InvariantCulture);
                var plain = lower is 'å' or 'ä' or 'ö' ? lower : RemoveAccent(lower);
                if (word.Length == 0 || word[^1] != plain)
                {
                    word.Append(plain);
                    letters++;
                }
            }
            else if (!char.IsDigit(c) && word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        if (letters < MinimumLetters)
        {
            return null;
        }

        words.Sort(StringComparer.Ordinal);
        return BitConverter.ToUInt64(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(' ', words))));
    }

    private static char RemoveAccent(char c)
    {
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        return decomposed.Length > 0 ? decomposed[0] : c;
    }

    /// <summary>Forgets texts last seen longer ago than the window, once a minute, so memory stays bounded.</summary>
    private void Sweep(DateTimeOffset now)
    {
        if (now - _lastSweep < TimeSpan.FromMinutes(1))
        {
            return;
        }

        _lastSweep = now;
        foreach (var (key, times) in _recent.ToList())
        {
            while (times.Count > 0 && now - times.Peek() > _window)
            {
                times.Dequeue();
            }

            if (times.Count == 0)
            {
                _recent.Remove(key);
            }
        }
    }
}
