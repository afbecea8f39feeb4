using Medborgardialog.Api.Features.Calendar.Common;

namespace Medborgardialog.Api.Features.Calendar;

/// <summary>
/// An iCalendar (RFC 5545) file of public sessions: one session ("add to calendar"), or — with no
/// session id — a feed of every upcoming session of every public dialogue, to subscribe to.
/// </summary>
public sealed record GetCalendarQuery(Guid? SessionId, string BaseUrl) : IQuery<string>;

public sealed class GetCalendarValidator : AbstractValidator<GetCalendarQuery>
{
    public GetCalendarValidator() => RuleFor(q => q.BaseUrl).NotEmpty();
}

public sealed class GetCalendarHandler(AppDbContext db, TimeProvider clock) : IQueryHandler<GetCalendarQuery, string>
{
    public async ValueTask<string> Handle(GetCalendarQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var sessions = db.Dialogues.AsNoTracking()
            .Where(d => d.Status == DialogueStatus.Announced || d.Status == DialogueStatus.Open)
            .SelectMany(d => d.Sessions.Select(s => new
            {
                s.Id,
                s.Title,
                s.StartsAt,
                s.EndsAt,
                s.PlaceName,
                s.Address,
                s.OnlineUrl,
                s.Accessibility,
                DialogueTitle = d.Title,
                d.Slug,
                d.Question,
            }));
        sessions = query.SessionId is { } id
            ? sessions.Where(s => s.Id == id)
            : sessions.Where(s => s.EndsAt >= now.AddDays(-7)).OrderBy(s => s.StartsAt).Take(1000);
        var rows = await sessions.ToListAsync(cancellationToken);
        if (query.SessionId is not null && rows.Count == 0)
        {
            throw new NotFoundException(ProblemCodes.SessionNotFound, $"There is no public session with id {query.SessionId}.");
        }

        var calendar = new IcsWriter(query.SessionId is null ? "Medborgardialog i Karlskoga" : rows[0].Title);
        foreach (var s in rows)
        {
            var place = string.Join(", ", new[] { s.PlaceName, s.Address, s.OnlineUrl }.Where(p => !string.IsNullOrWhiteSpace(p)));
            var access = new List<string>();
            if (s.Accessibility.StepFreeAccess) access.Add("Tillgängligt utan trappsteg");
            if (s.Accessibility.HearingLoop) access.Add("hörslinga");
            if (s.Accessibility.SignLanguage) access.Add("teckenspråkstolk");
            if (!string.IsNullOrWhiteSpace(s.Accessibility.Interpretation)) access.Add("tolkning: " + s.Accessibility.Interpretation);
            var url = $"{query.BaseUrl.TrimEnd('/')}/dialoger/{s.Slug}";
            var description = $"{s.DialogueTitle}\n{s.Question}" +
                              (access.Count > 0 ? "\n" + string.Join(", ", access) + "." : "") +
                              (string.IsNullOrWhiteSpace(s.Accessibility.Notes) ? "" : "\n" + s.Accessibility.Notes) +
                              "\n" + url;
            calendar.Event($"{s.Id}@medborgardialog.karlskoga.se", now, s.StartsAt, s.EndsAt, s.Title, place, description, url);
        }

        return calendar.ToString();
    }
}
