namespace Medborgardialog.Api.Infrastructure.Persistence;

/// <summary>The names of the opinions' search columns (shadow properties, kept by PostgreSQL: see OpinionConfiguration).</summary>
public static class OpinionSearch
{
    /// <summary>The Swedish full-text vector of the text and the free-text answers (<c>search_vector</c>).</summary>
    public const string Vector = "SearchVector";

    /// <summary>The text and the free-text answers as written, one string (<c>search_text</c>).</summary>
    public const string Text = "SearchText";

    /// <summary>The near-identical copies' shared key (<c>text_fingerprint</c>).</summary>
    public const string Fingerprint = "TextFingerprint";

    /// <summary>The text search configuration: PostgreSQL's Swedish Snowball stemmer and stop words.</summary>
    public const string Configuration = "swedish";
}
