namespace Medborgardialog.Api.Features.DialogueResults;

/// <summary>Groups one opinion under themes of its dialogue (the whole list; empty removes all).</summary>
public sealed record TagOpinionRequest(IReadOnlyList<Guid> ThemeIds);

public sealed record TagOpinionCommand(Guid OpinionId, TagOpinionRequest Body) : ICommand<IReadOnlyList<Guid>>;

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

public sealed class TagOpinionHandler(AppDbContext db) : ICommandHandler<TagOpinionCommand, IReadOnlyList<Guid>>
{
    public async ValueTask<IReadOnlyList<Guid>> Handle(TagOpinionCommand command, CancellationToken cancellationToken)
    {
        var opinion = await db.Opinions.SingleOrDefaultAsync(o => o.Id == command.OpinionId, cancellationToken)
            ?? throw new NotFoundException(ProblemCodes.OpinionNotFound, $"There is no opinion with id {command.OpinionId}.");
        var status = await db.Dialogues.Where(d => d.Id == opinion.DialogueId).Select(d => d.Status).SingleAsync(cancellationToken);
        Theme.EnsureOpinionsCanBeGrouped(status);
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
