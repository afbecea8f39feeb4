using System.Text.Json;
using System.Text.Json.Serialization;

namespace Medborgardialog.Api.Infrastructure.Json;

public static class JsonSetup
{
    /// <summary>camelCase, enums as camelCase strings, and unknown fields refused (no mass assignment by accident).</summary>
    public static void Apply(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
    }
}
