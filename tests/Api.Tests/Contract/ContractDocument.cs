using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Medborgardialog.Api.Tests.Contract;

/// <summary>contracts/openapi.json as the tests read it: every operation by method and path template, with its
/// parameters, request bodies and declared responses; <c>$ref</c>s resolved on demand.</summary>
public sealed class ContractDocument
{
    public const string ProblemMediaType = "application/problem+json";

    private static readonly Lazy<ContractDocument> Loaded = new(() => Load(Path.Combine(RepoRoot(), "contracts", "openapi.json")));

    private ContractDocument(JsonObject root)
    {
        Root = root;
        var operations = new List<ContractOperation>();
        foreach (var (template, item) in root["paths"]!.AsObject())
        {
            var shared = item!["parameters"]?.AsArray() ?? [];
            foreach (var (method, node) in item.AsObject())
            {
                if (method is "parameters" or "summary" or "description" or "servers")
                {
                    continue;
                }

                operations.Add(ContractOperation.From(method.ToUpperInvariant(), template, node!.AsObject(), shared, this));
            }
        }

        Operations = operations;
        ProblemSchema = MostDeclaredProblemSchema();
    }

    /// <summary>The document this build wrote (found by walking up from the test binaries to the repository root).</summary>
    public static ContractDocument Current => Loaded.Value;

    public JsonObject Root { get; }

    public IReadOnlyList<ContractOperation> Operations { get; }

    /// <summary>The problem document's schema: the one most responses declare for <c>application/problem+json</c>
    /// (so it follows the contract when the problem schema is renamed or gains required members).</summary>
    public JsonNode ProblemSchema { get; }

    public static ContractDocument Load(string path) => new(JsonNode.Parse(File.ReadAllText(path))!.AsObject());

    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "contracts", "openapi.json")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No contracts/openapi.json above {AppContext.BaseDirectory}.");
    }

    /// <summary>Follows <c>$ref</c> to the schema it names (OpenAPI 3.0: siblings of a <c>$ref</c> are ignored).</summary>
    public JsonNode? Resolve(JsonNode? schema)
    {
        for (var hops = 0; schema is JsonObject o && o["$ref"] is JsonValue reference; hops++)
        {
            if (hops > 32)
            {
                throw new InvalidOperationException($"A $ref cycle at {reference}.");
            }

            schema = Lookup(reference.GetValue<string>());
        }

        return schema;
    }

    /// <summary>The component name a schema refers to (directly or through a one-element allOf), for examples and messages.</summary>
    public static string? RefName(JsonNode? schema) => schema switch
    {
        JsonObject o when o["$ref"] is JsonValue r => r.GetValue<string>().Split('/')[^1],
        JsonObject o when o["allOf"] is JsonArray { Count: 1 } all => RefName(all[0]),
        _ => null,
    };

    public JsonNode? Lookup(string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            throw new NotSupportedException($"Only local references are supported: {reference}");
        }

        JsonNode? node = Root;
        foreach (var part in reference[2..].Split('/'))
        {
            node = node?[part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)];
        }

        return node ?? throw new InvalidOperationException($"The contract has no {reference}.");
    }

    /// <summary>The enum schemas of components/schemas by name (to resolve a parameter like <c>{group}</c> to TargetGroup's values).</summary>
    public IEnumerable<(string Name, IReadOnlyList<string> Values)> EnumSchemas() =>
        Root["components"]?["schemas"]?.AsObject()
            .Where(p => p.Value?["enum"] is JsonArray)
            .Select(p => (p.Key, (IReadOnlyList<string>)p.Value!["enum"]!.AsArray().Select(v => v!.ToString()).ToList()))
        ?? [];

    /// <summary>The operation a request is for: method and path against each template, the most literal template first
    /// (<c>/api/transparency/{year}.csv</c> before <c>/api/transparency/{year}</c>).</summary>
    /// <remarks>A trailing slash is ignored, as ASP.NET Core's routing ignores it (a hostile "{followId}" of ".." leaves
    /// "/api/followers/{token}/", which the server answers as /api/followers/{token}).</remarks>
    public ContractOperation? Match(string method, string escapedPath) =>
        Operations
            .Where(o => o.Method == method && (o.Matches(escapedPath) || (escapedPath.Length > 1 && escapedPath.EndsWith('/') && o.Matches(escapedPath[..^1]))))
            .OrderByDescending(o => o.LiteralLength)
            .FirstOrDefault();

    private JsonNode MostDeclaredProblemSchema()
    {
        var declared = Operations
            .SelectMany(o => o.Responses.Values)
            .SelectMany(media => media.Where(m => m.Key == ProblemMediaType && m.Value is not null).Select(m => m.Value!))
            .GroupBy(s => s.ToJsonString())
            .OrderByDescending(g => g.Count())
            .FirstOrDefault();
        return declared?.First() ?? throw new InvalidOperationException("The contract declares no application/problem+json response.");
    }
}

public sealed record ContractParameter(string Name, string In, bool Required, JsonNode? Schema);

/// <summary>One operation: method, path template, parameters, request body per media type, responses per status and media type.</summary>
public sealed partial class ContractOperation
{
    private Regex _path = null!;

    public required string Method { get; init; }

    public required string PathTemplate { get; init; }

    public required string OperationId { get; init; }

    public required IReadOnlyList<ContractParameter> Parameters { get; init; }

    /// <summary>Media type → schema of the request body (empty without a body).</summary>
    public required IReadOnlyDictionary<string, JsonNode?> RequestBody { get; init; }

    public required bool RequestBodyRequired { get; init; }

    /// <summary>Status ("200", "4XX", "default") → media type → schema; an empty map for a response without content.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyDictionary<string, JsonNode?>> Responses { get; init; }

    public int LiteralLength { get; private init; }

    public override string ToString() => $"{Method} {PathTemplate} ({OperationId})";

    public bool Matches(string escapedPath) => _path.IsMatch(escapedPath);

    /// <summary>The declared response for a status: exact, then its range (4XX), then default.</summary>
    public IReadOnlyDictionary<string, JsonNode?>? Response(int status) =>
        Responses.TryGetValue(status.ToString(System.Globalization.CultureInfo.InvariantCulture), out var exact) ? exact
        : Responses.TryGetValue($"{status / 100}XX", out var range) ? range
        : Responses.TryGetValue("default", out var fallback) ? fallback
        : null;

    /// <summary>The path with each parameter replaced by its (already escaped) value.</summary>
    public string Expand(IReadOnlyDictionary<string, string> escapedValues) =>
        Placeholder().Replace(PathTemplate, m => escapedValues[m.Groups[1].Value]);

    public IEnumerable<string> PathParameterNames() => Placeholder().Matches(PathTemplate).Select(m => m.Groups[1].Value);

    internal static ContractOperation From(string method, string template, JsonObject node, JsonArray shared, ContractDocument document)
    {
        var parameters = shared.Concat(node["parameters"]?.AsArray() ?? [])
            .Select(p => document.Resolve(p)!.AsObject())
            .GroupBy(p => (p["name"]!.ToString(), p["in"]!.ToString()))
            .Select(g => g.Last())
            .Select(p => new ContractParameter(p["name"]!.ToString(), p["in"]!.ToString(), p["required"]?.GetValue<bool>() == true, p["schema"]))
            .ToList();
        var body = document.Resolve(node["requestBody"]) as JsonObject;
        var responses = new Dictionary<string, IReadOnlyDictionary<string, JsonNode?>>();
        foreach (var (status, response) in node["responses"]?.AsObject() ?? [])
        {
            responses[status] = Media(document.Resolve(response)?["content"]);
        }

        var pattern = "^" + string.Concat(Placeholder().Split(template).Select((part, i) => i % 2 == 0 ? Regex.Escape(part) : "[^/]+")) + "$";
        return new ContractOperation
        {
            Method = method,
            PathTemplate = template,
            OperationId = node["operationId"]?.ToString() ?? $"{method} {template}",
            Parameters = parameters,
            RequestBody = Media(body?["content"]),
            RequestBodyRequired = body?["required"]?.GetValue<bool>() == true,
            Responses = responses,
            LiteralLength = Placeholder().Replace(template, "").Length,
            _path = new Regex(pattern, RegexOptions.CultureInvariant),
        };
    }

    private static Dictionary<string, JsonNode?> Media(JsonNode? content) =>
        content?.AsObject().ToDictionary(m => MediaType(m.Key), m => m.Value?["schema"]) ?? [];

    /// <summary>"text/calendar; charset=utf-8" → "text/calendar".</summary>
    public static string MediaType(string contentType) => contentType.Split(';')[0].Trim().ToLowerInvariant();

    [GeneratedRegex(@"\{([^}]+)\}")]
    private static partial Regex Placeholder();
}
