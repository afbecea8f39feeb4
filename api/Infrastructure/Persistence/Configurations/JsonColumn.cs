using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Medborgardialog.Api.Infrastructure.Persistence.Configurations;

/// <summary>
/// Stores a list of immutable records as one jsonb column (a questionnaire, an opinion's answers): they are read and
/// written whole, never queried piece by piece by EF. Changes are detected by comparing the serialized JSON.
/// </summary>
internal static class JsonColumn
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    public static PropertyBuilder<List<T>> AsJsonb<T>(this PropertyBuilder<List<T>> property) =>
        property
            .HasColumnType("jsonb")
            .HasConversion(
                value => JsonSerializer.Serialize(value, Options),
                json => JsonSerializer.Deserialize<List<T>>(json, Options) ?? new List<T>(),
                new ValueComparer<List<T>>(
                    (a, b) => JsonSerializer.Serialize(a, Options) == JsonSerializer.Serialize(b, Options),
                    value => JsonSerializer.Serialize(value, Options).GetHashCode(StringComparison.Ordinal),
                    value => JsonSerializer.Deserialize<List<T>>(JsonSerializer.Serialize(value, Options), Options)!));

    /// <summary>One immutable record, or null, as one jsonb column.</summary>
    public static PropertyBuilder<T?> AsNullableJsonb<T>(this PropertyBuilder<T?> property) where T : class =>
        property
            .HasColumnType("jsonb")
            .HasConversion(
                value => value == null ? null : JsonSerializer.Serialize(value, Options),
                json => json == null ? null : JsonSerializer.Deserialize<T>(json, Options),
                new ValueComparer<T?>(
                    (a, b) => JsonSerializer.Serialize(a, Options) == JsonSerializer.Serialize(b, Options),
                    value => JsonSerializer.Serialize(value, Options).GetHashCode(StringComparison.Ordinal),
                    value => value == null ? null : JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, Options), Options)));

    /// <summary>A value as these columns write it (camelCase names and enums), for a query that compares with one.</summary>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        return options;
    }
}
