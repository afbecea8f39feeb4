using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Medborgardialog.Api.Tests.Contract;

public enum ViolationKind
{
    /// <summary>A 5xx other than 503 (the database is down: an answer the contract must declare, not a defect).</summary>
    ServerError,

    /// <summary>A 4xx or 5xx whose body is not <c>application/problem+json</c>.</summary>
    NotAProblem,

    /// <summary>The status is not declared for the operation.</summary>
    UndeclaredStatus,

    /// <summary>The media type is not declared for the status, or a body came where none is declared.</summary>
    UndeclaredContent,

    /// <summary>The JSON body does not match the declared schema (or, for a problem, the problem schema).</summary>
    SchemaMismatch,

    /// <summary>An /api/ request the contract has no operation for answered 2xx.</summary>
    UnknownOperation,
}

public sealed record Violation(ViolationKind Kind, string Operation, string Request, int Status, string What, string Body)
{
    public override string ToString() => $"{Kind}: {Request} ({Operation}) → {Status}: {What}{(Body.Length > 0 ? $"\n    body: {Body}" : "")}";
}

/// <summary>
/// Checks an answer against contracts/openapi.json: the status must be declared for the operation, a 4xx/5xx must
/// be a problem document matching the declared (or the contract's problem) schema, a 2xx JSON body must match its
/// schema, other media only the declared status and content type.
/// </summary>
public static class ContractCheck
{
    /// <summary>Strict: a violation fails the test that saw it. Switch to false ("report only": violations written to
    /// the test output and contract-violations.log, tests pass) only while the contract catches up with the API.</summary>
    public const bool Strict = true;

    private static readonly SchemaValidator Validator = new(ContractDocument.Current);

    public static List<Violation> Check(string method, Uri uri, int status, string? contentType, string body)
    {
        var document = ContractDocument.Current;
        var path = uri.AbsolutePath;
        var request = $"{method} {uri.PathAndQuery}";
        var found = new List<Violation>();
        var operation = document.Match(method, path);
        var media = contentType is null ? null : ContractOperation.MediaType(contentType);
        var shortBody = body.Length > 600 ? body[..600] + "…" : body;
        void Add(ViolationKind kind, string what) => found.Add(new Violation(kind, operation?.ToString() ?? "no operation", request, status, what, shortBody));

        if (status >= 500 && status != 503)
        {
            Add(ViolationKind.ServerError, "a server error");
        }

        if (operation is null && !path.StartsWith("/api/", StringComparison.Ordinal))
        {
            return found; // the SPA, /swagger, /hangfire, and whatever else the contract does not describe
        }

        // A refusal is a problem document, unless the contract declares another media type for it (health's plain-text 503).
        var declaredOtherwise = media is not null && operation?.Response(status)?.ContainsKey(media) == true;
        if (status >= 400 && media != ContractDocument.ProblemMediaType && !declaredOtherwise)
        {
            Add(ViolationKind.NotAProblem, $"a {status} as {media ?? "no content"}, not {ContractDocument.ProblemMediaType}");
        }

        if (operation is null)
        {
            if (path.StartsWith("/api/", StringComparison.Ordinal) && status < 400)
            {
                Add(ViolationKind.UnknownOperation, "the contract has no operation for this request");
            }
            else if (status >= 400 && media == ContractDocument.ProblemMediaType)
            {
                SchemaCheck(document.ProblemSchema, "the problem schema");
            }

            return found;
        }

        var declared = operation.Response(status);
        if (declared is null)
        {
            Add(ViolationKind.UndeclaredStatus, $"{status} is not declared (declared: {string.Join(", ", operation.Responses.Keys)})");
            if (status >= 400 && media == ContractDocument.ProblemMediaType)
            {
                SchemaCheck(document.ProblemSchema, "the problem schema");
            }

            return found;
        }

        if (declared.Count == 0)
        {
            if (body.Length > 0)
            {
                Add(ViolationKind.UndeclaredContent, $"a {media} body where the contract declares no content for {status}");
            }

            return found;
        }

        if (media is null || !declared.TryGetValue(media, out var schema))
        {
            Add(ViolationKind.UndeclaredContent, $"{media ?? "no content"} is not declared for {status} (declared: {string.Join(", ", declared.Keys)})");
            if (status >= 400 && media == ContractDocument.ProblemMediaType)
            {
                SchemaCheck(document.ProblemSchema, "the problem schema");
            }

            return found;
        }

        if (media.EndsWith("json", StringComparison.Ordinal))
        {
            SchemaCheck(schema, ContractDocument.RefName(schema) ?? "its schema");
        }

        return found;

        void SchemaCheck(JsonNode? against, string name)
        {
            JsonNode? parsed;
            try
            {
                parsed = JsonNode.Parse(body);
            }
            catch (JsonException e)
            {
                Add(ViolationKind.SchemaMismatch, $"not JSON: {e.Message}");
                return;
            }

            var errors = Validator.Validate(parsed, against);
            if (errors.Count > 0)
            {
                Add(ViolationKind.SchemaMismatch, $"does not match {name}: {string.Join("; ", errors.Take(8))}{(errors.Count > 8 ? $" (+{errors.Count - 8})" : "")}");
            }
        }
    }

    /// <summary>Whether a violation fails a test (5xx and non-problem refusals always do).</summary>
    public static bool Fails(Violation violation) =>
        Strict || violation.Kind is ViolationKind.ServerError or ViolationKind.NotAProblem;
}

/// <summary>What the contract check saw, per test (by NUnit's test id), for the assertion after each test; every
/// violation is also appended to contract-violations.log beside the test binaries.</summary>
public static class ContractLedger
{
    private static readonly ConcurrentDictionary<string, ConcurrentQueue<Violation>> ByTest = new();
    private static readonly object FileLock = new();

    /// <summary>Set by a piece of work that runs beside others in one test (the fuzz's workers): its answers are kept apart.</summary>
    public static AsyncLocal<string?> Scope { get; } = new();

    public static string LogPath { get; } = Path.Combine(AppContext.BaseDirectory, "contract-violations.log");

    public static void Record(Violation violation)
    {
        var test = CurrentTest();
        ByTest.GetOrAdd(test.Id, _ => new ConcurrentQueue<Violation>()).Enqueue(violation);
        lock (FileLock)
        {
            File.AppendAllText(LogPath, $"[{test.Name}] {violation}\n");
        }
    }

    /// <summary>Takes (and forgets) what the current test has seen so far.</summary>
    public static List<Violation> Take()
    {
        var list = new List<Violation>();
        if (ByTest.TryRemove(CurrentTest().Id, out var queue))
        {
            list.AddRange(queue);
        }

        return list;
    }

    private static (string Id, string Name) CurrentTest()
    {
        try
        {
            var test = TestContext.CurrentContext.Test;
            return ((test.ID ?? "(none)") + Scope.Value, test.FullName ?? "(none)");
        }
        catch (Exception)
        {
            return ("(none)", "(outside a test)");
        }
    }
}
