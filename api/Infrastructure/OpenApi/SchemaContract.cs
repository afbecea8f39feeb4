using System.Reflection;
using System.Text.Json;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Medborgardialog.Api.Infrastructure.OpenApi;

/// <summary>
/// Required and nullable as the API really behaves: a member that is never null (a value type that is not
/// <c>Nullable</c>) and has no default in the record's constructor is always in an answer and must be in a request,
/// so it is <c>required</c>, and a member with a default in the constructor is not; a nullable reference to another schema keeps its type beside <c>nullable</c>.
/// (Non-nullable reference types are made required by Swashbuckle's own option.)
/// </summary>
public sealed class SchemaContract : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema target || target.Properties is null || context.Type is not { IsClass: true } type)
        {
            return;
        }

        var defaults = type.GetConstructors()
            .OrderByDescending(c => c.GetParameters().Length)
            .FirstOrDefault()?.GetParameters()
            .Where(p => p.HasDefaultValue)
            .Select(p => p.Name!)
            .ToHashSet(StringComparer.OrdinalIgnoreCase) ?? [];

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            if (!target.Properties.TryGetValue(name, out var propertySchema))
            {
                continue;
            }

            var valueType = property.PropertyType;
            if (defaults.Contains(property.Name))
            {
                // A request may leave it out: the record's constructor has a default for it.
                target.Required?.Remove(name);
            }
            else if (valueType.IsValueType && Nullable.GetUnderlyingType(valueType) is null)
            {
                target.Required ??= new HashSet<string>();
                target.Required.Add(name);
            }

            // "allOf: [$ref]" with nullable and no type: linters (and some generators) want the type beside nullable.
            if (propertySchema is OpenApiSchema { AllOf: { Count: 1 } allOf } wrapper
                && wrapper.Type is JsonSchemaType.Null
                && IsNullable(property)
                && allOf[0] is OpenApiSchemaReference reference)
            {
                var referenced = (reference.Reference.Id is { } id && context.SchemaRepository.Schemas.TryGetValue(id, out var target2) ? target2.Type : null)
                                 ?? JsonSchemaType.Object;
                wrapper.Type = (referenced & ~JsonSchemaType.Null) | JsonSchemaType.Null;
            }
        }
    }

    private static readonly NullabilityInfoContext Nullability = new();

    private static bool IsNullable(PropertyInfo property) =>
        Nullable.GetUnderlyingType(property.PropertyType) is not null
        || (!property.PropertyType.IsValueType && Nullability.Create(property).ReadState == NullabilityState.Nullable);
}
