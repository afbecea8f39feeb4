using System.Globalization;
using System.Text;

namespace Medborgardialog.Api.Domain;

/// <summary>Readable URL names for dialogues: "Ny skatepark på Skranta" → "ny-skatepark-pa-skranta".</summary>
public static class Slug
{
    public static string From(string text, int maxLength = 80)
    {
        var normalized = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(normalized.Length);
        var lastWasDash = true;
        foreach (var c in normalized)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue; // å → a, ä → a, ö → o, é → e
            }

            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                sb.Append(c);
                lastWasDash = false;
            }
            else if (!lastWasDash)
            {
                sb.Append('-');
                lastWasDash = true;
            }

            if (sb.Length >= maxLength)
            {
                break;
            }
        }

        var slug = sb.ToString().Trim('-');
        return slug.Length == 0 ? "dialog" : slug;
    }
}
