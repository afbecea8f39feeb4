using System.Text.Json;
using System.Text.Json.Serialization;

namespace Medborgardialog.Api.Infrastructure.Json;

public static class JsonSetup
{
    /// <summary>camelCase, enums as camelCase strings, and unknown fields refused (no mass assignment by accident).
    /// The C# types are the contract: a <c>null</c> for a member that is not nullable fails reading the body (a 400 naming
    /// the field). A member left out is not refused here — System.Text.Json would name only the object ('$') — but by
    /// <c>RequestShape</c> in the validation pipeline, which names it.</summary>
    public static void Apply(JsonSerializerOptions options)
    {
        options.RespectNullableAnnotations = true;
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
    }
}
