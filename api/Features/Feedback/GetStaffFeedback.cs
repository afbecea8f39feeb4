using Medborgardialog.Api.Features.Dialogues;

namespace Medborgardialog.Api.Features.Feedback;

/// <summary>For staff: the decision, the feedback with its press summary, and how the e-mails are going.</summary>
public sealed record GetStaffFeedbackQuery(Guid DialogueId) : IQuery<StaffFeedbackDto>;

/// <summary>The decision (if recorded), the feedback (if published) and the delivery of its e-mails.</summary>
public sealed record StaffFeedbackDto(
    DecisionDto? Decision,
    Guid? FeedbackId,
    string? Text,
    string? PressSummary,
    DateTimeOffset? PublishedAt,
    FeedbackDeliveryDto Delivery);

/// <summary>Feedback e-mails: waiting for their first attempt, sent, and failed so far (retried with back-off).</summary>
public sealed record FeedbackDeliveryDto(int Queued, int Sent, int Failed);

public sealed class GetStaffFeedbackValidator : AbstractValidator<GetStaffFeedbackQuery>
{
    public GetStaffFeedbackValidator() => RuleFor(q => q.DialogueId).NotEmpty().RouteValue("id");
}

public sealed class GetStaffFeedbackHandler(AppDbContext db) : IQueryHandler<GetStaffFeedbackQuery, StaffFeedbackDto>
{
    public async ValueTask<StaffFeedbackDto> Handle(GetStaffFeedbackQuery query, CancellationToken cancellationToken)
    {
        if (!await db.Dialogues.AnyAsync(d => d.Id == query.DialogueId, cancellationToken))
        {
            throw new NotFoundException(ProblemCodes.DialogueNotFound, $"There is no dialogue with id {query.DialogueId}.");
        }

        var decision = await db.Decisions.AsNoTracking().SingleOrDefaultAsync(d => d.DialogueId == query.DialogueId, cancellationToken);
        var feedback = await db.Feedbacks.AsNoTracking().Where(f => f.DialogueId == query.DialogueId)
            .Select(f => new { f.Id, f.Text, f.PressSummary, f.PublishedAt }).SingleOrDefaultAsync(cancellationToken);
        var delivery = new FeedbackDeliveryDto(0, 0, 0);
        if (feedback is not null)
        {
            var counts = await db.OutgoingEmails.AsNoTracking().Where(e => e.FeedbackId == feedback.Id)
                .GroupBy(e => e.SentAt != null ? 2 : e.Attempts > 0 ? 1 : 0)
                .Select(g => new { State = g.Key, Count = g.Count() })
                .ToListAsync(cancellationToken);
            delivery = new FeedbackDeliveryDto(
                counts.Where(c => c.State == 0).Sum(c => c.Count),
                counts.Where(c => c.State == 2).Sum(c => c.Count),
                counts.Where(c => c.State == 1).Sum(c => c.Count));
        }

        return new StaffFeedbackDto(decision is null ? null : DecisionDtos.From(decision), feedback?.Id, feedback?.Text,
            feedback?.PressSummary, feedback?.PublishedAt, delivery);
    }
}
