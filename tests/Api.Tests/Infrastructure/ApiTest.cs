using Medborgardialog.Api.Tests;
using System.Net.Http.Json;
using System.Text.Json;
using Medborgardialog.Api.Infrastructure.Json;

namespace Medborgardialog.Api.Tests.Infrastructure;

/// <summary>Base for tests that go through HTTP: a client on the real app, empty tables, the clock reset.</summary>
public abstract class ApiTest
{
    protected static readonly JsonSerializerOptions Json = ApiTestJson.Options;

    /// <summary>An anonymous visitor (a resident).</summary>
    protected HttpClient Client { get; private set; } = null!;

    /// <summary>A signed-in Official, who runs dialogues.</summary>
    protected HttpClient Official { get; set; } = null!;

    protected static ApiFactory Factory => TestEnvironment.Factory;

    [SetUp]
    public async Task ResetAsync()
    {
        await TestEnvironment.Reset.ResetAsync();
        Factory.Clock.Set(TestClock.Start);
        Client = Factory.CreateClient();
        Official = await Staff.SignedInAsync(Factory, Medborgardialog.Api.Infrastructure.Auth.Roles.Official);
    }

    [TearDown]
    public void DisposeClients()
    {
        Client?.Dispose();
        Official?.Dispose();
    }

    protected static async Task<T> ReadAsync<T>(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<T>(Json))!;

    protected static async Task<ProblemBody> ReadProblemAsync(HttpResponseMessage response)
    {
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json");
        return await ReadAsync<ProblemBody>(response);
    }

}

/// <summary>The API's JSON conventions (camelCase, enums as strings), reading leniently.</summary>
public static class ApiTestJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        JsonSetup.Apply(options);
        options.UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Skip;
        return options;
    }
}

/// <summary>An RFC 9457 problem as a client reads it.</summary>
public sealed record ProblemBody(
    string? Type,
    string? Title,
    int? Status,
    string? Detail,
    string? TraceId,
    Dictionary<string, string[]>? Errors,
    string? Code = null,
    IReadOnlyList<FieldErrorBody>? FieldErrors = null);

/// <summary>One entry of a problem's fieldErrors.</summary>
public sealed record FieldErrorBody(string Field, string Code, Dictionary<string, string> Params, string Message);
