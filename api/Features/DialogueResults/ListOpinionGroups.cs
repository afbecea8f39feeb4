namespace Medborgardialog.Api.Features.DialogueResults;

/// <summary>
/// Near-identical opinions (a campaign's copies) grouped, largest first: the same words whatever the case, spaces and
/// punctuation. Staff read one and tag the group (the list's <c>sameAs</c> filter gives its opinions). Only opinions that
/// count in the result; groups of two or more.
/// </summary>
public sealed record ListOpinionGroupsQuery(Guid DialogueId, int Page = 1, int PageSize = 20) : IQuery<OpinionGroupPage>;

/// <param name="Items">The groups on this page.</param>
/// <param name="Total">How many groups there are.</param>
/// <param name="Copies">How many opinions are in a group.</param>
/// <param name="Page">This page (from 1).</param>
/// <param name="PageSize">Groups per page.</param>
public sealed record OpinionGroupPage(IReadOnlyList<OpinionGroupDto> Items, int Total, int Copies, int Page, int PageSize);

/// <param name="OpinionId">The group's first opinion: read it, and use it as <c>sameAs</c>.</param>
/// <param name="Text">That opinion's text.</param>
/// <param name="Count">How many opinions say it.</param>
/// <param name="Untagged">How many of them are under no theme yet.</param>
public sealed record OpinionGroupDto(Guid OpinionId, string Text, int Count, int Untagged);

public sealed class ListOpinionGroupsValidator : AbstractValidator<ListOpinionGroupsQuery>
{
    public ListOpinionGroupsValidator()
    {
        RuleFor(q => q.DialogueId).NotEmpty().RouteValue("id");
        RuleFor(q => q.Page).InclusiveBetween(1, 10_000);
        RuleFor(q => q.PageSize).InclusiveBetween(1, 100);
    }
}

public sealed class ListOpinionGroupsHandler(AppDbContext db) : IQueryHandler<ListOpinionGroupsQuery, OpinionGroupPage>
{
    public async ValueTask<OpinionGroupPage> Handle(ListOpinionGroupsQuery query, CancellationToken cancellationToken)
    {
        if (!await db.Dialogues.AnyAsync(d => d.Id == query.DialogueId, cancellationToken))
        {
            throw new NotFoundException(ProblemCodes.DialogueNotFound, $"There is no dialogue with id {query.DialogueId}.");
        }

        var groups = from o in db.Opinions.AsNoTracking().Where(o => o.DialogueId == query.DialogueId).Where(Opinion.InResult)
                     join t in db.OpinionTexts on o.Id equals t.OpinionId
                     where t.Fingerprint != null
                     group o by t.Fingerprint into g
                     where g.Count() >= 2
                     select new { Key = g.Key, Count = g.Count(), Untagged = g.Count(o => o.ThemeIds.Count == 0), First = g.Min(o => o.SubmittedAt) };
        var totals = await groups.GroupBy(_ => 1).Select(g => new { Groups = g.Count(), Copies = g.Sum(x => x.Count) }).SingleOrDefaultAsync(cancellationToken);
        var page = await groups.OrderByDescending(g => g.Count).ThenBy(g => g.First).ThenBy(g => g.Key)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToListAsync(cancellationToken);
        var keys = page.Select(g => g.Key).ToList();
        var firsts = await (from o in db.Opinions.AsNoTracking().Where(o => o.DialogueId == query.DialogueId).Where(Opinion.InResult)
                            join t in db.OpinionTexts on o.Id equals t.OpinionId
                            where keys.Contains(t.Fingerprint)
                            group new { t.Fingerprint, o.Id, o.Text, o.SubmittedAt } by t.Fingerprint into g
                            select g.OrderBy(x => x.SubmittedAt).ThenBy(x => x.Id).Select(x => new { Key = x.Fingerprint, x.Id, x.Text }).First())
            .ToListAsync(cancellationToken);
        var first = firsts.ToDictionary(f => f.Key!.Value);
        var items = page.Select(g => new OpinionGroupDto(first[g.Key!.Value].Id, first[g.Key!.Value].Text, g.Count, g.Untagged)).ToList();
        return new OpinionGroupPage(items, totals?.Groups ?? 0, totals?.Copies ?? 0, query.Page, query.PageSize);
    }
}
