namespace Medborgardialog.Api.Features.Dialogues;

/// <summary>A fact document of a public dialogue, to read or download.</summary>
public sealed record GetFactDocumentQuery(Guid Id) : IQuery<FactDocumentFile>;

/// <summary>The file's bytes with the content type its bytes showed at upload.</summary>
public sealed record FactDocumentFile(string FileName, string ContentType, byte[] Content, DateTimeOffset UploadedAt);

public sealed class GetFactDocumentValidator : AbstractValidator<GetFactDocumentQuery>
{
    public GetFactDocumentValidator() => RuleFor(q => q.Id).NotEmpty();
}

public sealed class GetFactDocumentHandler(AppDbContext db) : IQueryHandler<GetFactDocumentQuery, FactDocumentFile>
{
    public async ValueTask<FactDocumentFile> Handle(GetFactDocumentQuery query, CancellationToken cancellationToken) =>
        await db.FactDocuments.AsNoTracking()
            .Where(f => f.Id == query.Id && db.Dialogues.Where(Dialogue.IsPublic).Any(d => d.Id == f.DialogueId))
            .Select(f => new FactDocumentFile(f.FileName, f.ContentType, f.Content, f.UploadedAt))
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(ProblemCodes.DocumentNotFound, $"There is no public document with id {query.Id}.");
}
