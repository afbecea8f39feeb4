using Medborgardialog.Api.Features.Moderation.Common;

namespace Medborgardialog.Api.Features.Moderation;

/// <summary>The moderation audit log, newest first: who (a moderator, or the system), when, what, why. Optionally for
/// one dialogue or one opinion.</summary>
public sealed record GetModerationLogQuery(Guid? DialogueId = null, Guid? OpinionId = null, int Page = 1, int PageSize = 50) : IQuery<ModerationLogPage>;

public sealed record ModerationLogPage(IReadOnlyList<ModerationLogEntryDto> Items, int Total, int Page, int PageSize);

/// <summary>One action. <c>Actor</c> is the moderator's name, or null when the system acted (automatic hold, reports).</summary>
public sealed record ModerationLogEntryDto(Guid Id, DateTimeOffset At, ModerationAction Action, string? Reason, Guid OpinionId, Guid DialogueId, string DialogueTitle, string? Actor);

public sealed class GetModerationLogValidator : AbstractValidator<GetModerationLogQuery>
{
    public GetModerationLogValidator()
    {
        RuleFor(q => q.Page).InclusiveBetween(1, 100_000);
        RuleFor(q => q.PageSize).InclusiveBetween(1, 200);
    }
}

public sealed class GetModerationLogHandler(AppDbContext db) : IQueryHandler<GetModerationLogQuery, ModerationLogPage>
{
    public async ValueTask<ModerationLogPage> Handle(GetModerationLogQuery query, CancellationToken cancellationToken)
    {
        var entries = db.ModerationLog.AsNoTracking();
        if (query.DialogueId is { } dialogueId)
        {
            entries = entries.Where(e => e.DialogueId == dialogueId);
        }

        if (query.OpinionId is { } opinionId)
        {
            entries = entries.Where(e => e.OpinionId == opinionId);
        }

        var total = await entries.CountAsync(cancellationToken);
        var items = await ModerationLogLines.Read(db, entries)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .ToListAsync(cancellationToken);
        return new ModerationLogPage(items, total, query.Page, query.PageSize);
    }
}
