using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using FluentValidation.Results;

namespace Medborgardialog.Api.Infrastructure.Behaviours;

/// <summary>
/// Finds NUL characters (U+0000) in every text of a request — its members, nested inputs and lists, wherever it
/// came from (JSON body, query, route). PostgreSQL cannot store a NUL in text and refuses the whole statement, so a
/// NUL is invalid input: a 400 naming the field, before any validator or handler sees it (was: a 500 from the database
/// on every endpoint that stores or searches text).
/// </summary>
public static class TextGuard
{
    public const string NulCharacterCode = "text.nulCharacter";

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Members = new();

    public static List<ValidationFailure> NulCharacters(object message)
    {
        var failures = new List<ValidationFailure>();
        Walk(message, "", failures, depth: 0);
        return failures;
    }

    private static void Walk(object? value, string path, List<ValidationFailure> failures, int depth)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                if (text.Contains('\0', StringComparison.Ordinal))
                {
                    failures.Add(new ValidationFailure(path.Length == 0 ? "$" : path, "The text contains a NUL character (U+0000), which cannot be stored.")
                    {
                        ErrorCode = NulCharacterCode,
                    });
                }

                return;
            case byte[] or Stream:
                return;
            case IEnumerable items when depth < 8:
                var i = 0;
                foreach (var item in items)
                {
                    Walk(item, $"{path}[{i++}]", failures, depth + 1);
                }

                return;
        }

        var type = value.GetType();
        if (depth >= 8 || type.IsPrimitive || type.IsEnum || type.Namespace?.StartsWith("Medborgardialog", StringComparison.Ordinal) != true)
        {
            return;
        }

        foreach (var member in Members.GetOrAdd(type, t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.GetIndexParameters().Length == 0 && p.CanRead).ToArray()))
        {
            Walk(member.GetValue(value), path.Length == 0 ? member.Name : $"{path}.{member.Name}", failures, depth + 1);
        }
    }
}
