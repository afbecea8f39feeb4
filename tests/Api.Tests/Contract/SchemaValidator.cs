using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Medborgardialog.Api.Tests.Contract;

/// <summary>Validates JSON against an OpenAPI 3.0 schema: <c>$ref</c>, <c>type</c>, <c>nullable</c>, <c>required</c>,
/// <c>enum</c>, <c>allOf</c>/<c>oneOf</c>/<c>anyOf</c>, <c>format</c> (uuid, date-time, date, int32, int64),
/// <c>items</c>, <c>properties</c>, <c>additionalProperties</c>, and the length, size and range keywords when present.</summary>
public sealed partial class SchemaValidator(ContractDocument document)
{
    /// <summary>Every place the value breaks the schema, as "path: what" (empty when it conforms).</summary>
    public List<string> Validate(JsonNode? value, JsonNode? schema)
    {
        var errors = new List<string>();
        Check(value, schema, "$", errors);
        return errors;
    }

    private void Check(JsonNode? value, JsonNode? schemaNode, string at, List<string> errors)
    {
        if (document.Resolve(schemaNode) is not JsonObject schema || schema.Count == 0)
        {
            return; // {} or absent: anything goes
        }

        if (value is null)
        {
            if (!Nullable(schema))
            {
                errors.Add($"{at}: null, but the schema ({Describe(schemaNode)}) is not nullable");
            }

            return;
        }

        foreach (var part in schema["allOf"]?.AsArray() ?? [])
        {
            Check(value, part, at, errors);
        }

        if (schema["oneOf"] is JsonArray oneOf && oneOf.Count(s => Validate(value, s).Count == 0) != 1)
        {
            errors.Add($"{at}: matches not exactly one of the oneOf schemas");
        }

        if (schema["anyOf"] is JsonArray anyOf && !anyOf.Any(s => Validate(value, s).Count == 0))
        {
            errors.Add($"{at}: matches none of the anyOf schemas");
        }

        if (schema["enum"] is JsonArray allowed && !allowed.Any(a => JsonNode.DeepEquals(a, value)))
        {
            errors.Add($"{at}: {Short(value)} is not one of [{string.Join(", ", allowed.Select(a => a?.ToJsonString()))}]");
            return;
        }

        var type = schema["type"]?.ToString();
        var kind = value.GetValueKind();
        switch (type)
        {
            case "object" when kind != JsonValueKind.Object:
            case "array" when kind != JsonValueKind.Array:
            case "string" when kind != JsonValueKind.String:
            case "boolean" when kind is not (JsonValueKind.True or JsonValueKind.False):
            case "number" or "integer" when kind != JsonValueKind.Number:
                errors.Add($"{at}: a {kind.ToString().ToLowerInvariant()} ({Short(value)}) where the schema wants {type}");
                return;
        }

        switch (kind)
        {
            case JsonValueKind.String:
                CheckString(value.GetValue<string>(), schema, at, errors);
                break;
            case JsonValueKind.Number:
                CheckNumber(value.AsValue(), type, schema, at, errors);
                break;
            case JsonValueKind.Array:
                CheckArray(value.AsArray(), schema, at, errors);
                break;
            case JsonValueKind.Object:
                CheckObject(value.AsObject(), schema, at, errors);
                break;
        }
    }

    /// <summary>null is allowed when the schema, or a one-element allOf wrapper's target, says <c>nullable: true</c>.</summary>
    private bool Nullable(JsonObject schema) =>
        schema["nullable"]?.GetValue<bool>() == true
        || (schema["type"] is null && schema["allOf"] is null && schema["oneOf"] is null && schema["anyOf"] is null && schema["enum"] is null && schema["$ref"] is null
            && schema["properties"] is null && schema["items"] is null);

    private static void CheckString(string text, JsonObject schema, string at, List<string> errors)
    {
        var format = schema["format"]?.ToString();
        var ok = format switch
        {
            "uuid" => Guid.TryParseExact(text, "D", out _),
            "date-time" => DateTime().IsMatch(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            "date" => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            _ => true,
        };
        if (!ok)
        {
            errors.Add($"{at}: \"{Cut(text)}\" is not a {format}");
        }

        if (schema["minLength"] is JsonValue min && text.Length < min.GetValue<int>())
        {
            errors.Add($"{at}: shorter than minLength {min}");
        }

        if (schema["maxLength"] is JsonValue max && text.Length > max.GetValue<int>())
        {
            errors.Add($"{at}: longer than maxLength {max}");
        }

        if (schema["pattern"] is JsonValue pattern && !Regex.IsMatch(text, pattern.GetValue<string>()))
        {
            errors.Add($"{at}: does not match the pattern {pattern}");
        }
    }

    private static void CheckNumber(JsonValue value, string? type, JsonObject schema, string at, List<string> errors)
    {
        var number = value.GetValue<JsonElement>().GetDouble();
        var format = schema["format"]?.ToString();
        if (type == "integer" && Math.Floor(number) != number)
        {
            errors.Add($"{at}: {number} is not an integer");
        }

        if ((format == "int32" && (number < int.MinValue || number > int.MaxValue)) || (format == "int64" && (number < long.MinValue || number > long.MaxValue)))
        {
            errors.Add($"{at}: {number} is outside {format}");
        }

        if (schema["minimum"] is JsonValue min && number < min.GetValue<double>())
        {
            errors.Add($"{at}: {number} below minimum {min}");
        }

        if (schema["maximum"] is JsonValue max && number > max.GetValue<double>())
        {
            errors.Add($"{at}: {number} above maximum {max}");
        }
    }

    private void CheckArray(JsonArray array, JsonObject schema, string at, List<string> errors)
    {
        if (schema["minItems"] is JsonValue min && array.Count < min.GetValue<int>())
        {
            errors.Add($"{at}: fewer items than minItems {min}");
        }

        if (schema["maxItems"] is JsonValue max && array.Count > max.GetValue<int>())
        {
            errors.Add($"{at}: more items than maxItems {max}");
        }

        for (var i = 0; i < array.Count; i++)
        {
            Check(array[i], schema["items"], $"{at}[{i}]", errors);
        }
    }

    private void CheckObject(JsonObject obj, JsonObject schema, string at, List<string> errors)
    {
        var properties = schema["properties"]?.AsObject();
        foreach (var required in schema["required"]?.AsArray() ?? [])
        {
            if (!obj.ContainsKey(required!.ToString()))
            {
                errors.Add($"{at}: the required member '{required}' is missing");
            }
        }

        foreach (var (name, member) in obj)
        {
            if (properties?[name] is { } declared)
            {
                Check(member, declared, $"{at}.{name}", errors);
            }
            else if (schema["additionalProperties"] is JsonValue extra && extra.GetValueKind() == JsonValueKind.False)
            {
                errors.Add($"{at}: '{name}' is not declared (additionalProperties: false)");
            }
            else if (schema["additionalProperties"] is JsonObject extraSchema)
            {
                Check(member, extraSchema, $"{at}.{name}", errors);
            }
        }
    }

    private static string Describe(JsonNode? schema) => ContractDocument.RefName(schema) ?? schema?["type"]?.ToString() ?? "schema";

    private static string Short(JsonNode value) => Cut(value.ToJsonString());

    private static string Cut(string text) => text.Length > 80 ? text[..80] + "…" : text;

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex DateTime();
}
