using System.Text.Json.Nodes;
using Medborgardialog.Api.Infrastructure.Geo;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Medborgardialog.Api.Infrastructure.OpenApi;

/// <summary>GeoJSON's own spelling in the contract: <c>type</c> is one of RFC 7946's names (PascalCase, unlike the
/// API's camelCase enums), and <c>coordinates</c> is an array (nested by type) of numbers.</summary>
public sealed class GeoJsonSchema : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (context.Type != typeof(GeoJsonGeometry) || schema is not OpenApiSchema target || target.Properties is null)
        {
            return;
        }

        if (target.Properties.TryGetValue("type", out var type) && type is OpenApiSchema typeSchema)
        {
            typeSchema.Enum = [.. GeoJson.AllTypes.Select(t => (JsonNode)JsonValue.Create(t))];
        }

        if (target.Properties.TryGetValue("coordinates", out var coordinates) && coordinates is OpenApiSchema coordinatesSchema)
        {
            coordinatesSchema.Type = JsonSchemaType.Array;
            coordinatesSchema.MinItems = 1;
            coordinatesSchema.Items = new OpenApiSchema { Description = "A number (a position's longitude or latitude) or, nested, a position, ring or polygon." };
        }

    }
}
