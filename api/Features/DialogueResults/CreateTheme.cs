namespace Medborgardialog.Api.Features.DialogueResults;

/// <summary>A new theme to group a dialogue's opinions under.</summary>
public sealed record CreateThemeRequest(string Name);

public sealed record CreateThemeCommand(Guid DialogueId, CreateThemeRequest Body) : ICommand<ThemeDto>;

/// <summary>A theme and how many opinions (withdrawn ones not counted) are grouped under it.</summary>
public sealed record ThemeDto(Guid Id, string Name, int Count);

public sealed class CreateThemeValidator : AbstractValidator<CreateThemeCommand>
{
    public CreateThemeValidator()
    {
        RuleFor(c => c.DialogueId).NotEmpty().RouteValue("id");
        RuleFor(c => c.Body).NotNull();
        RuleFor(c => c.Body.Name).NotEmpty().MaximumLength(OutcomeLimits.ThemeName).When(c => c.Body is not null);
    }
}

public sealed class CreateThemeHandler(AppDbContext db, TimeProvider clock) : ICommandHandler<CreateThemeCommand, ThemeDto>
{
    public async ValueTask<ThemeDto> Handle(CreateThemeCommand command, CancellationToken cancellationToken)
    {
        var status = await db.Dialogues.Where(d => d.Id == command.DialogueId).Select(d => (DialogueStatus?)d.Status).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(ProblemCodes.DialogueNotFound, $"There is no dialogue with id {command.DialogueId}.");
        Theme.EnsureOpinionsCanBeGrouped(status);
        var name = command.Body.Name.Trim();
        if (await db.Themes.AnyAsync(t => t.DialogueId == command.DialogueId && t.Name == name, cancellationToken))
        {
            throw new DomainRuleException(ProblemCodes.ThemeExists, $"The dialogue already has a theme \"{name}\".");
        }

        if (await db.Themes.CountAsync(t => t.DialogueId == command.DialogueId, cancellationToken) >= OutcomeLimits.MaxThemes)
        {
            throw new DomainRuleException(ProblemCodes.ThemeTooMany, $"A dialogue has at most {OutcomeLimits.MaxThemes} themes.");
        }

        var now = clock.GetUtcNow();
        var theme = new Theme(Guid.CreateVersion7(now), command.DialogueId, name, now);
        db.Themes.Add(theme);
        await db.SaveChangesAsync(cancellationToken);
        return new ThemeDto(theme.Id, theme.Name, 0);
    }
}
