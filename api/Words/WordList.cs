using System.Text.Json;

namespace Medborgardialog.Api.Words;

/// <summary>
/// The Swedish words for the values of one enum: the label a person reads for each value (the same words as the
/// SPA's catalogue), and the reading of a label back into its value. Reading folds case, dashes (- – — and the other
/// dash punctuation), white space, invisible format characters and Unicode composition (<see cref="Swedish.Fold"/>), so "16–25", "16-25" and
/// "16 - 25" are one label, and "65 ELLER ÄLDRE" is "65 eller äldre". It also reads the value's stable JSON code
/// (<c>age65Plus</c>), so a file written by a machine from the API's own answers imports too, and older spellings
/// the server once wrote or the import once documented (<c>65+</c>, <c>dialogvandring</c>).
/// </summary>
public sealed class WordList<TEnum> : IWordList where TEnum : struct, Enum
{
    private readonly Dictionary<TEnum, string> _labels;
    private readonly Dictionary<string, TEnum> _read = new(StringComparer.Ordinal);

    /// <summary>Every value needs a label; no two values may read alike once folded (checked here, at start-up).</summary>
    internal WordList(IReadOnlyDictionary<TEnum, string> labels, IReadOnlyDictionary<string, TEnum>? olderSpellings = null)
    {
        var missing = Enum.GetValues<TEnum>().Where(v => !labels.ContainsKey(v)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"{typeof(TEnum).Name} has no Swedish label for {string.Join(", ", missing)}.");
        }

        _labels = new Dictionary<TEnum, string>(labels);
        foreach (var value in Enum.GetValues<TEnum>())
        {
            Learn(labels[value], value);
            Learn(Code(value), value);
        }

        foreach (var (spelling, value) in olderSpellings ?? new Dictionary<string, TEnum>())
        {
            Learn(spelling, value);
        }

        Labels = Enum.GetValues<TEnum>().Select(v => _labels[v]).ToList();
    }

    /// <summary>The enum this list names.</summary>
    public Type Type => typeof(TEnum);

    /// <summary>The label of a value, e.g. "Dialogpromenad".</summary>
    public string this[TEnum value] => _labels.TryGetValue(value, out var label)
        ? label
        : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a {typeof(TEnum).Name}.");

    /// <summary>The labels in the enum's order: what a template or an error message lists.</summary>
    public IReadOnlyList<string> Labels { get; }

    IEnumerable<(string Code, string Label)> IWordList.Entries => Enum.GetValues<TEnum>().Select(v => (Code(v), _labels[v]));

    /// <summary>Reads a label, a JSON code or an older spelling, whatever its case, dashes and spaces.</summary>
    public bool TryParse(string? text, out TEnum value)
    {
        value = default;
        return text is not null && _read.TryGetValue(Swedish.Fold(text), out value);
    }

    /// <summary>The value's stable JSON code (camelCase, as in the contract).</summary>
    private static string Code(TEnum value) => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private void Learn(string text, TEnum value)
    {
        var key = Swedish.Fold(text);
        if (key.Length == 0)
        {
            throw new InvalidOperationException($"{typeof(TEnum).Name}.{value}: \"{text}\" reads as nothing.");
        }

        if (_read.TryGetValue(key, out var other) && !other.Equals(value))
        {
            throw new InvalidOperationException($"{typeof(TEnum).Name}: \"{text}\" would read as both {other} and {value}.");
        }

        _read[key] = value;
    }
}

/// <summary>A word list whatever its enum: for checks over the whole vocabulary.</summary>
public interface IWordList
{
    Type Type { get; }

    IReadOnlyList<string> Labels { get; }

    /// <summary>Each value's JSON code and label, in the enum's order.</summary>
    IEnumerable<(string Code, string Label)> Entries { get; }
}
