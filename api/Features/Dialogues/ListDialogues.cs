using Medborgardialog.Api.Infrastructure.Persistence.Configurations;
using NpgsqlTypes;

using Medborgardialog.Api.Features.Dialogues.Common;

namespace Medborgardialog.Api.Features.Dialogues;

/// <summary>Which public dialogues to list: by phase, form and target group, and words to search for (Swedish).</summary>
/// <param name="Page">From 1.</param>
/// <param name="PageSize">1–100.</param>
/// <param name="Phase">upcoming (announced, not yet open), open, closed (compiling results), decided (decision or feedback published), cancelled.</param>
/// <param name="Form">Only dialogues offering this form.</param>
/// <param name="TargetGroup">Only dialogues for this group.</param>
/// <param name="Q">Words to search for in title, summary, question and committee ("skatepark Skranta").</param>
/// <param name="Topic">Only dialogues with this topic (any letter case).</param>
/// <param name="District">Only dialogues concerning this district (a code from GET /api/districts).</param>
public sealed record ListDialoguesQuery(
    int Page,
    int PageSize,
    DialoguePhase? Phase = null,
    DialogueForm? Form = null,
    TargetGroup? TargetGroup = null,
    string? Q = null,
    string? Topic = null,
    string? District = null) : IQuery<DialoguePage>;

/// <summary>The phases the public filters by.</summary>
public enum DialoguePhase
{
    Upcoming,
    Open,
    Closed,
    Decided,
    Cancelled,
}

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
    DateTimeOffset? PublishedAt)
{
    /// <summary>The title and summary in the other languages they are translated into.</summary>
    public IReadOnlyList<TranslatedSummaryDto> Translations { get; init; } = [];
}

public sealed class ListDialoguesValidator : AbstractValidator<ListDialoguesQuery>
{
    public const int MaxPageSize = 100;

    public ListDialoguesValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
        RuleFor(q => q.PageSize).InclusiveBetween(1, MaxPageSize);
        RuleFor(q => q.Phase).IsInEnum();
        RuleFor(q => q.Form).IsInEnum();
        RuleFor(q => q.TargetGroup).IsInEnum();
        RuleFor(q => q.Q).MaximumLength(200);
        RuleFor(q => q.Topic).MaximumLength(DialogueLimits.Topic);
        RuleFor(q => q.District).MaximumLength(40);
    }
}

public sealed class ListDialoguesHandler(ReadOnlyDbContext db) : IQueryHandler<ListDialoguesQuery, DialoguePage>
{
    public async ValueTask<DialoguePage> Handle(ListDialoguesQuery query, CancellationToken cancellationToken)
    {
        var dialogues = db.Dialogues.AsNoTracking().Where(Dialogue.IsPublic);
        dialogues = query.Phase switch
        {
            DialoguePhase.Upcoming => dialogues.Where(d => d.Status == DialogueStatus.Announced),
            DialoguePhase.Open => dialogues.Where(d => d.Status == DialogueStatus.Open),
            DialoguePhase.Closed => dialogues.Where(d => d.Status == DialogueStatus.Closed),
            DialoguePhase.Decided => dialogues.Where(d => d.Status == DialogueStatus.Decided || d.Status == DialogueStatus.FeedbackPublished),
            DialoguePhase.Cancelled => dialogues.Where(d => d.Status == DialogueStatus.Cancelled),
            _ => dialogues,
        };
        if (query.Form is { } form)
        {
            dialogues = dialogues.Where(d => d.Forms.Contains(form));
        }

        if (query.TargetGroup is { } group)
        {
            dialogues = dialogues.Where(d => d.TargetGroups.Contains(group));
        }

        if (!string.IsNullOrWhiteSpace(query.Topic))
        {
            var topic = query.Topic.Trim().ToLowerInvariant(); // topics are stored in lower case
            dialogues = dialogues.Where(d => d.Topics.Contains(topic));
        }

        if (!string.IsNullOrWhiteSpace(query.District))
        {
            var district = query.District.Trim();
            dialogues = dialogues.Where(d => d.Districts.Contains(district));
        }

        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var words = query.Q.Trim();
            dialogues = dialogues.Where(d => EF.Property<NpgsqlTsVector>(d, DialogueConfiguration.SearchVector)
                .Matches(EF.Functions.WebSearchToTsQuery("swedish", words)));
        }

        var total = await dialogues.CountAsync(cancellationToken);
        var items = await dialogues
            .OrderByDescending(d => d.PublishedAt)
            .ThenByDescending(d => d.Id)
            .Skip((query.Page - 1) * query.PageSize)
            .Take(query.PageSize)
            .ProjectToSummary()
            .ToListAsync(cancellationToken);
        // The translations are a jsonb column read whole: for the page's dialogues only, titles and summaries kept.
        var ids = items.Select(i => i.Id).ToList();
        var translations = ids.Count == 0 ? [] : await db.Dialogues.AsNoTracking().Where(d => ids.Contains(d.Id))
            .Select(d => new { d.Id, d.Translations }).ToDictionaryAsync(d => d.Id, d => d.Translations, cancellationToken);
        items = [.. items.Select(i => translations.TryGetValue(i.Id, out var t) && t.Count > 0
            ? i with { Translations = [.. t.Select(x => new TranslatedSummaryDto(x.Language, x.Title, x.Summary))] }
            : i)];
        return new DialoguePage(items, query.Page, query.PageSize, total);
    }
}
