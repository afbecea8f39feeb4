using System.Net;

using Medborgardialog.Api.Infrastructure.Hosting;
using Medborgardialog.Api.Tests.Infrastructure;

namespace Medborgardialog.Api.Tests.Features;

/// <summary>
/// The embeddable list of current dialogues (docs/embedding.md), beside the other hosting headers (PlatformTests,
/// SecurityTests): only its path may be framed, only by the origins in Embed:AllowedOrigins, and neither it nor the
/// list it reads sets a cookie.
/// </summary>
public sealed class EmbeddingTests : ApiTest
{
    private string webRoot = "";

    [SetUp]
    public void BuiltSpa()
    {
        // The built SPA as Web:Root holds it: the app's page and the embed entry's own page.
        webRoot = Directory.CreateTempSubdirectory("embed-web-").FullName;
        File.WriteAllText(Path.Combine(webRoot, "index.html"), "<!doctype html><title>app</title><div id=\"root\"></div>");
        File.WriteAllText(Path.Combine(webRoot, "embed.html"), "<!doctype html><title>embed</title><div id=\"embed\"></div>");
    }

    [TearDown]
    public void RemoveSpa() => Directory.Delete(webRoot, recursive: true);

    private ApiFactory Serving(string? allowedOrigins) => new(TestEnvironment.Database.ConnectionString, new Dictionary<string, string?>
    {
        ["Database:MigrateOnStartup"] = "false",
        ["Web:Root"] = webRoot,
        ["Embed:AllowedOrigins"] = allowedOrigins,
    });

    [Test]
    public async Task The_embed_page_may_be_framed_by_the_configured_origins_and_sets_no_cookie()
    {
        await using var app = Serving("https://example.org https://nt.example.se/");
        using var client = app.CreateClient();

        var response = await client.GetAsync("/inbaddning/dialoger?omrade=centrum&amne=lekplats&sprak=en&antal=3");
        var list = await client.GetAsync("/api/dialogues?page=1&pageSize=3&phase=open&district=centrum&topic=lekplats");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        (await response.Content.ReadAsStringAsync()).Should().Contain("<title>embed</title>", "the embed path is served embed.html, not the app's index.html");
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.Should().EndWith("frame-ancestors 'self' https://example.org https://nt.example.se")
            .And.Contain("default-src 'self'; script-src 'self'; style-src 'self';").And.NotContain("unsafe-inline");
        response.Headers.Contains("X-Frame-Options").Should().BeFalse("X-Frame-Options cannot name origins: DENY would refuse them all");
        response.Headers.Contains("Set-Cookie").Should().BeFalse();
        list.StatusCode.Should().Be(HttpStatusCode.OK);
        list.Headers.Contains("Set-Cookie").Should().BeFalse();
    }

    [Test]
    public async Task Without_configured_origins_nobody_may_frame_the_embed_page()
    {
        await using var app = Serving(null);
        using var client = app.CreateClient();

        var response = await client.GetAsync("/inbaddning/dialoger");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("<title>embed</title>");
        response.Headers.GetValues("Content-Security-Policy").Single().Should().EndWith("frame-ancestors 'none'");
        response.Headers.GetValues("X-Frame-Options").Should().Equal("DENY");
        response.Headers.Contains("Set-Cookie").Should().BeFalse();
    }

    [TestCase("/")]
    [TestCase("/dialoger/finns-inte")]
    [TestCase("/embed.html")]
    [TestCase("/inbaddningar")]
    [TestCase("/api/dialogues")]
    public async Task Every_other_path_still_refuses_every_frame(string path)
    {
        await using var app = Serving("https://example.org");
        using var client = app.CreateClient();

        var response = await client.GetAsync(path);

        response.Headers.GetValues("Content-Security-Policy").Single().Should().EndWith("frame-ancestors 'none'").And.NotContain("example.org");
        response.Headers.GetValues("X-Frame-Options").Should().Equal("DENY");
        response.Headers.Contains("Set-Cookie").Should().BeFalse();
        if (path.StartsWith("/dialoger", StringComparison.Ordinal) || path == "/inbaddningar")
        {
            (await response.Content.ReadAsStringAsync()).Should().Contain("<title>app</title>");
        }
    }

    [TestCase("https://www.karlskoga.se", "https://www.karlskoga.se")]
    [TestCase("https://www.karlskoga.se/", "https://www.karlskoga.se")]
    [TestCase("http://localhost:8080", "http://localhost:8080")]
    [TestCase("https://nt.se/nyheter", null)]
    [TestCase("*", null)]
    [TestCase("https://*.example.org", null)]
    [TestCase("'unsafe-inline'", null)]
    [TestCase("https://evil.example;script-src", null)]
    [TestCase("javascript:alert(1)", null)]
    public void An_allowed_origin_is_an_origin_alone(string value, string? origin) =>
        HostingSetup.EmbedOrigin(value).Should().Be(origin);
}
