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
public sealed record AddElectedOfficialCommand(
    string Name,
    string Party,
    string Role,
    IReadOnlyList<string> Committees,
    string? PublicEmail,
    string? PublicPhone,
    string? OfficeHours) : ICommand<AddElectedOfficialResponse>;

public sealed record AddElectedOfficialResponse(Guid Id);

public sealed class AddElectedOfficialValidator : AbstractValidator<AddElectedOfficialCommand>
{
    public AddElectedOfficialValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Party).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Role).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Committees).Must(c => c is null || c.Count <= 10).WithMessage("At most 10 committees.");
        RuleForEach(c => c.Committees).NotEmpty().MaximumLength(200);
        RuleFor(c => c.PublicEmail).MaximumLength(256).EmailAddress()
            .Must(e => e is null || e.EndsWith("@karlskoga.se", StringComparison.OrdinalIgnoreCase) || e.EndsWith(".karlskoga.se", StringComparison.OrdinalIgnoreCase))
            .WithMessage("Only the official's work address at karlskoga.se is shown publicly, never a private one.");
        RuleFor(c => c.PublicPhone).MaximumLength(50).Matches(@"^[0-9 +\-()]*$").WithMessage("Digits, spaces, + - and ( ) only.");
        RuleFor(c => c.OfficeHours).MaximumLength(500);
    }
}

public sealed class AddElectedOfficialHandler(AppDbContext db, TimeProvider clock) : ICommandHandler<AddElectedOfficialCommand, AddElectedOfficialResponse>
{
    public async ValueTask<AddElectedOfficialResponse> Handle(AddElectedOfficialCommand command, CancellationToken cancellationToken)
    {
        var official = new ElectedOfficial(
            Guid.CreateVersion7(clock.GetUtcNow()),
            command.Name.Trim(),
            command.Party.Trim(),
            command.Role.Trim(),
            (command.Committees ?? []).Select(c => c.Trim()),
            string.IsNullOrWhiteSpace(command.PublicEmail) ? null : command.PublicEmail.Trim(),
            string.IsNullOrWhiteSpace(command.PublicPhone) ? null : command.PublicPhone.Trim(),
            string.IsNullOrWhiteSpace(command.OfficeHours) ? null : command.OfficeHours.Trim());
        db.ElectedOfficials.Add(official);
        await db.SaveChangesAsync(cancellationToken);
        return new AddElectedOfficialResponse(official.Id);
    }
}
