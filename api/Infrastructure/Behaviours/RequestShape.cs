using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json.Serialization;
using FluentValidation.Results;

namespace Medborgardialog.Api.Infrastructure.Behaviours;

/// <summary>
/// What every request must be before a validator sees it, found in one walk over its members, nested inputs and lists
/// (wherever they came from: JSON body, query, route).
/// <para>No control character in any text but tab, line feed and carriage return (and no U+FFFE/U+FFFF): PostgreSQL
/// cannot store a NUL and refuses the whole statement, and XML 1.0 (the Atom feed, the decision basis) cannot carry the
/// others — one title with U+0001 made the public feed answer 500 to everyone. So they are invalid input
/// (<c>invalidCharacter</c>), refused before anything is stored.</para>
/// <para>The request's types are its contract: a member whose type is not nullable (<c>IReadOnlyList&lt;Guid&gt; ThemeIds</c>,
/// <c>string Title</c>) must have a value. JSON reading refuses an explicit <c>null</c> (<c>RespectNullableAnnotations</c>,
/// see <c>JsonSetup</c>); a member left out of the body reaches the request as null, and is found here — for every
/// request, before its validators run, so no validator or handler meets a null the type says cannot be (a field error
/// "is required", never a 500). Reads the nullability the compiler wrote.</para>
/// </summary>
public static class RequestShape
{
    private const int MaxDepth = 6;

    /// <summary>C0 control characters but tab, line feed and carriage return, and the two non-characters XML refuses.</summary>
    private static readonly System.Buffers.SearchValues<char> Unwritable = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c is not (0x09 or 0x0A or 0x0D)).Select(c => (char)c), '\uFFFE', '\uFFFF']);
    private static readonly ConcurrentDictionary<Type, Member[]> Members = new();
    private static readonly NullabilityInfoContext Nullability = new();
    private static readonly object NullabilityLock = new();

    /// <summary>The NUL characters and the missing members of a request, as field errors.</summary>
    public static (IReadOnlyList<ValidationFailure> Unstorable, IReadOnlyList<ValidationFailure> Missing) Check(object message)
    {
        var unstorable = new List<ValidationFailure>();
        var missing = new List<ValidationFailure>();
        Walk(message, "", 0, unstorable, missing);
        return (unstorable, missing);
    }

    private static void Walk(object value, string path, int depth, List<ValidationFailure> unstorable, List<ValidationFailure> missing)
    {
        if (value is string text)
        {
            if (text.AsSpan().IndexOfAny(Unwritable) >= 0)
            {
                unstorable.Add(Errors.FieldErrors.Failure(path.Length == 0 ? "$" : path, Domain.FieldErrorCodes.InvalidCharacter,
                    "The text contains a control character (such as U+0000), which cannot be stored or published."));
            }

            return;
        }

        if (depth > MaxDepth || IsLeaf(value.GetType()))
        {
            return;
        }

        if (value is IEnumerable items)
        {
            var index = 0;
            foreach (var item in items)
            {
                if (item is not null)
                {
                    Walk(item, $"{path}[{index}]", depth + 1, unstorable, missing);
                }
                else
                {
                    // No list of a request holds "nothing" (an answer, a place, an id): a null item is a gap to name.
                    missing.Add(Errors.FieldErrors.Failure($"{path}[{index}]", Domain.FieldErrorCodes.Required, "This item is required and cannot be null."));
                }

                index++;
            }

            return;
        }

        foreach (var member in Members.GetOrAdd(value.GetType(), Read))
        {
            var name = path.Length == 0 ? member.Property.Name : $"{path}.{member.Property.Name}";
            var memberValue = member.Property.GetValue(value);
            if (memberValue is null)
            {
                if (member.Required)
                {
                    missing.Add(Errors.FieldErrors.Failure(name, Domain.FieldErrorCodes.Required, $"'{member.Property.Name}' is required."));
                }
            }
            else
            {
                Walk(memberValue, name, depth + 1, unstorable, missing);
            }
        }
    }

    /// <summary>Strings, numbers, dates, ids, enums and the framework's own types are values, not requests to walk.</summary>
    private static bool IsLeaf(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(decimal) || type.IsValueType && type.Namespace == "System"
        || (type.Namespace?.StartsWith("Microsoft", StringComparison.Ordinal) ?? false) || type.IsArray && type.GetElementType() == typeof(byte)
        || typeof(Stream).IsAssignableFrom(type);

    private static Member[] Read(Type type)
    {
        if (!(type.Namespace?.StartsWith("Medborgardialog", StringComparison.Ordinal) ?? false))
        {
            return [];
        }

        lock (NullabilityLock) // NullabilityInfoContext is not thread-safe
        {
            return type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetIndexParameters().Length == 0 && p.CanRead && p.GetCustomAttribute<JsonIgnoreAttribute>() is null)
                .Select(p => new Member(p, !p.PropertyType.IsValueType && Nullability.Create(p).ReadState == NullabilityState.NotNull))
                .ToArray();
        }
    }

    private sealed record Member(PropertyInfo Property, bool Required);
}
