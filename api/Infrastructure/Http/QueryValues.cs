using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;

namespace Medborgardialog.Api.Infrastructure.Http;

/// <summary>
/// Enum values in query strings are written as in JSON ("upcoming", "dialogueWalk"). ASP.NET binds enums
/// case-sensitively by their C# names, so endpoints take the text and read it here; an unknown value is a
/// field error like any other.
/// </summary>
public static class QueryValues
{
    public static T? ParseEnum<T>(string? value, string field) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!int.TryParse(value, out _) && Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
        {
            return parsed;
        }

        var allowed = string.Join(", ", Enum.GetNames<T>().Select(JsonNamingPolicy.CamelCase.ConvertName));
        throw new ValidationException([Errors.FieldErrors.Failure(field, Domain.FieldErrorCodes.UnknownValue, $"'{value}' is not one of: {allowed}.", ("allowed", allowed))]);
    }
}

/// <summary>Endpoint metadata: the text parameter <see cref="Parameter"/> (query or path) holds a value of
/// <see cref="EnumType"/>, read with <see cref="QueryValues.ParseEnum{T}"/>. The contract then lists its allowed values.</summary>
public sealed record EnumParameter(string Parameter, Type EnumType);

public static class EnumParameterExtensions
{
    /// <summary>Declares that <paramref name="parameter"/> takes the values of <typeparamref name="TEnum"/> (camelCase, as in JSON).</summary>
    public static RouteHandlerBuilder TakesEnum<TEnum>(this RouteHandlerBuilder builder, string parameter)
        where TEnum : struct, Enum =>
        builder.WithMetadata(new EnumParameter(parameter, typeof(TEnum)));
}
