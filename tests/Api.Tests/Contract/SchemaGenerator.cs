using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Medborgardialog.Api.Tests.Contract;

/// <summary>
/// Builds request values from the contract's schemas: a valid value (the schema's example when it has one, else every
/// member filled, ids taken from real resources by the member's name), and the hostile variants of a valid body —
/// null and missing for every member, wrong types, empty and oversized arrays, boundary and control-character
/// strings, unknown enum values, impossible dates and numbers.
/// </summary>
public sealed class SchemaGenerator(ContractDocument document, Random random, Func<string, string?> realValue)
{
    private static readonly DateTimeOffset Base = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);
    private int _counter;

    /// <summary>A valid value: dates ascend through the body (so "opens" comes before "closes"), texts are distinct.</summary>
    public JsonNode? Valid(JsonNode? schemaNode, string name = "")
    {
        var schema = Effective(schemaNode);
        if (schema is null)
        {
            return JsonValue.Create("x");
        }

        if (schema["example"] is { } example)
        {
            return example.DeepClone();
        }

        if (schema["enum"] is JsonArray values && values.Count > 0)
        {
            return values[random.Next(values.Count)]!.DeepClone();
        }

        switch (schema["type"]?.ToString())
        {
            case "object" or null when schema["properties"] is JsonObject properties:
                var obj = new JsonObject();
                foreach (var (member, memberSchema) in properties)
                {
                    if (Effective(memberSchema)?["readOnly"]?.GetValue<bool>() == true)
                    {
                        continue;
                    }

                    obj[member] = Valid(memberSchema, member);
                }

                return obj;
            case "object":
                return new JsonObject();
            case "array":
                var count = Math.Max(1, schema["minItems"]?.GetValue<int>() ?? 1);
                var items = new JsonArray();
                for (var i = 0; i < count; i++)
                {
                    items.Add(Valid(schema["items"], Singular(name)));
                }

                return items;
            case "integer":
                return JsonValue.Create(Integer(schema, name));
            case "number":
                return JsonValue.Create(schema["minimum"]?.GetValue<double>() ?? 1.5);
            case "boolean":
                return JsonValue.Create(false);
            default:
                return JsonValue.Create(Text(schema, name));
        }
    }

    /// <summary>The schema with $ref and one-element allOf wrappers followed, allOf parts merged, nullable kept.</summary>
    public JsonObject? Effective(JsonNode? schemaNode)
    {
        if (document.Resolve(schemaNode) is not JsonObject schema)
        {
            return null;
        }

        if (schema["allOf"] is not JsonArray parts)
        {
            return schema;
        }

        var merged = new JsonObject();
        foreach (var part in parts.Select(Effective).Append(schema).OfType<JsonObject>())
        {
            foreach (var (key, value) in part)
            {
                if (key == "allOf")
                {
                    continue;
                }

                if (key == "properties" && merged["properties"] is JsonObject have && value is JsonObject more)
                {
                    foreach (var (p, s) in more)
                    {
                        have[p] = s?.DeepClone();
                    }
                }
                else if (key == "required" && merged["required"] is JsonArray req && value is JsonArray moreReq)
                {
                    foreach (var r in moreReq)
                    {
                        req.Add(r?.DeepClone());
                    }
                }
                else
                {
                    merged[key] = value?.DeepClone();
                }
            }
        }

        return merged;
    }

    private int Integer(JsonObject schema, string name)
    {
        if (schema["minimum"] is JsonValue min)
        {
            return (int)Math.Ceiling(min.GetValue<double>());
        }

        return realValue(name) is { } real && int.TryParse(real, CultureInfo.InvariantCulture, out var parsed) ? parsed
            : name.Contains("scale", StringComparison.OrdinalIgnoreCase) ? 3
            : name.Contains("year", StringComparison.OrdinalIgnoreCase) ? 2026
            : name.Contains("capacity", StringComparison.OrdinalIgnoreCase) ? 40
            : 1;
    }

    private string Text(JsonObject schema, string name)
    {
        var n = Interlocked.Increment(ref _counter);
        switch (schema["format"]?.ToString())
        {
            case "uuid":
                return realValue(name) ?? Guid.NewGuid().ToString();
            case "date-time":
                return Base.AddDays(n).ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture);
            case "date":
                return DateOnly.FromDateTime(Base.AddDays(60 + n).UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (realValue(name) is { } real)
        {
            return real;
        }

        var lower = name.ToLowerInvariant();
        return lower switch
        {
            _ when lower.Contains("email", StringComparison.Ordinal) => $"fuzz.{n}.{random.Next(100000)}@example.com",
            _ when lower.EndsWith("url", StringComparison.Ordinal) => $"https://www.karlskoga.se/fuzz/{n}",
            _ when lower.Contains("password", StringComparison.Ordinal) => "ett långt lösenord för fuzz",
            _ when lower.Contains("phone", StringComparison.Ordinal) => "0586-610 00",
            _ => $"Fuzztext {n}: {Words[random.Next(Words.Length)]} {Words[random.Next(Words.Length)]} vid Skranta",
        };
    }

    private static readonly string[] Words = ["belysning", "bänkar", "cykelbanor", "lekplats", "träd", "grillplats", "ramper", "parkering", "busshållplats"];

    private static string Singular(string name) =>
        name.EndsWith("Ids", StringComparison.Ordinal) ? name[..^1] : name.EndsWith('s') ? name[..^1] : name;

    /// <summary>Every hostile variant of a valid body: (what was done, the body as text).</summary>
    /// <remarks>Lazy: a variant's body is only made when it is sent.</remarks>
    public IEnumerable<(string What, Func<string> Body)> Hostile(JsonNode? valid, JsonNode? schemaNode)
    {
        yield return ("empty body", () => "");
        yield return ("truncated JSON", () => "{");
        yield return ("JSON null", () => "null");
        yield return ("an array for the body", () => "[]");
        yield return ("a string for the body", () => "\"x\"");
        yield return ("deep nesting", () => new string('[', 300) + new string(']', 300));
        if (valid is JsonObject validObject)
        {
            yield return ("an unknown member", () =>
            {
                var unknown = (JsonObject)validObject.DeepClone();
                unknown["fuzzUnknownMember"] = "x";
                return unknown.ToJsonString();
            });
        }

        foreach (var (path, schema) in Members(valid, schemaNode, ""))
        {
            foreach (var (what, replacement, remove) in Replacements(Effective(schema), path))
            {
                yield return ($"{path}: {what}", () =>
                {
                    var copy = valid!.DeepClone();
                    return Apply(copy, path, replacement(), remove) ? copy.ToJsonString() : "null";
                });
            }
        }
    }

    /// <summary>Every member path of the value (objects' members, the first item of arrays), with its schema.</summary>
    private IEnumerable<(string Path, JsonNode? Schema)> Members(JsonNode? value, JsonNode? schemaNode, string at)
    {
        var schema = Effective(schemaNode);
        if (value is JsonObject obj && schema?["properties"] is JsonObject properties)
        {
            foreach (var (name, member) in obj.ToList())
            {
                var path = at.Length == 0 ? name : $"{at}.{name}";
                yield return (path, properties[name]);
                foreach (var inner in Members(member, properties[name], path))
                {
                    yield return inner;
                }
            }
        }
        else if (value is JsonArray { Count: > 0 } array)
        {
            var path = $"{at}[0]";
            yield return (path, schema?["items"]);
            foreach (var inner in Members(array[0], schema?["items"], path))
            {
                yield return inner;
            }
        }
    }

    private IEnumerable<(string What, Func<JsonNode?> Value, bool Remove)> Replacements(JsonObject? schema, string path)
    {
        yield return ("null", () => null, false);
        if (!path.EndsWith(']'))
        {
            yield return ("missing", () => null, true);
        }

        var type = schema?["type"]?.ToString() ?? (schema?["properties"] is not null ? "object" : null);
        yield return ("wrong type", () => type switch
        {
            "string" => JsonValue.Create(12345),
            "integer" or "number" => JsonValue.Create("12"),
            "boolean" => JsonValue.Create("true"),
            "array" => new JsonObject(),
            _ => new JsonArray(JsonValue.Create(1)),
        }, false);
        if (schema?["enum"] is not null)
        {
            yield return ("an unknown enum value", () => JsonValue.Create("fuzzUnknownValue"), false);
            yield return ("an enum value in the wrong case", () => JsonValue.Create(schema["enum"]![0]!.ToString().ToUpperInvariant()), false);
            yield return ("an enum as its number", () => JsonValue.Create(1), false);
        }

        switch (type)
        {
            case "string":
                foreach (var (what, text) in HostileStrings(schema!["format"]?.ToString()))
                {
                    yield return (what, () => JsonValue.Create(text), false);
                }

                break;
            case "integer" or "number":
                yield return ("0", () => JsonValue.Create(0), false);
                yield return ("-1", () => JsonValue.Create(-1), false);
                yield return ("int.MaxValue", () => JsonValue.Create(int.MaxValue), false);
                yield return ("int.MinValue", () => JsonValue.Create(int.MinValue), false);
                yield return ("2^53", () => JsonValue.Create(9007199254740993L), false);
                yield return ("1e300", () => JsonValue.Create(1e300), false);
                yield return ("a fraction", () => JsonValue.Create(1.5), false);
                break;
            case "array":
                yield return ("an empty array", () => new JsonArray(), false);
                var items = schema!["items"];
                yield return ("2,000 items", () => { var item = Valid(items); return new JsonArray(Enumerable.Range(0, 2000).Select(_ => item?.DeepClone()).ToArray()); }, false);
                yield return ("a null item", () => new JsonArray((JsonNode?)null), false);
                yield return ("the same item twice", () => { var item = Valid(items); return new JsonArray(item?.DeepClone(), item?.DeepClone()); }, false);
                break;
            case "object":
                yield return ("an empty object", () => new JsonObject(), false);
                break;
        }
    }

    /// <summary>Strings at the edges: empty, blank, 10,000 characters, NUL, RTL override, emoji, a lone surrogate,
    /// markup and SQL, and for formats values that look right and are not.</summary>
    public static IEnumerable<(string What, string Text)> HostileStrings(string? format)
    {
        yield return ("an empty string", "");
        yield return ("blank", "   \t ");
        yield return ("10,000 characters", new string('å', 10_000));
        yield return ("a NUL", "Skranta\0park");
        yield return ("control characters", "a\u0001\u0007\u001b[31mb\r\nc");
        yield return ("an RTL override", "\u202Egnirts\u202C and \u2066isolate\u2069");
        yield return ("emoji", string.Concat(Enumerable.Repeat("👍🏽🇸🇪", 50)));
        yield return ("a lone surrogate", "x\uD800y");
        yield return ("markup and SQL", "<script>alert(1)</script>'; DROP TABLE dialogues;--");
        yield return ("a formula", "=HYPERLINK(\"http://evil\")");
        switch (format)
        {
            case "uuid":
                yield return ("not a uuid", "not-a-guid");
                yield return ("the empty uuid", Guid.Empty.ToString());
                yield return ("an unknown uuid", Guid.NewGuid().ToString());
                break;
            case "date-time":
                yield return ("an impossible date-time", "2026-13-45T25:61:00Z");
                yield return ("the smallest date-time", "0001-01-01T00:00:00Z");
                yield return ("the largest date-time", "9999-12-31T23:59:59Z");
                yield return ("a date-time without zone", "2026-12-01T10:00:00");
                break;
            case "date":
                yield return ("an impossible date", "2026-02-30");
                yield return ("the smallest date", "0001-01-01");
                yield return ("the largest date", "9999-12-31");
                break;
        }
    }

    private static bool Apply(JsonNode root, string path, JsonNode? replacement, bool remove)
    {
        var parts = new List<object>();
        foreach (var segment in path.Split('.'))
        {
            var name = segment;
            var index = name.IndexOf('[', StringComparison.Ordinal);
            if (index != 0)
            {
                parts.Add(index < 0 ? name : name[..index]);
            }

            for (; index >= 0 && index < name.Length; index = name.IndexOf('[', index + 1))
            {
                parts.Add(int.Parse(name[(index + 1)..name.IndexOf(']', index)], CultureInfo.InvariantCulture));
            }
        }

        var node = root;
        for (var i = 0; i < parts.Count - 1; i++)
        {
            node = parts[i] is string key ? node?[key] : node?[(int)parts[i]];
        }

        switch (parts[^1], node)
        {
            case (string key, JsonObject obj):
                if (remove)
                {
                    obj.Remove(key);
                }
                else
                {
                    obj[key] = replacement;
                }

                return true;
            case (int index, JsonArray array) when index < array.Count:
                array[index] = replacement;
                return true;
            default:
                return false;
        }
    }

    public static string Serialize(JsonNode? node) => node?.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) ?? "null";
}
