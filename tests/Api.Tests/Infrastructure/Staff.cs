using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Medborgardialog.Api.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Medborgardialog.Api.Tests.Infrastructure;

/// <summary>Staff accounts for tests: created with Identity, signed in through the real sign-in endpoint.</summary>
public static class Staff
{
    public const string Password = "ett långt lösenord 2026";

    public static async Task<string> CreateAsync(ApiFactory factory, params string[] roles)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var email = $"{string.Join("-", roles).ToLowerInvariant()}-{Guid.NewGuid():N}@karlskoga.example";
        var user = new StaffUser { Id = Guid.CreateVersion7(), UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Test " + string.Join(", ", roles) };
        (await users.CreateAsync(user, Password)).Succeeded.Should().BeTrue();
        if (roles.Length > 0)
        {
            (await users.AddToRolesAsync(user, roles)).Succeeded.Should().BeTrue();
        }

        return email;
    }

    /// <summary>A client that sends a bearer token, as an integrator would.</summary>
    public static async Task<HttpClient> BearerClientAsync(ApiFactory factory, string email, string password = Password)
    {
        var client = factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/account/token", new { email, password });
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var token = await response.Content.ReadFromJsonAsync<TokenBody>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    public static async Task<HttpClient> SignedInAsync(ApiFactory factory, params string[] roles) =>
        await BearerClientAsync(factory, await CreateAsync(factory, roles));

    private sealed record TokenBody(string TokenType, string AccessToken, long ExpiresIn);
}
