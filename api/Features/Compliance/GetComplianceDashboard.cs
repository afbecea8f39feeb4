using FluentValidation;
using Mediator;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Infrastructure.Persistence;

namespace Medborgardialog.Api.Features.Compliance;

/// <summary>Every dialogue with its checklist for staff, optionally for one year (the year it opens), committee or
/// status; dialogues with promises not met come first, then those about to miss one, then by opening.</summary>
public sealed record GetComplianceDashboardQuery(int? Year = null, string? Committee = null, DialogueStatus? Status = null) : IQuery<ComplianceDashboard>;

/// <summary>The dashboard: the dialogues and, for the filters, the years and committees there are.</summary>
public sealed record ComplianceDashboard(IReadOnlyList<DialogueChecklist> Dialogues, IReadOnlyList<int> Years, IReadOnlyList<string> Committees);

public sealed class GetComplianceDashboardValidator : AbstractValidator<GetComplianceDashboardQuery>
{
    public GetComplianceDashboardValidator()
    {
        RuleFor(q => q.Year).InclusiveBetween(2000, 2100);
        RuleFor(q => q.Committee).MaximumLength(DialogueLimits.Committee);
        RuleFor(q => q.Status).IsInEnum();
    }
}

public sealed class GetComplianceDashboardHandler(AppDbContext db, ComplianceFacts facts) : IQueryHandler<GetComplianceDashboardQuery, ComplianceDashboard>
{
    public async ValueTask<ComplianceDashboard> Handle(GetComplianceDashboardQuery query, CancellationToken cancellationToken)
    {
        var dialogues = db.Dialogues.AsQueryable();
        if (query.Year is { } year)
        {
            var (from, to) = Years.Span(year);
            dialogues = dialogues.Where(d => d.OpensAt >= from && d.OpensAt < to);
        }

        if (!string.IsNullOrWhiteSpace(query.Committee))
        {
            dialogues = dialogues.Where(d => d.Committee == query.Committee);
        }

        if (query.Status is { } status)
        {
            dialogues = dialogues.Where(d => d.Status == status);
        }

        var checklists = (await facts.ChecklistsAsync(dialogues, cancellationToken))
            .OrderByDescending(c => c.NotMet > 0).ThenByDescending(c => c.AboutToBeMissed > 0).ThenByDescending(c => c.OpensAt)
            .ToList();
        return new ComplianceDashboard(checklists, await Years.WithDialoguesAsync(db.Dialogues, cancellationToken),
            await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
                db.Dialogues.Select(d => d.Committee).Distinct().OrderBy(c => c), cancellationToken));
    }
}
