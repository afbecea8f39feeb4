using Medborgardialog.Api.Features.DialogueResults.Common;

namespace Medborgardialog.Api.Features.DialogueResults;

/// <summary>The dialogue's bulk changes of themes, newest first (the latest 50): what was done, and what can be undone.</summary>
public sealed record ListTaggingOperationsQuery(Guid DialogueId) : IQuery<IReadOnlyList<TaggingOperationDto>>;

public sealed class ListTaggingOperationsValidator : AbstractValidator<ListTaggingOperationsQuery>
{
    public ListTaggingOperationsValidator() => RuleFor(q => q.DialogueId).NotEmpty().RouteValue("id");
}

public sealed class ListTaggingOperationsHandler(AppDbContext db) : IQueryHandler<ListTaggingOperationsQuery, IReadOnlyList<TaggingOperationDto>>
{
    public async ValueTask<IReadOnlyList<TaggingOperationDto>> Handle(ListTaggingOperationsQuery query, CancellationToken cancellationToken)
    {
        if (!await db.Dialogues.AnyAsync(d => d.Id == query.DialogueId, cancellationToken))
        {
            throw new NotFoundException(ProblemCodes.DialogueNotFound, $"There is no dialogue with id {query.DialogueId}.");
        }

        return await (from t in db.TaggingOperations.AsNoTracking()
                      join theme in db.Themes on t.ThemeId equals theme.Id
                      where t.DialogueId == query.DialogueId
                      orderby t.DoneAt descending, t.Id descending
                      select new TaggingOperationDto(t.Id, t.ThemeId, theme.Name, t.Action, t.Source, t.Count, t.DoneAt, t.UndoneAt))
            .Take(50).ToListAsync(cancellationToken);
    }
}
