using System.Globalization;
using Medborgardialog.Api.Infrastructure.Hosting;
using Medborgardialog.Api.Words;

namespace Medborgardialog.Api.Features.Follows.Common;

/// <summary>One step told of in a follower's mail (a notice has one, a digest the week's), with what the template
/// needs to say it: the dialogue's title in the follower's language when translated, its page, its dates; for a session,
/// its title, time, place and calendar file; for the decision, the committee and day; for a cancellation, the reason.</summary>
public sealed record FollowStep(
    DialogueEventKind Kind,
    DateTimeOffset At,
    string Title,
    string DialogueUrl,
    DateTimeOffset OpensAt,
    DateTimeOffset ClosesAt,
    string? SessionTitle = null,
    DateTimeOffset? SessionStartsAt = null,
    DateTimeOffset? SessionEndsAt = null,
    string? SessionWhere = null,
    string? CalendarUrl = null,
    string? Committee = null,
    DateOnly? DecidedOn = null,
    string? Reason = null);

/// <summary>What a follower's mail says, read from the database at send time (so 100,000 rows are not 100,000 copies of
/// a text): the steps, in the follower's language.</summary>
internal static class FollowMail
{
    /// <summary>What a follow is of, in words of <paramref name="language"/>: «dialogen ”…”», «nya dialoger i Bäckegården».</summary>
    public static async Task<string> WhatAsync(AppDbContext db, FollowScope scope, Guid? dialogueId, string? district, string? topic, string language,
        CancellationToken cancellationToken)
    {
        if (scope == FollowScope.Dialogue)
        {
            var d = await db.Dialogues.AsNoTracking().Where(x => x.Id == dialogueId).Select(x => new { x.Title, x.Translations }).SingleAsync(cancellationToken);
            return MailWords.Say(language, "follow.what.dialogue", ("title", d.Translations.FirstOrDefault(t => t.Language == language)?.Title ?? d.Title));
        }

        var districtName = district is null ? null : await db.Districts.AsNoTracking().Where(x => x.Code == district).Select(x => x.Name).SingleOrDefaultAsync(cancellationToken);
        return (districtName, topic) switch
        {
            (null, null) => MailWords.Say(language, "follow.what.newDialogues"),
            (not null, null) => MailWords.Say(language, "follow.what.newDialoguesIn", ("district", districtName)),
            (null, not null) => MailWords.Say(language, "follow.what.newDialoguesOn", ("topic", topic)),
            _ => MailWords.Say(language, "follow.what.newDialoguesInOn", ("district", districtName), ("topic", topic!)),
        };
    }

    /// <summary>The steps <paramref name="events"/> as a follower in <paramref name="language"/> reads them, oldest first.</summary>
    public static async Task<List<FollowStep>> StepsAsync(AppDbContext db, IQueryable<DialogueEvent> events, string language, string site,
        CancellationToken cancellationToken)
    {
        var rows = await (
                from e in events.AsNoTracking()
                join d in db.Dialogues on e.DialogueId equals d.Id
                join decision in db.Decisions on e.DialogueId equals decision.DialogueId into decisions
                from decision in decisions.DefaultIfEmpty()
                orderby e.At
                select new
                {
                    e.Kind, e.At, e.SessionId, d.Title, d.Translations, d.Slug, d.OpensAt, d.ClosesAt, d.CancellationReason,
                    Committee = decision == null ? null : decision.Committee,
                    DecidedOn = decision == null ? (DateOnly?)null : decision.DecidedOn,
                    Session = d.Sessions.Where(s => s.Id == e.SessionId).Select(s => new { s.Title, s.StartsAt, s.EndsAt, s.PlaceName, s.Address, s.OnlineUrl }).FirstOrDefault(),
                })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return rows.Select(r => new FollowStep(
                r.Kind, r.At, r.Translations.FirstOrDefault(t => t.Language == language)?.Title ?? r.Title,
                PublicSite.InLanguage($"{site}/dialoger/{r.Slug}", language), r.OpensAt, r.ClosesAt,
                r.Session?.Title, r.Session?.StartsAt, r.Session?.EndsAt,
                r.Session is null ? null : string.Join(", ", new[] { r.Session.PlaceName, r.Session.Address, r.Session.OnlineUrl }.Where(p => !string.IsNullOrWhiteSpace(p))),
                r.SessionId is null ? null : $"{site}/api/calendar/sessions/{r.SessionId}.ics",
                r.Committee, r.DecidedOn, r.CancellationReason))
            .ToList();
    }

    /// <summary>A day as the language writes it, in Karlskoga's time.</summary>
    public static string Day(DateTimeOffset at, string language) =>
        language == Languages.Swedish ? Swedish.Day(at) : Swedish.InKarlskoga(at).ToString("D", Languages.Culture(language));

    public static string Day(DateOnly day, string language) =>
        day.ToString(language == Languages.Swedish ? "d MMMM yyyy" : "D", Languages.Culture(language));

    /// <summary>A session's day and hours, as the language writes them.</summary>
    public static string When(DateTimeOffset starts, DateTimeOffset ends, string language)
    {
        var culture = Languages.Culture(language);
        var (s, e) = (Swedish.InKarlskoga(starts), Swedish.InKarlskoga(ends));
        return language == Languages.Swedish
            ? $"{s.ToString("dddd d MMMM yyyy 'kl.' HH:mm", culture)}–{e.ToString("HH:mm", culture)}"
            : $"{s.ToString("D", culture)} {s.ToString("HH:mm", culture)}–{e.ToString("HH:mm", culture)}";
    }

    /// <summary>The Monday (in Karlskoga) of the week <paramref name="at"/> falls in.</summary>
    public static DateOnly WeekOf(DateTimeOffset at)
    {
        var day = DateOnly.FromDateTime(Swedish.InKarlskoga(at).Date);
        return day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
    }

    /// <summary>The first instant of a Monday in Karlskoga.</summary>
    public static DateTimeOffset StartOf(DateOnly monday)
    {
        var local = monday.ToDateTime(TimeOnly.MinValue);
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    internal static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
