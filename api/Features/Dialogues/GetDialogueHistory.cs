namespace Medborgardialog.Api.Features.Dialogues;

/// <summary>The audit trail of a dialogue's status: who or what changed it, when and why (staff only).</summary>
public sealed record GetDialogueHistoryQuery(Guid Id) : IQuery<IReadOnlyList<DialogueStatusChangeDto>>;

/// <summary>One status change. <c>By</c> is a staff member's name, or "Schedule" when the dialogue opened or closed by itself.</summary>
public sealed record DialogueStatusChangeDto(DialogueStatus From, DialogueStatus To, DateTimeOffset At, string By, string? Reason);

public sealed class GetDialogueHistoryValidator : AbstractValidator<GetDialogueHistoryQuery>
{
    public GetDialogueHistoryValidator() => RuleFor(q => q.Id).NotEmpty();
}

public sealed class GetDialogueHistoryHandler(AppDbContext db)
    : IQueryHandler<GetDialogueHistoryQuery, IReadOnlyList<DialogueStatusChangeDto>>
{
    public async ValueTask<IReadOnlyList<DialogueStatusChangeDto>> Handle(GetDialogueHistoryQuery query, CancellationToken cancellationToken)
    {
        var history = await db.Dialogues.AsNoTracking()
            .Where(d => d.Id == query.Id)
            .Select(d => d.StatusChanges
                .OrderBy(c => c.Number)
                .Select(c => new DialogueStatusChangeDto(c.From, c.To, c.At, c.ByName, c.Reason))
                .ToList())
            .SingleOrDefaultAsync(cancellationToken);
        return history ?? throw new NotFoundException(ProblemCodes.DialogueNotFound, $"There is no dialogue with id {query.Id}.");
    }
}
