using FluentValidation;
using Mediator;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Infrastructure.Errors;
using Medborgardialog.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Medborgardialog.Api.Features.Moderation;

/// <summary>Anyone can report a public opinion.</summary>
/// <param name="Reason">Threat or hate, personal data, spam, off topic.</param>
/// <param name="ReporterKey">Who reports, without saying who: the reporter's receipt token, or a random key the browser
/// keeps. One report per opinion and key; only a one-way hash of it is stored.</param>
public sealed record ReportOpinionRequest(ReportReason Reason, string ReporterKey);

public sealed record ReportOpinionCommand(Guid OpinionId, ReportOpinionRequest Body) : ICommand<ReportOpinionResponse>, Infrastructure.Http.IChangesOnlyOpinions;

/// <summary>The report was received; a moderator will look at the opinion.</summary>
public sealed record ReportOpinionResponse(bool Received);

public sealed class ReportOpinionValidator : AbstractValidator<ReportOpinionCommand>
{
    public ReportOpinionValidator()
    {
        RuleFor(c => c.OpinionId).NotEmpty().RouteValue("id");
        RuleFor(c => c.Body).NotNull();
        RuleFor(c => c.Body.Reason).IsInEnum().When(c => c.Body is not null);
        RuleFor(c => c.Body.ReporterKey).NotEmpty().MinimumLength(16).MaximumLength(ModerationLimits.ReporterKey)
            .WithMessage("A reporter key of 16 to 200 characters is needed (the browser makes one).")
            .When(c => c.Body is not null);
    }
}

public sealed class ReportOpinionHandler(AppDbContext db, TimeProvider clock, IConfiguration configuration)
    : ICommandHandler<ReportOpinionCommand, ReportOpinionResponse>
{
    public async ValueTask<ReportOpinionResponse> Handle(ReportOpinionCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The row is locked while the report counts, so racing reports each count once.
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM opinions WHERE id = {command.OpinionId} FOR UPDATE", cancellationToken);
        var opinion = await db.Opinions.SingleOrDefaultAsync(o => o.Id == command.OpinionId, cancellationToken);
        var dialogue = opinion is null ? null : await db.Dialogues.AsNoTracking().Where(Dialogue.IsPublic).Where(d => d.Id == opinion.DialogueId)
            .Select(d => new { d.OpinionVisibility, d.ModerationMode, d.IsYouthDialogue })
            .SingleOrDefaultAsync(cancellationToken);
        if (opinion is null || dialogue is null || dialogue.OpinionVisibility != OpinionVisibility.Public || opinion.IsWithdrawn
            || !PublicOpinions.IsShown(opinion.Moderation, dialogue.ModerationMode ?? Dialogue.DefaultModeration(dialogue.IsYouthDialogue)))
        {
            // Held, hidden, internal or unknown: the same answer, so a report reveals nothing about opinions not shown.
            throw new NotFoundException(ProblemCodes.OpinionNotFound, $"There is no public opinion with id {command.OpinionId}.");
        }

        var reporter = Opinion.Hash(command.Body.ReporterKey.Trim());
        if (await db.OpinionReports.AnyAsync(r => r.OpinionId == opinion.Id && r.ReporterHash == reporter, cancellationToken))
        {
            throw new DomainRuleException(ProblemCodes.OpinionAlreadyReported, "You have already reported this opinion; a moderator will look at it.");
        }

        db.OpinionReports.Add(new OpinionReport(Guid.CreateVersion7(now), opinion.Id, command.Body.Reason, reporter, now));
        if (opinion.Reported(configuration.GetValue("Moderation:ReportsToHide", 3), now))
        {
            db.ModerationLog.Add(new ModerationLogEntry(Guid.CreateVersion7(now), opinion.Id, opinion.DialogueId, ModerationAction.HeldAfterReports,
                $"{opinion.ReportsSinceReview} anmälningar", null, now));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ReportOpinionResponse(true);
    }
}
