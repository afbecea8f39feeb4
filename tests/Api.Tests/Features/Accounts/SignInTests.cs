using System.Net;
using System.Net.Http.Json;
using Medborgardialog.Api.Features.Accounts;
using Medborgardialog.Api.Infrastructure.Auth;
using Medborgardialog.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Medborgardialog.Api.Tests.Features.Accounts;

public sealed class SignInTests : ApiTest
{
    [Test]
    public async Task The_spa_signs_in_with_a_secure_http_only_same_site_cookie()
    {
        var email = await Staff.CreateAsync(Factory, Roles.Official);
        using var browser = Factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });

        var response = await browser.PostAsJsonAsync("/api/account/sign-in", new { email, password = Staff.Password });

        response.StatusCode.Should().Be(HttpStatusCode.NoContent, "the cookie is the answer; there is nothing to say");
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("md.auth=", StringComparison.Ordinal));
        cookie.Should().Contain("httponly").And.Contain("samesite=strict");
        var me = await ReadAsync<CurrentUser>(await browser.GetAsync("/api/account/me"));
        me.Email.Should().Be(email);
        me.Roles.Should().Equal(Roles.Official);
    }

    [Test]
    public async Task A_signed_in_change_without_the_antiforgery_token_is_refused_and_with_it_accepted()
    {
        var email = await Staff.CreateAsync(Factory, Roles.Official);
        using var browser = Factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        await browser.PostAsJsonAsync("/api/account/sign-in", new { email, password = Staff.Password });

        var without = await browser.PostAsJsonAsync("/api/dialogues", Requests.Announcement(), Json);
        var token = await ReadAsync<Antiforgery.AntiforgeryToken>(await browser.GetAsync("/api/account/antiforgery"));
        browser.DefaultRequestHeaders.Add(token.HeaderName, token.Token);
        var with = await browser.PostAsJsonAsync("/api/dialogues", Requests.Announcement(), Json);

        without.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await ReadProblemAsync(without);
        problem.Title.Should().Be("The request is missing its anti-forgery token.");
        problem.Code.Should().Be("auth.antiforgeryTokenInvalid");
        with.StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Test]
    public async Task An_integrator_signs_in_for_a_bearer_token()
    {
        var email = await Staff.CreateAsync(Factory, Roles.ElectedOfficial);
        using var integrator = await Staff.BearerClientAsync(Factory, email);

        var me = await ReadAsync<CurrentUser>(await integrator.GetAsync("/api/account/me"));

        me.Roles.Should().Equal(Roles.ElectedOfficial);
    }

    [Test]
    public async Task A_wrong_password_is_a_401_that_does_not_tell_whether_the_account_exists()
    {
        var email = await Staff.CreateAsync(Factory, Roles.Official);

        var wrongPassword = await Client.PostAsJsonAsync("/api/account/sign-in", new { email, password = "fel lösenord 123" });
        var noSuchUser = await Client.PostAsJsonAsync("/api/account/sign-in", new { email = "nobody@karlskoga.example", password = "fel lösenord 123" });

        wrongPassword.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        noSuchUser.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await ReadProblemAsync(wrongPassword)).Detail.Should().Be((await ReadProblemAsync(noSuchUser)).Detail);
    }

    [Test]
    public async Task After_five_failed_attempts_the_account_is_locked_even_for_the_right_password()
    {
        var email = await Staff.CreateAsync(Factory, Roles.Official);
        for (var i = 0; i < 5; i++)
        {
            await Client.PostAsJsonAsync("/api/account/token", new { email, password = "fel lösenord 123" });
        }

        var right = await Client.PostAsJsonAsync("/api/account/token", new { email, password = Staff.Password });

        right.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Signing_in_too_often_from_one_client_is_answered_429_with_retry_after()
    {
        await using var strict = new ApiFactory(TestEnvironment.Database.ConnectionString,
            new Dictionary<string, string?> { ["Auth:SignInsPerMinute"] = "3", ["Database:MigrateOnStartup"] = "false" });
        using var client = strict.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await client.PostAsJsonAsync("/api/account/token", new { email = "x@karlskoga.example", password = "fel lösenord 123" })).StatusCode);
        }

        var limited = await client.PostAsJsonAsync("/api/account/token", new { email = "x@karlskoga.example", password = "fel lösenord 123" });
        statuses.Should().Equal(HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests);
        limited.Headers.RetryAfter.Should().NotBeNull();
        (await ReadProblemAsync(limited)).Status.Should().Be(429);
    }

    [Test]
    public async Task The_first_administrator_comes_from_configuration()
    {
        await using var configured = new ApiFactory(TestEnvironment.Database.ConnectionString, new Dictionary<string, string?>
        {
            ["Admin:Email"] = "admin@karlskoga.example",
            ["Admin:Password"] = "administratorns lösenord",
        });
        _ = configured.Server;

        using var admin = await Staff.BearerClientAsync(configured, "admin@karlskoga.example", "administratorns lösenord");
        var me = await ReadAsync<CurrentUser>(await admin.GetAsync("/api/account/me"));

        me.Roles.Should().Equal(Roles.Administrator);
    }

    [Test]
    public async Task Signing_out_removes_the_cookie()
    {
        var email = await Staff.CreateAsync(Factory, Roles.Moderator);
        using var browser = Factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        await browser.PostAsJsonAsync("/api/account/sign-in", new { email, password = Staff.Password });
        var token = await ReadAsync<Antiforgery.AntiforgeryToken>(await browser.GetAsync("/api/account/antiforgery"));
        browser.DefaultRequestHeaders.Add(token.HeaderName, token.Token);

        (await browser.PostAsync("/api/account/sign-out", null)).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await browser.GetAsync("/api/account/me")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }
}
