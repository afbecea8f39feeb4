using FluentValidation;
using Mediator;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Infrastructure.Errors;
using Medborgardialog.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Medborgardialog.Api.Features.DialogueResults;

/// <summary>A new theme to group a dialogue's opinions under.</summary>
public sealed record CreateThemeRequest(string Name);

public sealed record CreateThemeCommand(Guid DialogueId, CreateThemeRequest Body) : ICommand<ThemeDto>;

/// <summary>A theme and how many opinions (withdrawn ones not counted) are grouped under it.</summary>
public sealed record ThemeDto(Guid Id, string Name, int Count);

/// <summary>Groups one opinion under themes of its dialogue (the whole list; empty removes all).</summary>
public sealed record TagOpinionRequest(IReadOnlyList<Guid> ThemeIds);

public sealed record TagOpinionCommand(Guid OpinionId, TagOpinionRequest Body) : ICommand<IReadOnlyList<Guid>>;

public sealed class CreateThemeValidator : AbstractValidator<CreateThemeCommand>
{
    public CreateThemeValidator()
    {
        RuleFor(c => c.DialogueId).NotEmpty().RouteValue("id");
        RuleFor(c => c.Body).NotNull();
        RuleFor(c => c.Body.Name).NotEmpty().MaximumLength(OutcomeLimits.ThemeName).When(c => c.Body is not null);
    }
}

public sealed class TagOpinionValidator : AbstractValidator<TagOpinionCommand>
{
    public TagOpinionValidator()
    {
        RuleFor(c => c.OpinionId).NotEmpty().RouteValue("id");
        RuleFor(c => c.Body).NotNull();
        RuleFor(c => c.Body.ThemeIds).NotNull().Must(t => t.Count <= OutcomeLimits.MaxThemes)
            .WithMessage($"At most {OutcomeLimits.MaxThemes} themes.").When(c => c.Body is not null);
    }
}

internal static class ResultRules
{
    /// <summary>Opinions are grouped and the result compiled from when the dialogue opens (reading along) until feedback.</summary>
    public static void EnsureCanCompile(DialogueStatus status)
    {
        if (!(status == DialogueStatus.Open || status.HasClosed()))
        {
            throw new DomainRuleException(ProblemCodes.ThemeDialogueNotOpened, "Opinions are grouped into themes once the dialogue has opened.");
        }
    }
}

public sealed class CreateThemeHandler(AppDbContext db, TimeProvider clock) : ICommandHandler<CreateThemeCommand, ThemeDto>
{
    public async ValueTask<ThemeDto> Handle(CreateThemeCommand command, CancellationToken cancellationToken)
    {
        var status = await db.Dialogues.Where(d => d.Id == command.DialogueId).Select(d => (DialogueStatus?)d.Status).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(ProblemCodes.DialogueNotFound, $"There is no dialogue with id {command.DialogueId}.");
        ResultRules.EnsureCanCompile(status);
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

public sealed class TagOpinionHandler(AppDbContext db) : ICommandHandler<TagOpinionCommand, IReadOnlyList<Guid>>
{
    public async ValueTask<IReadOnlyList<Guid>> Handle(TagOpinionCommand command, CancellationToken cancellationToken)
    {
        var opinion = await db.Opinions.SingleOrDefaultAsync(o => o.Id == command.OpinionId, cancellationToken)
            ?? throw new NotFoundException(ProblemCodes.OpinionNotFound, $"There is no opinion with id {command.OpinionId}.");
        var status = await db.Dialogues.Where(d => d.Id == opinion.DialogueId).Select(d => d.Status).SingleAsync(cancellationToken);
        ResultRules.EnsureCanCompile(status);
        var wanted = command.Body.ThemeIds.Distinct().ToList();
        var known = await db.Themes.Where(t => t.DialogueId == opinion.DialogueId && wanted.Contains(t.Id)).Select(t => t.Id).ToListAsync(cancellationToken);
        if (known.Count != wanted.Count)
        {
            throw new ValidationException([new FluentValidation.Results.ValidationFailure("themeIds", "Every theme must be one of this dialogue's themes.")]);
        }

        opinion.Tag(wanted);
        await db.SaveChangesAsync(cancellationToken);
        return opinion.ThemeIds;
    }
}
