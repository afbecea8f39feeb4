using FluentValidation;
using Mediator;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Infrastructure.Persistence;

namespace Medborgardialog.Api.Features.Officials;

/// <summary>Add an elected official to the public directory (Administrators). Public, work data only.</summary>
/// <param name="Name">Full name.</param>
/// <param name="Party">Party.</param>
/// <param name="Role">E.g. "Ordförande i kultur- och fritidsnämnden".</param>
/// <param name="Committees">The committees they sit on.</param>
/// <param name="PublicEmail">Their work e-mail at the municipality.</param>
/// <param name="PublicPhone">Their work telephone.</param>
/// <param name="OfficeHours">When and where residents can meet them.</param>
public sealed record AddElectedOfficialRequest(
    string Name,
    string Party,
    string Role,
    IReadOnlyList<string> Committees,
    string? PublicEmail,
    string? PublicPhone,
    string? OfficeHours);

/// <summary>Adds the official described in <paramref name="Body"/>.</summary>
public sealed record AddElectedOfficialCommand(AddElectedOfficialRequest Body) : ICommand<AddElectedOfficialResponse>;

public sealed record AddElectedOfficialResponse(Guid Id);

public sealed class AddElectedOfficialValidator : AbstractValidator<AddElectedOfficialCommand>
{
    public AddElectedOfficialValidator()
    {
        RuleFor(c => c.Body.Name).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Body.Party).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Body.Role).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Body.Committees).Must(c => c is null || c.Count <= 10).WithMessage("At most 10 committees.");
        RuleForEach(c => c.Body.Committees).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Body.PublicEmail).MaximumLength(256).EmailAddress()
            .Must(e => e is null || e.EndsWith("@karlskoga.se", StringComparison.OrdinalIgnoreCase) || e.EndsWith(".karlskoga.se", StringComparison.OrdinalIgnoreCase))
            .WithMessage("Only the official's work address at karlskoga.se is shown publicly, never a private one.");
        RuleFor(c => c.Body.PublicPhone).MaximumLength(50).Matches(@"^[0-9 +\-()]*$").WithMessage("Digits, spaces, + - and ( ) only.");
        RuleFor(c => c.Body.OfficeHours).MaximumLength(500);
    }
}

public sealed class AddElectedOfficialHandler(AppDbContext db, TimeProvider clock) : ICommandHandler<AddElectedOfficialCommand, AddElectedOfficialResponse>
{
    public async ValueTask<AddElectedOfficialResponse> Handle(AddElectedOfficialCommand command, CancellationToken cancellationToken)
    {
        var official = new ElectedOfficial(
            Guid.CreateVersion7(clock.GetUtcNow()),
            command.Body.Name.Trim(),
            command.Body.Party.Trim(),
            command.Body.Role.Trim(),
            (command.Body.Committees ?? []).Select(c => c.Trim()),
            string.IsNullOrWhiteSpace(command.Body.PublicEmail) ? null : command.Body.PublicEmail.Trim(),
            string.IsNullOrWhiteSpace(command.Body.PublicPhone) ? null : command.Body.PublicPhone.Trim(),
            string.IsNullOrWhiteSpace(command.Body.OfficeHours) ? null : command.Body.OfficeHours.Trim());
        db.ElectedOfficials.Add(official);
        await db.SaveChangesAsync(cancellationToken);
        return new AddElectedOfficialResponse(official.Id);
    }
}
