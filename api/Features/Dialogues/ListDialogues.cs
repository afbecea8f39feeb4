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

        // One round trip: the page's rows, each with the total as an uncorrelated scalar subquery (PostgreSQL runs it
        // once) and the translations' jsonb column read whole (titles and summaries kept below).
        var rows = await dialogues
            .OrderByDescending(d => d.PublishedAt)
            .ThenByDescending(d => d.Id)
            .Skip((query.Page - 1) * query.PageSize)
            .Take(query.PageSize)
            .Select(d => new
            {
                Summary = new DialogueSummary(d.Id, d.Slug, d.Title, d.Summary, d.Committee, d.Forms, d.TargetGroups, d.OpensAt, d.ClosesAt, d.Status, d.PublishedAt),
                d.Translations,
                Total = dialogues.Count(),
            })
            .ToListAsync(cancellationToken);
        // A page past the end has no row to carry the total: count on its own then.
        var total = rows.Count > 0 ? rows[0].Total : query.Page == 1 ? 0 : await dialogues.CountAsync(cancellationToken);
        List<DialogueSummary> items = [.. rows.Select(r => r.Translations.Count > 0
            ? r.Summary with { Translations = [.. r.Translations.Select(x => new TranslatedSummaryDto(x.Language, x.Title, x.Summary))] }
            : r.Summary)];
        return new DialoguePage(items, query.Page, query.PageSize, total);
    }
}
