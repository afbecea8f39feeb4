using FluentValidation;
using Mediator;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Medborgardialog.Api.Features.Dialogues;

/// <summary>The public dialogues, newest announcement first, a page at a time.</summary>
public sealed record ListDialoguesQuery(int Page, int PageSize) : IQuery<DialoguePage>;

/// <summary>One page of dialogues.</summary>
public sealed record DialoguePage(IReadOnlyList<DialogueSummary> Items, int Page, int PageSize, int TotalCount);

/// <summary>A dialogue as shown in a list.</summary>
public sealed record DialogueSummary(
    Guid Id,
    string Slug,
    string Title,
    string Summary,
    string Committee,
    List<DialogueForm> Forms,
    List<TargetGroup> TargetGroups,
    DateTimeOffset OpensAt,
    DateTimeOffset ClosesAt,
    DialogueStatus Status,
    DateTimeOffset? PublishedAt);

public sealed class ListDialoguesValidator : AbstractValidator<ListDialoguesQuery>
{
    public const int MaxPageSize = 100;

    public ListDialoguesValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
        RuleFor(q => q.PageSize).InclusiveBetween(1, MaxPageSize);
    }
}

public sealed class ListDialoguesHandler(AppDbContext db) : IQueryHandler<ListDialoguesQuery, DialoguePage>
{
    public async ValueTask<DialoguePage> Handle(ListDialoguesQuery query, CancellationToken cancellationToken)
    {
        var published = db.Dialogues.AsNoTracking().Where(Dialogue.IsPublic);
        var total = await published.CountAsync(cancellationToken);
        var items = await published
            .OrderByDescending(d => d.PublishedAt)
            .ThenByDescending(d => d.Id)
            .Skip((query.Page - 1) * query.PageSize)
            .Take(query.PageSize)
            .ProjectToSummary()
            .ToListAsync(cancellationToken);
        return new DialoguePage(items, query.Page, query.PageSize, total);
    }
}
