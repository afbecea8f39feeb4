using FluentValidation;
using Mediator;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Features.Dialogues;
using Medborgardialog.Api.Infrastructure.Errors;
using Medborgardialog.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Medborgardialog.Api.Features.Feedback;

/// <summary>The public feedback page of a dialogue, by id or slug.</summary>
public sealed record GetFeedbackQuery(Guid DialogueId) : IQuery<FeedbackDto>;

/// <summary>What was decided and why, how the residents' input mattered, links, and when it was published.</summary>
public sealed record FeedbackDto(
    Guid DialogueId,
    string DialogueSlug,
    string DialogueTitle,
    int OpinionCount,
    DecisionDto Decision,
    string Text,
    IReadOnlyList<FactLinkDto> Links,
    DateTimeOffset PublishedAt);

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

public sealed class GetFeedbackValidator : AbstractValidator<GetFeedbackQuery>
{
    public GetFeedbackValidator() => RuleFor(q => q.DialogueId).NotEmpty().RouteValue("id");
}

public sealed class GetStaffFeedbackValidator : AbstractValidator<GetStaffFeedbackQuery>
{
    public GetStaffFeedbackValidator() => RuleFor(q => q.DialogueId).NotEmpty().RouteValue("id");
}

public sealed class GetFeedbackHandler(AppDbContext db) : IQueryHandler<GetFeedbackQuery, FeedbackDto>
{
    public async ValueTask<FeedbackDto> Handle(GetFeedbackQuery query, CancellationToken cancellationToken)
    {
        var dialogues = db.Dialogues.AsNoTracking().Where(Dialogue.IsPublic);
        dialogues = dialogues.Where(d => d.Id == query.DialogueId);
        var found = await (
                from d in dialogues
                join f in db.Feedbacks on d.Id equals f.DialogueId
                join decision in db.Decisions on d.Id equals decision.DialogueId
                select new { d.Id, d.Slug, d.Title, Feedback = f, Decision = decision })
            .AsNoTracking()
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(ProblemCodes.FeedbackNotFound, $"There is no published feedback for the dialogue {query.DialogueId}.");
        var count = await db.Opinions.Where(Opinion.InResult).CountAsync(o => o.DialogueId == found.Id, cancellationToken);
        return new FeedbackDto(found.Id, found.Slug, found.Title, count, DecisionDtos.From(found.Decision), found.Feedback.Text,
            found.Feedback.Links.Select(l => new FactLinkDto(l.Title, l.Url)).ToList(), found.Feedback.PublishedAt);
    }
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
