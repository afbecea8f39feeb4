namespace Medborgardialog.Api.Features.Dialogues;

/// <summary>The staff console's list: every dialogue, drafts too, optionally only one status or only the caller's own.</summary>
public sealed record ListStaffDialoguesQuery(DialogueStatus? Status, Guid? CreatedBy) : IQuery<IReadOnlyList<StaffDialogueRow>>;

/// <summary>A dialogue as staff see it in their list, with the steps it can take next and what to watch; <c>isPublic</c>
/// says whether the public can see it (it was announced once: a draft cancelled before that stays private).</summary>
public sealed record StaffDialogueRow(
    Guid Id,
    string Slug,
    string Title,
    DialogueStatus Status,
    DateTimeOffset OpensAt,
    DateTimeOffset ClosesAt,
    int SessionCount,
    IReadOnlyList<DialogueWarning> Warnings,
    IReadOnlyList<AnnouncementGap> MissingForAnnouncement,
    IReadOnlyList<DialogueAction> AllowedActions,
    bool IsPublic);

public sealed class ListStaffDialoguesValidator : AbstractValidator<ListStaffDialoguesQuery>
{
    public ListStaffDialoguesValidator() => RuleFor(q => q.Status).IsInEnum();
}

public sealed class ListStaffDialoguesHandler(AppDbContext db) : IQueryHandler<ListStaffDialoguesQuery, IReadOnlyList<StaffDialogueRow>>
{
    private const int Limit = 500;

    public async ValueTask<IReadOnlyList<StaffDialogueRow>> Handle(ListStaffDialoguesQuery query, CancellationToken cancellationToken)
    {
        var dialogues = db.Dialogues.AsNoTracking().Include(d => d.Sessions).AsQueryable();
        if (query.Status is { } status)
        {
            dialogues = dialogues.Where(d => d.Status == status);
        }

        if (query.CreatedBy is { } createdBy)
        {
            dialogues = dialogues.Where(d => d.CreatedByUserId == createdBy);
        }

        // The warnings and the missing items are the entity's own rules, so the entity is loaded (at most a page of rows).
        var rows = await dialogues.OrderByDescending(d => d.CreatedAt).Take(Limit).AsSplitQuery().ToListAsync(cancellationToken);
        return rows.Select(d => new StaffDialogueRow(
                d.Id, d.Slug, d.Title, d.Status, d.OpensAt, d.ClosesAt, d.Sessions.Count,
                d.Warnings(), d.Status == DialogueStatus.Draft ? d.MissingForAnnouncement() : [], Dialogue.AllowedActions(d.Status),
                d.IsVisibleToThePublic))
            .ToList();
    }
}
