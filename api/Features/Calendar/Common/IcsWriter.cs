using System.Globalization;
using System.Text;

namespace Medborgardialog.Api.Features.Calendar.Common;

/// <summary>Writes iCalendar (RFC 5545): CRLF line ends, escaped text, lines folded at 75 octets, times in UTC.</summary>
internal sealed class IcsWriter
{
    private readonly StringBuilder _text = new();

    public IcsWriter(string name)
    {
        Line("BEGIN:VCALENDAR");
        Line("VERSION:2.0");
        Line("PRODID:-//Karlskoga kommun//Medborgardialog//SV");
        Line("CALSCALE:GREGORIAN");
        Line("METHOD:PUBLISH");
        Line("X-WR-CALNAME:" + Escape(name));
        Line("X-WR-TIMEZONE:Europe/Stockholm");
    }

    public void Event(string uid, DateTimeOffset stamp, DateTimeOffset start, DateTimeOffset end, string summary,
        string? location, string description, string? url)
    {
        Line("BEGIN:VEVENT");
        Line("UID:" + uid);
        Line("DTSTAMP:" + Utc(stamp));
        Line("DTSTART:" + Utc(start));
        Line("DTEND:" + Utc(end));
        Line("SUMMARY:" + Escape(summary));
        if (!string.IsNullOrWhiteSpace(location))
        {
            Line("LOCATION:" + Escape(location));
        }

        Line("DESCRIPTION:" + Escape(description));
        if (!string.IsNullOrWhiteSpace(url))
        {
            Line("URL:" + url);
        }

        Line("END:VEVENT");
    }

    public override string ToString() => _text + "END:VCALENDAR\r\n";

    private static string Utc(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string Escape(string text) => text
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>Folds a content line at 75 octets (UTF-8), never inside a character.</summary>
    private void Line(string line)
    {
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > 75)
            {
                _text.Append("\r\n ");
                octets = 1;
            }

            _text.Append(rune.ToString());
            octets += size;
        }

        _text.Append("\r\n");
    }
}
