namespace Medborgardialog.Api.Infrastructure.Http;

/// <summary>One field of a CSV file that a spreadsheet will open.</summary>
public static class CsvField
{
    /// <summary>Quotes the value when it holds a separator, a quote or a line break; a leading =, +, - or @ is
    /// neutralised with an apostrophe so a spreadsheet never runs text from residents as a formula.</summary>
    public static string Of(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([';', ',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
