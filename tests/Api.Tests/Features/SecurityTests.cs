using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Medborgardialog.Api.Features.Opinions;
using Medborgardialog.Api.Infrastructure.Auth;
using Medborgardialog.Api.Tests.Features.Feedback;
using Medborgardialog.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Medborgardialog.Api.Tests.Features;

/// <summary>Abuse and leaks: rate limits on anonymous writes, security headers, object-level access, no personal data
/// in logs, and generated input over the public write endpoints (never a 5xx, always a problem document).</summary>
public sealed class SecurityTests : ApiTest
{
    [Test]
    public void Every_anonymous_write_endpoint_is_rate_limited()
    {
        var writes = Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Any(m => m is "POST" or "PUT" or "PATCH" or "DELETE") == true)
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .ToList();

        writes.Should().NotBeEmpty();
        writes.Where(e => e.Metadata.GetMetadata<EnableRateLimitingAttribute>() is null)
            .Select(e => e.RoutePattern.RawText)
            .Should().BeEmpty("every anonymous write is limited per client (429 with Retry-After)");
    }

    [TestCase("/api/dialogues")]
    [TestCase("/")]
    [TestCase("/dialoger/finns-inte")]
    public async Task Responses_carry_the_security_headers(string path)
    {
        var response = await Client.GetAsync(path);

        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.GetValues("Referrer-Policy").Should().Equal("no-referrer");
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.Should().Contain("script-src 'self'").And.Contain("frame-ancestors 'none'").And.NotContain("unsafe-inline").And.NotContain("unsafe-eval");
    }

    [Test]
    public async Task A_receipt_opens_only_its_own_opinion_and_tokens_are_not_guessable()
    {
        var dialogue = await Scenario.Dialogue(Official).InStageAsync(Stage.Open);
        var mine = await Scenario.OpinionAsync(Client, dialogue.Id, "Min synpunkt om parken.");
        var theirs = await Scenario.OpinionAsync(Client, dialogue.Id, "Någon annans synpunkt om bänkarna.");

        var read = await ReadAsync<ReceiptDto>(await Client.GetAsync($"/api/receipts/{mine.ReceiptToken}"));
        var guessed = await Client.GetAsync($"/api/receipts/{mine.ReceiptToken[..^1]}{(mine.ReceiptToken[^1] == 'A' ? 'B' : 'A')}");
        var byId = await Client.GetAsync($"/api/receipts/{theirs.OpinionId}");

        read.OpinionId.Should().Be(mine.OpinionId);
        read.Text.Should().Be("Min synpunkt om parken.");
        guessed.StatusCode.Should().Be(HttpStatusCode.NotFound);
        byId.StatusCode.Should().Be(HttpStatusCode.NotFound, "an opinion's id is not its receipt");
        mine.ReceiptToken.Should().MatchRegex("^[A-Za-z0-9_-]{43}$", "256 random bits");
        mine.ReceiptToken.Should().NotBe(theirs.ReceiptToken);
        (await Client.PostAsync($"/api/receipts/{theirs.OpinionId}/withdraw", null)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await ReadAsync<ReceiptDto>(await Client.GetAsync($"/api/receipts/{theirs.ReceiptToken}"))).WithdrawnAt.Should().BeNull();
    }

    [Test]
    public async Task Each_staff_role_edits_only_what_it_may()
    {
        var dialogue = await Scenario.Dialogue(Official).InStageAsync(Stage.Open);
        using var moderator = await Staff.SignedInAsync(Factory, Roles.Moderator);
        using var elected = await Staff.SignedInAsync(Factory, Roles.ElectedOfficial);

        (await Official.PostAsJsonAsync("/api/staff/invitations", new { email = "ny@karlskoga.example", displayName = "Ny", roles = new[] { "Administrator" } }, Json))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden, "officials cannot make anyone an administrator");
        (await moderator.PostAsync($"/api/dialogues/{dialogue.Id}/close", null)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await elected.PostAsync($"/api/dialogues/{dialogue.Id}/close", null)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await elected.GetAsync("/api/moderation/queue")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await Official.GetAsync("/api/staff/local-mail")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Unknown_fields_are_refused_so_no_one_can_set_what_the_request_does_not_offer()
    {
        var dialogue = await Scenario.Dialogue(Official).InStageAsync(Stage.Open);

        var response = await Client.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/opinions",
            new { text = "Hej", consentToFeedback = false, moderation = "approved", receiptTokenHash = "x" }, Json);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ReadProblemAsync(response)).Detail.Should().Contain("moderation");
    }

    [Test]
    public async Task The_resident_flow_never_writes_the_e_mail_address_to_the_logs()
    {
        var logs = new ConcurrentQueue<string>();
        await using var app = new ApiFactory(TestEnvironment.Database.ConnectionString,
            new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Trace", ["Logging:LogLevel:Microsoft"] = "Trace" },
            services => services.AddSingleton<ILoggerProvider>(new CapturingLoggerProvider(logs)));
        using var official = await Staff.SignedInAsync(app, Roles.Official);
        using var resident = app.CreateClient();
        const string address = "hemlig.invanare.1234@example.com";
        var dialogue = await Scenario.Dialogue(official).InStageAsync(Stage.Open);

        var receipt = await Scenario.OpinionAsync(resident, dialogue.Id, "Mer belysning i parken.", address);
        await Scenario.ConfirmFeedbackAddressAsync(app, resident, address);
        await resident.GetAsync($"/api/receipts/{receipt.ReceiptToken}");
        await resident.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/opinions", new { text = "Igen", feedbackEmail = "inte-en-adress@@x", consentToFeedback = true }, Json);
        await resident.DeleteAsync($"/api/receipts/{receipt.ReceiptToken}/email");

        logs.Should().NotBeEmpty("the capture works");
        logs.Where(l => l.Contains("hemlig.invanare", StringComparison.OrdinalIgnoreCase) || l.Contains("inte-en-adress", StringComparison.OrdinalIgnoreCase))
            .Should().BeEmpty("personal data is never logged");
        logs.Should().NotContain(l => l.Contains(receipt.ReceiptToken, StringComparison.Ordinal), "a receipt token is a key");
    }

    [Test]
    public async Task Generated_input_to_the_public_write_endpoints_never_gives_a_5xx_and_every_4xx_is_a_problem()
    {
        var dialogue = await Scenario.Dialogue(Official).InStageAsync(Stage.Open);
        var opinion = await Scenario.OpinionAsync(Client, dialogue.Id, "En synpunkt att anmäla.");
        (await Official.PutAsJsonAsync($"/api/dialogues/{dialogue.Id}/moderation", new { visibility = "public", mode = "postModeration" }, Json)).EnsureSuccessStatusCode();
        string[] targets =
        [
            $"/api/dialogues/{dialogue.Id}/opinions",
            $"/api/opinions/{opinion.OpinionId}/reports",
            $"/api/receipts/{opinion.ReceiptToken}/withdraw",
            "/api/feedback-email-confirmations/{text}",
            "/api/feedback-unsubscriptions/{text}",
            $"/api/sessions/{Guid.NewGuid()}/sign-ups",
            "/api/account/sign-in",
            "/api/account/token",
            "/api/account/accept-invitation",
            "/api/dialogues/{text}/opinions",
            "/api/opinions/{text}/reports",
        ];
        var random = new Random(20261123);
        var failures = new List<string>();

        for (var i = 0; i < 400; i++)
        {
            var target = targets[i % targets.Length].Replace("{text}", Uri.EscapeDataString(Generated.Text(random, 60, inPath: true)), StringComparison.Ordinal);
            var body = Generated.Body(random);
            using var request = new HttpRequestMessage(HttpMethod.Post, target)
            {
                Content = new StringContent(body, Encoding.UTF8, random.Next(10) == 0 ? "text/plain" : "application/json"),
            };
            var response = await Client.SendAsync(request);
            var status = (int)response.StatusCode;
            var type = response.Content.Headers.ContentType?.MediaType;
            if (status >= 500 || (status >= 400 && type != "application/problem+json"))
            {
                failures.Add($"{status} {type} POST {target} {body[..Math.Min(body.Length, 200)]}");
            }
        }

        failures.Should().BeEmpty();
    }

    /// <summary>A small generator of hostile JSON: wrong types, huge and odd numbers, control characters, deep
    /// nesting, unknown fields and, most often, the endpoints' own fields with wrong values.</summary>
    private static class Generated
    {
        private static readonly string[] Fields =
        [
            "text", "answers", "background", "feedbackEmail", "consentToFeedback", "reason", "reporterKey", "name", "email",
            "email", "password", "useCookies", "token", "questionId", "optionIds", "scale", "ageBand", "district", "relation",
        ];

        /// <summary>Random text; in a path without control characters or lone surrogates (the test server refuses to
        /// build such a request at all, as Kestrel refuses to read one).</summary>
        public static string Text(Random random, int max, bool inPath = false)
        {
            var chars = new StringBuilder();
            var length = random.Next(max);
            for (var i = 0; i < length; i++)
            {
                chars.Append(random.Next(inPath ? 2 : 0, 8) switch
                {
                    0 => (char)random.Next(0, 32),
                    1 => (char)random.Next(0xD800, 0xDFFF), // a lone surrogate
                    2 => "åäöÅÄÖ"[random.Next(6)],
                    3 => "'\"\\%_{}<>&;"[random.Next(11)],
                    _ => (char)random.Next(32, 127),
                });
            }

            return chars.ToString();
        }

        public static string Body(Random random) => random.Next(12) switch
        {
            0 => "",
            1 => "{",
            2 => "[]",
            3 => "null",
            4 => new string('[', 200) + new string(']', 200),
            _ => Object(random, 0).ToJsonString(),
        };

        private static JsonObject Object(Random random, int depth)
        {
            var o = new JsonObject();
            var count = random.Next(1, 7);
            for (var i = 0; i < count; i++)
            {
                o[random.Next(6) == 0 ? Text(random, 10) : Fields[random.Next(Fields.Length)]] = Value(random, depth + 1);
            }

            return o;
        }

        private static JsonNode? Value(Random random, int depth) => random.Next(depth > 3 ? 7 : 9) switch
        {
            0 => null,
            1 => JsonValue.Create(random.Next(2) == 0),
            2 => JsonValue.Create(random.NextInt64(long.MinValue, long.MaxValue)),
            3 => JsonValue.Create(random.NextDouble() * 1e300),
            4 => JsonValue.Create(Text(random, 40)),
            5 => JsonValue.Create(random.Next(3) switch { 0 => Guid.NewGuid().ToString(), 1 => "threatOrHate", _ => new string('x', 300_000) }),
            6 => JsonValue.Create(Text(random, 3000)),
            7 => new JsonArray(Enumerable.Range(0, random.Next(4)).Select(_ => Value(random, depth + 1)).ToArray()),
            _ => Object(random, depth),
        };
    }

    private sealed class CapturingLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
        }
    }
}
