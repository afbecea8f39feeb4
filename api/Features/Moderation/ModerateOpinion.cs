using FluentValidation;
using Mediator;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Infrastructure.Auth;
using Medborgardialog.Api.Infrastructure.Errors;
using Medborgardialog.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Medborgardialog.Api.Features.Moderation;

/// <summary>A moderator's note on an action (optional for approve and spam).</summary>
public sealed record ModerationNoteRequest(string? Note);

/// <summary>Why the opinion is hidden: shown publicly in its place ("Dold av en moderator: …").</summary>
public sealed record HideOpinionRequest(string PublicReason);

/// <summary>Why the opinion is marked for a police report (kept in the audit log and the export).</summary>
public sealed record PoliceReportRequest(string Note);

/// <summary>The opinion after a moderator acted.</summary>
public sealed record ModeratedOpinionDto(Guid OpinionId, ModerationStatus Status, string? HiddenReason, bool MarkedForPoliceReport, DateTimeOffset? ModeratedAt);

/// <summary>The moderator passes the opinion: shown on a public dialogue, out of the queue.</summary>
public sealed record ApproveOpinionCommand(Guid OpinionId, ModerationNoteRequest? Body = null) : ICommand<ModeratedOpinionDto>;

/// <summary>The moderator hides the opinion with a reason shown publicly; it stays in the result.</summary>
public sealed record HideOpinionCommand(Guid OpinionId, HideOpinionRequest Body) : ICommand<ModeratedOpinionDto>;

/// <summary>The moderator rejects the opinion as spam: out of view and out of the result.</summary>
public sealed record MarkOpinionAsSpamCommand(Guid OpinionId, ModerationNoteRequest? Body = null) : ICommand<ModeratedOpinionDto>;

/// <summary>The moderator marks a threat against a person for a police report: kept from retention and exportable.</summary>
public sealed record MarkForPoliceReportCommand(Guid OpinionId, PoliceReportRequest Body) : ICommand<ModeratedOpinionDto>;

public sealed class ApproveOpinionValidator : AbstractValidator<ApproveOpinionCommand>
{
    public ApproveOpinionValidator()
    {
        RuleFor(c => c.OpinionId).NotEmpty().RouteValue("id");
        RuleFor(c => c.Body!.Note).MaximumLength(ModerationLimits.Reason).When(c => c.Body is not null);
    }
}

public sealed class HideOpinionValidator : AbstractValidator<HideOpinionCommand>
{
    public HideOpinionValidator()
    {
        RuleFor(c => c.OpinionId).NotEmpty().RouteValue("id");
        RuleFor(c => c.Body).NotNull();
        RuleFor(c => c.Body.PublicReason).NotEmpty().WithMessage("Say why the opinion is hidden: the reason is shown publicly.")
            .MaximumLength(ModerationLimits.Reason).When(c => c.Body is not null);
    }
}

public sealed class MarkOpinionAsSpamValidator : AbstractValidator<MarkOpinionAsSpamCommand>
{
    public MarkOpinionAsSpamValidator()
    {
        RuleFor(c => c.OpinionId).NotEmpty().RouteValue("id");
        RuleFor(c => c.Body!.Note).MaximumLength(ModerationLimits.Reason).When(c => c.Body is not null);
    }
}

public sealed class MarkForPoliceReportValidator : AbstractValidator<MarkForPoliceReportCommand>
{
    public MarkForPoliceReportValidator()
    {
        RuleFor(c => c.OpinionId).NotEmpty().RouteValue("id");
        RuleFor(c => c.Body).NotNull();
        RuleFor(c => c.Body.Note).NotEmpty().WithMessage("Say who is threatened and why it is reported.")
            .MaximumLength(ModerationLimits.Reason).When(c => c.Body is not null);
    }
}

public sealed class ApproveOpinionHandler(ModeratorActions moderation) : ICommandHandler<ApproveOpinionCommand, ModeratedOpinionDto>
{
    public ValueTask<ModeratedOpinionDto> Handle(ApproveOpinionCommand command, CancellationToken cancellationToken) =>
        moderation.ActAsync(command.OpinionId, ModerationAction.Approved, command.Body?.Note, (o, by, now) => o.Approve(by, now), cancellationToken);
}

public sealed class HideOpinionHandler(ModeratorActions moderation) : ICommandHandler<HideOpinionCommand, ModeratedOpinionDto>
{
    public ValueTask<ModeratedOpinionDto> Handle(HideOpinionCommand command, CancellationToken cancellationToken) =>
        moderation.ActAsync(command.OpinionId, ModerationAction.Hidden, command.Body.PublicReason.Trim(),
            (o, by, now) => o.Hide(command.Body.PublicReason, by, now), cancellationToken);
}

public sealed class MarkOpinionAsSpamHandler(ModeratorActions moderation) : ICommandHandler<MarkOpinionAsSpamCommand, ModeratedOpinionDto>
{
    public ValueTask<ModeratedOpinionDto> Handle(MarkOpinionAsSpamCommand command, CancellationToken cancellationToken) =>
        moderation.ActAsync(command.OpinionId, ModerationAction.MarkedAsSpam, command.Body?.Note, (o, by, now) => o.MarkAsSpam(by, now), cancellationToken);
}

public sealed class MarkForPoliceReportHandler(ModeratorActions moderation) : ICommandHandler<MarkForPoliceReportCommand, ModeratedOpinionDto>
{
    public ValueTask<ModeratedOpinionDto> Handle(MarkForPoliceReportCommand command, CancellationToken cancellationToken) =>
        moderation.ActAsync(command.OpinionId, ModerationAction.MarkedForPoliceReport, command.Body.Note.Trim(),
            (o, by, now) => o.MarkForPoliceReport(command.Body.Note, by, now), cancellationToken);
}

/// <summary>What every moderator action shares: the opinion locked while it changes, the audit log line written in the
/// same transaction, who acted taken from the sign-in.</summary>
public sealed class ModeratorActions(AppDbContext db, TimeProvider clock, CurrentActor actor)
{
    public async ValueTask<ModeratedOpinionDto> ActAsync(Guid opinionId, ModerationAction action, string? reason,
        Action<Opinion, Guid, DateTimeOffset> act, CancellationToken cancellationToken)
    {
        var moderator = actor.Get().UserId ?? throw new InvalidOperationException("Moderators are signed in.");
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM opinions WHERE id = {opinionId} FOR UPDATE", cancellationToken);
        var opinion = await db.Opinions.SingleOrDefaultAsync(o => o.Id == opinionId, cancellationToken)
            ?? throw new NotFoundException(ProblemCodes.OpinionNotFound, $"There is no opinion with id {opinionId}.");
        act(opinion, moderator, now);
        db.ModerationLog.Add(new ModerationLogEntry(Guid.CreateVersion7(now), opinion.Id, opinion.DialogueId, action,
            string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), moderator, now));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ModeratedOpinionDto(opinion.Id, opinion.Moderation, opinion.HiddenReason, opinion.PoliceReportMarkedAt is not null, opinion.ModeratedAt);
    }
}
