using NpgsqlTypes;

namespace Medborgardialog.Api.Infrastructure.Persistence;

/// <summary>
/// An opinion's words as the database searches and groups them (table <c>opinion_texts</c>), kept by PostgreSQL itself:
/// a trigger on <c>opinions</c> writes the row when an opinion is stored and again when its text or answers change
/// (migration <c>Compiling</c>). Its own table, not columns of <c>opinions</c>: tagging 20,000 opinions rewrites their
/// rows, and PostgreSQL would compute the text search vector and re-index the trigrams of each one again (6 s instead
/// of 0.6 s for 20,000). Never written by the app; read only by the staff's compiling use cases.
/// </summary>
public sealed class OpinionText
{
    private OpinionText() { } // for EF

    public Guid OpinionId { get; private set; }
    public Guid DialogueId { get; private set; }

    /// <summary>The text and the free-text answers, one string, as written (trigram index: parts of words).</summary>
    public string SearchText { get; private set; } = "";

    /// <summary>The Swedish full-text vector of <see cref="SearchText"/> (GIN index): stems, stop words out.</summary>
    public NpgsqlTsVector SearchVector { get; private set; } = null!;

    /// <summary>What near-identical copies share: the words without case, spaces or punctuation (md5; null when none).</summary>
    public Guid? Fingerprint { get; private set; }
}

/// <summary>The text search configuration of the opinions: PostgreSQL's Swedish Snowball stemmer and stop words.</summary>
public static class OpinionSearch
{
    public const string Configuration = "swedish";
}
