using FluentValidation;
using Mediator;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Infrastructure.Hosting;
using Medborgardialog.Api.Infrastructure.Email;
using Medborgardialog.Api.Infrastructure.Errors;
using Medborgardialog.Api.Infrastructure.Jobs;
using Medborgardialog.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Medborgardialog.Api.Features.Dialogues;

/// <summary>Sign up for a session, no account needed. Only the number of people is required.</summary>
/// <param name="People">How many people come (1–10).</param>
/// <param name="Name">Optional: a name for the list at the door.</param>
/// <param name="Email">Optional: an address for a confirmation e-mail (needs <paramref name="ConsentToEmail"/>).</param>
/// <param name="ConsentToEmail">Consent to use the address for the confirmation; it is deleted the day after the session.</param>
/// <param name="Language">Optional: the language the confirmation is written in (<c>sv</c>, <c>en</c>, <c>ar</c>, <c>so</c>, <c>ti</c>,
/// <c>prs</c>, <c>fi</c>); anything else is taken as Swedish, without an error.</param>
public sealed record SignUpForSessionRequest(int People, string? Name = null, string? Email = null, bool ConsentToEmail = false, string? Language = null);

public sealed record SignUpForSessionCommand(Guid SessionId, SignUpForSessionRequest Body)
    : ICommand<SignUpForSessionResponse>;

/// <summary>The sign-up was taken; this many places are left (empty when there is no limit).</summary>
public sealed record SignUpForSessionResponse(Guid SessionId, int People, int? PlacesLeft, bool ConfirmationEmailQueued);

public sealed class SignUpForSessionValidator : AbstractValidator<SignUpForSessionCommand>
{
    public SignUpForSessionValidator()
    {
        RuleFor(c => c.SessionId).NotEmpty();
        RuleFor(c => c.Body.People).InclusiveBetween(1, 10);
        RuleFor(c => c.Body.Name).MaximumLength(100);
        RuleFor(c => c.Body.Email).MaximumLength(256).EmailAddress();
        RuleFor(c => c.Body.ConsentToEmail).Equal(true).When(c => !string.IsNullOrWhiteSpace(c.Body.Email))
            .WithMessage("Consent is needed to send a confirmation to the e-mail address.");
    }
}

public sealed class SignUpForSessionHandler(AppDbContext db, TimeProvider clock, IConfiguration configuration, IEmailOutboxKick outbox, EmailTemplates templates)
    : ICommandHandler<SignUpForSessionCommand, SignUpForSessionResponse>
{
    public async ValueTask<SignUpForSessionResponse> Handle(SignUpForSessionCommand command, CancellationToken cancellationToken)
    {
        var dialogue = await db.Dialogues
            .Include(d => d.Sessions.Where(s => s.Id == command.SessionId))
            .SingleOrDefaultAsync(d => d.Sessions.Any(s => s.Id == command.SessionId), cancellationToken);
        var session = dialogue?.Sessions.SingleOrDefault()
            ?? throw new NotFoundException(ProblemCodes.SessionNotFound, $"There is no session with id {command.SessionId}.");
        var now = clock.GetUtcNow();

        dialogue.SignUpForSession(session, command.Body.People, now);
        var name = string.IsNullOrWhiteSpace(command.Body.Name) ? null : command.Body.Name.Trim();
        var email = string.IsNullOrWhiteSpace(command.Body.Email) ? null : command.Body.Email.Trim();
        db.SessionSignUps.Add(new SessionSignUp(Guid.CreateVersion7(now), session.Id, command.Body.People, name, email, now, session.EndsAt.AddDays(1)));
        if (email is not null)
        {
            db.OutgoingEmails.Add(await ConfirmationAsync(dialogue, session, command.Body.People, name, email, Words.Languages.Normalise(command.Body.Language), now));
        }

        // One commit: the places, the sign-up and its confirmation mail (xmin: a race for the last place is a 409).
        await db.SaveChangesAsync(cancellationToken);
        if (email is not null)
        {
            outbox.Kick();
        }

        return new SignUpForSessionResponse(session.Id, command.Body.People, session.PlacesLeft, email is not null);
    }

    private async Task<OutgoingEmail> ConfirmationAsync(Dialogue dialogue, DialogueSession session, int people, string? name, string email, string language, DateTimeOffset now)
    {
        var site = PublicSite.Url(configuration);
        var where = string.Join(", ", new[] { session.PlaceName, session.Address, session.OnlineUrl }.Where(p => !string.IsNullOrWhiteSpace(p)));
        var mail = await templates.RenderAsync(new SessionSignUpEmail.Content(name, session.Title, people, session.StartsAt, session.EndsAt, where,
            dialogue.Translations.FirstOrDefault(t => t.Language == language)?.Title ?? dialogue.Title,
            PublicSite.InLanguage($"{site}/dialoger/{dialogue.Slug}", language), $"{site}/api/calendar/sessions/{session.Id}.ics", language));
        return new OutgoingEmail(Guid.CreateVersion7(now), "session-sign-up", email, mail.Subject, mail.Text, mail.Html, now);
    }
}
