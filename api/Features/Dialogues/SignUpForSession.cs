using FluentValidation;
using Mediator;
using Medborgardialog.Api.Infrastructure.Errors;
using Medborgardialog.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Medborgardialog.Api.Features.Dialogues;

/// <summary>Sign up for a session, no account needed. Only the number of people is kept: no name, no address.</summary>
/// <param name="People">How many people come (1–10).</param>
public sealed record SignUpForSessionRequest(int People);

public sealed record SignUpForSessionCommand(Guid SessionId, int People) : ICommand<SignUpForSessionResponse>;

/// <summary>The sign-up was taken; this many places are left (empty when there is no limit).</summary>
public sealed record SignUpForSessionResponse(Guid SessionId, int People, int? PlacesLeft);

public sealed class SignUpForSessionValidator : AbstractValidator<SignUpForSessionCommand>
{
    public SignUpForSessionValidator()
    {
        RuleFor(c => c.SessionId).NotEmpty();
        RuleFor(c => c.People).InclusiveBetween(1, 10);
    }
}

public sealed class SignUpForSessionHandler(AppDbContext db, TimeProvider clock)
    : ICommandHandler<SignUpForSessionCommand, SignUpForSessionResponse>
{
    public async ValueTask<SignUpForSessionResponse> Handle(SignUpForSessionCommand command, CancellationToken cancellationToken)
    {
        var dialogue = await db.Dialogues
            .Include(d => d.Sessions.Where(s => s.Id == command.SessionId))
            .SingleOrDefaultAsync(d => d.Sessions.Any(s => s.Id == command.SessionId), cancellationToken);
        var session = dialogue?.Sessions.SingleOrDefault()
            ?? throw new NotFoundException($"There is no session with id {command.SessionId}.");

        dialogue.SignUpForSession(session, command.People, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken); // xmin: a concurrent sign-up for the last place gets a 409
        return new SignUpForSessionResponse(session.Id, command.People, session.PlacesLeft);
    }
}
