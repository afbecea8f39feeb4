using FluentValidation;
using Mediator;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Infrastructure.Errors;
using Medborgardialog.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Medborgardialog.Api.Features.Dialogues;

/// <summary>One public dialogue, by id or by its readable slug.</summary>
public sealed record GetDialogueQuery(string IdOrSlug) : IQuery<DialogueDetails>;

/// <summary>Everything the public needs to know about a dialogue: what, for which decision, how, when, where and for whom.</summary>
public sealed record DialogueDetails(
    Guid Id,
    string Slug,
    string Title,
    string Summary,
    string Question,
    string Committee,
    string? CaseNumber,
    DateOnly? PlannedDecisionDate,
    List<DialogueForm> Forms,
    List<TargetGroup> TargetGroups,
    IReadOnlyList<PlaceDto> Places,
    DateTimeOffset OpensAt,
    DateTimeOffset ClosesAt,
    DialogueStatus Status,
    DateTimeOffset? PublishedAt,
    string? CancellationReason,
    IReadOnlyList<SessionDto> Sessions);

/// <summary>A meeting, walk, workshop or pop-up: when, where, how accessible, and places left.</summary>
public sealed record SessionDto(
    Guid Id,
    DialogueForm Form,
    string Title,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string? PlaceName,
    string? Address,
    string? OnlineUrl,
    SessionAccessibilityDto Accessibility,
    int? Capacity,
    bool SignUpRequired,
    int SignUpCount)
{
    /// <summary>Places left, or empty when there is no limit.</summary>
    public int? PlacesLeft => Capacity is null ? null : Math.Max(0, Capacity.Value - SignUpCount);
}

/// <summary>Accessibility of a session.</summary>
public sealed record SessionAccessibilityDto(bool StepFreeAccess, bool HearingLoop, string? Interpretation, bool SignLanguage, string? Notes);

/// <summary>A place of a dialogue, or an online link.</summary>
public sealed record PlaceDto(string Name, string? Address, string? Url, string? Accessibility);

public sealed class GetDialogueValidator : AbstractValidator<GetDialogueQuery>
{
    public GetDialogueValidator() => RuleFor(q => q.IdOrSlug).NotEmpty().MaximumLength(DialogueLimits.Slug);
}

public sealed class GetDialogueHandler(AppDbContext db) : IQueryHandler<GetDialogueQuery, DialogueDetails>
{
    public async ValueTask<DialogueDetails> Handle(GetDialogueQuery query, CancellationToken cancellationToken)
    {
        var dialogues = db.Dialogues.AsNoTracking().Where(Dialogue.IsPublic);
        dialogues = Guid.TryParse(query.IdOrSlug, out var id)
            ? dialogues.Where(d => d.Id == id)
            : dialogues.Where(d => d.Slug == query.IdOrSlug);

        var details = await dialogues.ProjectToDetails().SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"There is no published dialogue '{query.IdOrSlug}'.");
        return details with { Sessions = [.. details.Sessions.OrderBy(s => s.StartsAt)] };
    }
}
