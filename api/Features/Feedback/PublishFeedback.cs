using FluentValidation;
using Mediator;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Features.Dialogues;
using Medborgardialog.Api.Infrastructure.Hosting;
using Medborgardialog.Api.Infrastructure.Auth;
using Medborgardialog.Api.Infrastructure.Errors;
using Medborgardialog.Api.Infrastructure.Jobs;
using Medborgardialog.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Medborgardialog.Api.Features.Dialogues.Common;

namespace Medborgardialog.Api.Features.Feedback;

/// <summary>Feedback to the residents: what was decided and why, how their input mattered, links to the decision.</summary>
public sealed record PublishFeedbackRequest(string Text, IReadOnlyList<FactLinkInput>? Links);

/// <summary>Publishes the feedback of a decided dialogue, once; e-mails every participant who confirmed an address.</summary>
public sealed record PublishFeedbackCommand(Guid DialogueId, PublishFeedbackRequest Body) : ICommand<PublishFeedbackResponse>;

/// <summary>The published feedback: its public page, the press summary, and how many e-mails were queued.</summary>
public sealed record PublishFeedbackResponse(Guid FeedbackId, string PublicUrl, string PressSummary, int EmailsQueued);

public sealed class PublishFeedbackValidator : AbstractValidator<PublishFeedbackCommand>
{
    public PublishFeedbackValidator()
    {
        RuleFor(c => c.DialogueId).NotEmpty().RouteValue("id");
        RuleFor(c => c.Body).NotNull();
        When(c => c.Body is not null, () =>
        {
            RuleFor(c => c.Body.Text).NotEmpty().MaximumLength(OutcomeLimits.FeedbackText);
            RuleFor(c => c.Body.Links).Must(l => l is null || l.Count <= 20).WithMessage("At most 20 links.");
            RuleForEach(c => c.Body.Links).ChildRules(link =>
            {
                link.RuleFor(l => l.Title).NotEmpty().MaximumLength(DialogueLimits.Title);
                link.RuleFor(l => l.Url).NotEmpty().MaximumLength(DialogueLimits.PlaceUrl)
                    .Must(url => Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Scheme is "https" or "http")
                    .WithMessage("Give a full web address starting with https://.");
            });
        });
    }
}

public sealed class PublishFeedbackHandler(AppDbContext db, TimeProvider clock, CurrentActor actor, IConfiguration configuration, IEmailOutboxKick outbox)
    : ICommandHandler<PublishFeedbackCommand, PublishFeedbackResponse>
{
    public async ValueTask<PublishFeedbackResponse> Handle(PublishFeedbackCommand command, CancellationToken cancellationToken)
    {
        var dialogue = await db.Dialogues.SingleOrDefaultAsync(d => d.Id == command.DialogueId, cancellationToken)
            ?? throw new NotFoundException(ProblemCodes.DialogueNotFound, $"There is no dialogue with id {command.DialogueId}.");
        var decision = await db.Decisions.AsNoTracking().SingleOrDefaultAsync(d => d.DialogueId == dialogue.Id, cancellationToken);
        var now = clock.GetUtcNow();
        var feedback = Domain.Feedback.Publish(
            dialogue, decision, await db.Feedbacks.AnyAsync(f => f.DialogueId == dialogue.Id, cancellationToken),
            command.Body.Text.Trim(), (command.Body.Links ?? []).Select(l => new FactLink(l.Title.Trim(), l.Url.Trim())),
            actor.Get(), now);

        // One transaction: the feedback and one delivery row per confirmed participant whose opinion counts in the result.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Feedbacks.Add(feedback);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            throw new DomainRuleException(ProblemCodes.FeedbackAlreadyPublished, "Feedback for this dialogue is already published."); // a second publish racing the first
        }

        var queued = await LedgerRows.QueueAsync(db,
            db.Opinions.Where(Opinion.InResult)
                .Where(o => o.DialogueId == dialogue.Id && o.FeedbackEmail != null && o.FeedbackEmailConfirmedAt != null)
                .Select(o => new { o.Id, o.FeedbackEmail }),
            OutgoingEmail.FeedbackKind, "opinion_id", ("feedback_id", feedback.Id), now, onConflict: null, cancellationToken);
        feedback.Queued(queued);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (queued > 0)
        {
            outbox.Kick();
        }

        var site = PublicSite.Url(configuration);
        return new PublishFeedbackResponse(feedback.Id, $"{site}/dialoger/{dialogue.Slug}/aterkoppling", feedback.PressSummary, queued);
    }
}
