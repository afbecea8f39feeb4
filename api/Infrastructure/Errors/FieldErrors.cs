using System.Globalization;
using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;
using Medborgardialog.Api.Domain;

namespace Medborgardialog.Api.Infrastructure.Errors;

/// <summary>
/// Turns validation failures into the problem document's <c>fieldErrors</c>: a field (in JSON's spelling), a code from
/// <see cref="FieldErrorCodes"/> and its parameters. A rule names its code with <c>WithErrorCode</c> (and its
/// parameters with <c>WithState</c>, as a dictionary); FluentValidation's built-in rules are mapped here, once.
/// </summary>
public static class FieldErrors
{
    public static FieldError From(ValidationFailure failure)
    {
        var field = JsonFieldName(failure.PropertyName);
        var placeholders = failure.FormattedMessagePlaceholderValues ?? new Dictionary<string, object>();
        var explicitParams = failure.CustomState as IReadOnlyDictionary<string, string>;
        var (code, parameters) = failure.ErrorCode switch
        {
            null or "" => (FieldErrorCodes.Invalid, Empty),
            "NotEmptyValidator" or "NotNullValidator" => (FieldErrorCodes.Required, Empty),
            "EmptyValidator" or "NullValidator" => (FieldErrorCodes.MustBeEmpty, Empty),
            "MaximumLengthValidator" => (FieldErrorCodes.TooLong, Params(("max", placeholders.GetValueOrDefault("MaxLength")))),
            "MinimumLengthValidator" => (FieldErrorCodes.TooShort, Params(("min", placeholders.GetValueOrDefault("MinLength")))),
            "LengthValidator" or "ExactLengthValidator" => Length(placeholders),
            "GreaterThanValidator" or "GreaterThanOrEqualValidator" => Compared(FieldErrorCodes.TooSmall, FieldErrorCodes.MustBeAfter, "min", placeholders),
            "LessThanValidator" or "LessThanOrEqualValidator" => Compared(FieldErrorCodes.TooLarge, FieldErrorCodes.MustBeBefore, "max", placeholders),
            "InclusiveBetweenValidator" or "ExclusiveBetweenValidator" =>
                (FieldErrorCodes.OutOfRange, Params(("min", placeholders.GetValueOrDefault("From")), ("max", placeholders.GetValueOrDefault("To")))),
            "EmailValidator" => (FieldErrorCodes.InvalidEmail, Empty),
            "EnumValidator" or "StringEnumValidator" => (FieldErrorCodes.UnknownValue, Empty),
            "RegularExpressionValidator" => (FieldErrorCodes.InvalidFormat, Empty),
            // Must(…) without a code of its own, and any other built-in rule: a rule of this field.
            var builtIn when builtIn.EndsWith("Validator", StringComparison.Ordinal) => (FieldErrorCodes.Invalid, Empty),
            var named => (named, explicitParams ?? Empty),
        };
        return new FieldError(field, code, parameters, failure.ErrorMessage);
    }

    /// <summary>A failure with a code of its own, for checks made outside a validator (against the database, in a file).</summary>
    public static ValidationFailure Failure(string propertyName, string code, string message, params (string Name, object? Value)[] parameters) =>
        new(propertyName, message) { ErrorCode = code, CustomState = Params(parameters) };

    /// <summary>Names the rule's code (and its parameters) on a FluentValidation rule.</summary>
    public static IRuleBuilderOptions<T, TProperty> WithFieldCode<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> rule, string code, params (string Name, object? Value)[] parameters) =>
        rule.WithErrorCode(code).WithState(_ => Params(parameters));

    /// <summary>A list holds at most <paramref name="max"/> items (null counts as empty): <c>tooMany</c> with <c>max</c>.</summary>
    public static IRuleBuilderOptions<T, TList> MaxCount<T, TList>(this IRuleBuilder<T, TList> rule, int max, string? message = null)
        where TList : System.Collections.IEnumerable? =>
        rule.Must(items => items is null || Count(items) <= max)
            .WithMessage(message ?? $"At most {max} items.")
            .WithFieldCode(FieldErrorCodes.TooMany, ("max", max));

    /// <summary>An absolute http(s) address, or nothing: <c>invalidUrl</c>.</summary>
    public static IRuleBuilderOptions<T, TText> WebAddress<T, TText>(this IRuleBuilder<T, TText> rule) where TText : class? =>
        rule.Must(value => value is not string url || (Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Scheme is "https" or "http"))
            .WithMessage("Give a full web address starting with https://.")
            .WithFieldCode(FieldErrorCodes.InvalidUrl);

    private static int Count(System.Collections.IEnumerable items)
    {
        if (items is System.Collections.ICollection collection)
        {
            return collection.Count;
        }

        var count = 0;
        foreach (var _ in items)
        {
            count++;
        }

        return count;
    }

    /// <summary>The member of a command that holds the JSON body the client sent (see <see cref="JsonFieldName"/>).</summary>
    public const string BodyMember = "Body";

    /// <summary>
    /// The one binding convention, enforced here: a field error's <c>field</c> is the JSON path inside the request body
    /// exactly as the client sent it (<c>text</c>, <c>background.district</c>, <c>answers[0].text</c>), whichever layer found
    /// it — JSON binding, the request walk (<c>RequestShape</c>), a validator or a handler's <see cref="Failure"/>; a route or
    /// query value is named by its parameter (<c>id</c>, <c>page</c>; see <see cref="RouteValue{T, TProperty}"/>).
    /// Every use case with a JSON body has the same shape: the body is a record <c>XRequest</c> (the contract's schema),
    /// and the command is <c>XCommand(route values…, XRequest Body)</c>. Validators and the walk name fields from the
    /// command ("Body.Background.District"); the body's member is dropped here, once, and each part is camelCased.
    /// </summary>
    public static string JsonFieldName(string propertyPath)
    {
        var parts = propertyPath.Split('.');
        var inBody = parts[0] == BodyMember ? parts[1..] : parts;
        return inBody.Length == 0
            ? "$"
            : string.Join('.', inBody.Select(part => part.Length == 0 ? part : JsonNamingPolicy.CamelCase.ConvertName(part)));
    }

    /// <summary>A value from the route (<c>{id:guid}</c>): its field error is named by the route's parameter, not by the
    /// command's member (<c>DialogueId</c> is the route's <c>id</c>).</summary>
    public static IRuleBuilderOptions<T, TProperty> RouteValue<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, string parameter) =>
        rule.OverridePropertyName(parameter);

    private static readonly IReadOnlyDictionary<string, string> Empty = new Dictionary<string, string>();

    private static Dictionary<string, string> Params(params (string Name, object? Value)[] parameters) =>
        parameters.Where(p => p.Value is not null)
            .ToDictionary(p => p.Name, p => Convert.ToString(p.Value, CultureInfo.InvariantCulture)!);

    private static (string, IReadOnlyDictionary<string, string>) Length(Dictionary<string, object> placeholders)
    {
        var min = placeholders.GetValueOrDefault("MinLength");
        var max = placeholders.GetValueOrDefault("MaxLength");
        var total = Convert.ToInt64(placeholders.GetValueOrDefault("TotalLength") ?? 0, CultureInfo.InvariantCulture);
        var tooShort = min is not null && total < Convert.ToInt64(min, CultureInfo.InvariantCulture);
        return tooShort
            ? (FieldErrorCodes.TooShort, Params(("min", min)))
            : (FieldErrorCodes.TooLong, Params(("max", max)));
    }

    /// <summary>A comparison with another field ("opensAt" before "closesAt") or with a value ("at least 1").</summary>
    private static (string, IReadOnlyDictionary<string, string>) Compared(
        string valueCode, string fieldCode, string bound, Dictionary<string, object> placeholders)
    {
        if (placeholders.GetValueOrDefault("ComparisonProperty") is string { Length: > 0 } other)
        {
            return (fieldCode, Params(("other", JsonFieldName(other.Replace(" ", "", StringComparison.Ordinal)))));
        }

        return (valueCode, Params((bound, placeholders.GetValueOrDefault("ComparisonValue"))));
    }
}
