namespace Medborgardialog.Api.Infrastructure.Hosting;

/// <summary>The site's public address (<c>Web:PublicUrl</c>), for links in e-mail and feeds; without a trailing slash.</summary>
public static class PublicSite
{
    public const string LocalDefault = "http://127.0.0.1:5080";

    public static string Url(IConfiguration configuration)
    {
        var url = configuration["Web:PublicUrl"];
        return (string.IsNullOrWhiteSpace(url) ? LocalDefault : url).TrimEnd('/');
    }

    /// <summary>A page's address that opens in <paramref name="language"/> (the SPA reads <c>?lang=</c>); Swedish, the
    /// default, needs no parameter.</summary>
    public static string InLanguage(string url, string language) =>
        language == Words.Languages.Swedish ? url : $"{url}{(url.Contains('?', StringComparison.Ordinal) ? '&' : '?')}lang={Uri.EscapeDataString(language)}";
}
