using Medborgardialog.Api.Features.Follows.Common;
using Medborgardialog.Api.Infrastructure.Email;
using Medborgardialog.Api.Infrastructure.Jobs;

namespace Medborgardialog.Api.Features.Follows;

/// <summary>Follow a dialogue, or new dialogues, by e-mail — no account. Nothing is sent but a confirmation until the link
/// in it is followed (double opt-in).</summary>
/// <param name="Email">The address to write to.</param>
/// <param name="Consent">Must be true: the resident agrees to this text (version <c>follow-consent-2026-12</c>, stored with the address): «Ja, skicka mig e-post när något händer i det jag följer. Adressen används bara till det och raderas när jag slutar följa, och senast en tid efter dialogens återkoppling.» (In English: "Yes, e-mail me when something happens in what I follow. The address is used for nothing else and deleted when I stop following, and at the latest a while after the dialogue's feedback.")</param>
/// <param name="DialogueId">The dialogue to follow (public, not cancelled, feedback not yet published); or null with <c>newDialogues</c>.</param>
/// <param name="NewDialogues">True to be told of every new dialogue (optionally only in <c>district</c> or on <c>topic</c>).</param>
/// <param name="District">With <c>newDialogues</c>: a district code (GET /api/districts).</param>
/// <param name="Topic">With <c>newDialogues</c>: a topic, as dialogues list them.</param>
/// <param name="Frequency">eachStep (default) or weekly (one digest a week). Applies to a new address only; a known address changes it from its manage page.</param>
/// <param name="Language">The language to write in (a code of the site's languages; default Swedish). Like frequency, for a new address only.</param>
public sealed record RequestFollowRequest(
    string Email,
    bool Consent,
    Guid? DialogueId = null,
    bool NewDialogues = false,
    string? District = null,
    string? Topic = null,
    FollowFrequency? Frequency = null,
    string? Language = null) : IFollowTarget;

public sealed record RequestFollowCommand(RequestFollowRequest Body) : ICommand<RequestFollowResponse>;

/// <summary>Always the same answer, whether or not the address already follows something (nobody can find out who follows
/// what): a mail is on its way, and the consent's version.</summary>
public sealed record RequestFollowResponse(bool ConfirmationEmailQueued, string ConsentVersion);

public sealed class RequestFollowValidator : AbstractValidator<RequestFollowCommand>
{
    public RequestFollowValidator()
    {
        RuleFor(c => c.Body).NotNull();
        When(c => c.Body is not null, () =>
        {
            RuleFor(c => c.Body.Email).NotEmpty().MaximumLength(256).EmailAddress();
            RuleFor(c => c.Body.Consent).Equal(true).WithFieldCode(FieldErrorCodes.Required)
                .WithMessage("Consent is needed to write to the address.");
            RuleFor(c => c.Body.Frequency).IsInEnum();
            RuleFor(c => c.Body.Language).Must(Words.Languages.IsSupported).When(c => c.Body.Language is not null)
                .WithFieldCode(FieldErrorCodes.UnknownValue).WithMessage("Not one of the site's languages.");
            FollowTargets.AddRules(this, c => c.Body);
        });
    }
}

public sealed class RequestFollowHandler(AppDbContext db, TimeProvider clock, FollowerLinks links, EmailTemplates templates, IEmailOutboxKick outbox)
    : ICommandHandler<RequestFollowCommand, RequestFollowResponse>
{
    public async ValueTask<RequestFollowResponse> Handle(RequestFollowCommand command, CancellationToken cancellationToken)
    {
        var body = command.Body;
        var (scope, dialogueId, district, topic) = await FollowTargets.CheckAsync(db, body, cancellationToken);
        var now = clock.GetUtcNow();
        var email = Follower.Normalise(body.Email);
        var follower = await db.Followers.Include(f => f.Follows).SingleOrDefaultAsync(f => f.Email == email, cancellationToken);
        if (follower is null)
        {
            follower = new Follower(Guid.CreateVersion7(now), email, Words.Languages.Normalise(body.Language), body.Frequency ?? FollowFrequency.EachStep, FollowConsent.Version, now);
            db.Followers.Add(follower);
        }
        else
        {
            follower.Consent(FollowConsent.Version, now);
        }

        var follow = follower.Follows.FirstOrDefault(f => f.IsOf(scope, dialogueId, district, topic));
        if (follow is null)
        {
            follow = new Follow(Guid.CreateVersion7(now), follower.Id, scope, dialogueId, district, topic, now);
            follower.Follows.Add(follow);
        }

        // Pending: the confirmation (again). Confirmed already: a mail that says so, with the manage link — the same answer either way.
        var what = await FollowMail.WhatAsync(db, follow.Scope, follow.DialogueId, follow.District, follow.Topic, follower.Language, cancellationToken);
        var mail = await templates.RenderAsync(new FollowConfirmationEmail.Content(
            what, follow.ConfirmedAt is null ? links.ConfirmUrl(follow.Id, follower.Language) : null, links.ManageUrl(follower.Id, follower.Language), follower.Language));
        db.OutgoingEmails.Add(new OutgoingEmail(Guid.CreateVersion7(now), OutgoingEmail.FollowConfirmationKind, email, mail.Subject, mail.Text, mail.Html, now)
            .ToFollower(follower.Id));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            // The same address asked twice at the same moment: the other request wrote it, and its mail is on the way.
            return new RequestFollowResponse(true, FollowConsent.Version);
        }

        outbox.Kick();
        return new RequestFollowResponse(true, FollowConsent.Version);
    }
}
