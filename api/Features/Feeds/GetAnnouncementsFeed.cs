using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Medborgardialog.Api.Features.Feeds;

/// <summary>An Atom feed (RFC 4287) of announced dialogues and published feedback, newest first, for the municipality's
/// website and media.</summary>
public sealed record GetAnnouncementsFeedQuery(string BaseUrl) : IQuery<string>;

public sealed class GetAnnouncementsFeedHandler(AppDbContext db, TimeProvider clock) : IQueryHandler<GetAnnouncementsFeedQuery, string>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>How many entries the feed holds: the newest, of both kinds together.</summary>
    private const int Limit = 50;

    public async ValueTask<string> Handle(GetAnnouncementsFeedQuery query, CancellationToken cancellationToken)
    {
        var entries = await db.Dialogues.AsNoTracking()
            .Where(Dialogue.IsPublic)
            .OrderByDescending(d => d.PublishedAt)
            .Take(Limit)
            .Select(d => new { d.Id, d.Slug, d.Title, d.Summary, d.Committee, d.OpensAt, d.ClosesAt, d.PublishedAt, d.Status, d.CancellationReason })
            .ToListAsync(cancellationToken);

        var feedback = await FeedEntries.Feedback(db)
            .OrderByDescending(f => f.PublishedAt)
            .Take(Limit)
            .ToListAsync(cancellationToken);

        var site = query.BaseUrl.TrimEnd('/');
        // Announcements and feedback are one stream, newest first, whichever kind each entry is.
        var items = entries.Select(e => (At: e.PublishedAt!.Value, Entry: new XElement(Atom + "entry",
                new XElement(Atom + "id", $"urn:uuid:{e.Id}"),
                new XElement(Atom + "title", e.Status == DialogueStatus.Cancelled ? $"Inställd: {e.Title}" : e.Title),
                new XElement(Atom + "updated", Time(e.PublishedAt!.Value)),
                new XElement(Atom + "published", Time(e.PublishedAt!.Value)),
                new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("href", $"{site}/dialoger/{e.Slug}")),
                new XElement(Atom + "summary",
                    e.Status == DialogueStatus.Cancelled
                        ? $"Dialogen är inställd: {e.CancellationReason}"
                        : $"{e.Summary} Beslutas av {e.Committee}. Pågår {Day(e.OpensAt)}–{Day(e.ClosesAt)}."))))
            .Concat(feedback.Select(f => (At: f.PublishedAt, Entry: new XElement(Atom + "entry",
                new XElement(Atom + "id", $"urn:uuid:{f.Id}"),
                new XElement(Atom + "title", $"Återkoppling: {f.Title}"),
                new XElement(Atom + "updated", Time(f.PublishedAt)),
                new XElement(Atom + "published", Time(f.PublishedAt)),
                new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("href", $"{site}/dialoger/{f.Slug}/aterkoppling")),
                new XElement(Atom + "summary", $"{f.Committee} har beslutat: {f.Decision} Så användes synpunkterna: {f.HowResultWasUsed}")))))
            .OrderByDescending(i => i.At)
            .Take(Limit)
            .ToList();
        var updated = items.Count > 0 ? items[0].At : clock.GetUtcNow();
        var feed = new XElement(Atom + "feed",
            new XAttribute(XNamespace.Xml + "lang", "sv"),
            new XElement(Atom + "id", $"{site}/api/feeds/dialogues.atom"),
            new XElement(Atom + "title", "Medborgardialog i Karlskoga – nya dialoger och återkoppling"),
            new XElement(Atom + "subtitle", "Dialoger som Karlskoga kommun bjuder in till: när, var och hur du kan tycka till."),
            new XElement(Atom + "updated", Time(updated)),
            new XElement(Atom + "author", new XElement(Atom + "name", "Karlskoga kommun")),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("href", $"{site}/api/feeds/dialogues.atom")),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("href", $"{site}/")),
            items.Select(i => i.Entry));

        var document = new XDocument(new XDeclaration("1.0", "utf-8", null), feed);
        // New input cannot carry characters XML refuses (RequestShape); text stored before that rule is cleaned here,
        // so one old title can never take the feed down for everyone.
        foreach (var text in document.DescendantNodes().OfType<XText>().Where(t => t.Value.Any(c => !XmlConvert.IsXmlChar(c) && !char.IsSurrogate(c))))
        {
            text.Value = string.Concat(text.Value.Where(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c)));
        }

        using var writer = new Utf8StringWriter();
        using (var xml = XmlWriter.Create(writer, new XmlWriterSettings { Indent = true, Async = true }))
        {
            document.Save(xml);
        }

        return writer.ToString();
    }

    private static string Time(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Day(DateTimeOffset time) => Words.Swedish.Day(time);

    private sealed class Utf8StringWriter : StringWriter
    {
        public Utf8StringWriter() : base(CultureInfo.InvariantCulture) { }

        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;
    }
}
