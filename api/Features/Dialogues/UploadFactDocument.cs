using FluentValidation;
using Mediator;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Infrastructure.Errors;
using Medborgardialog.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Medborgardialog.Api.Features.Dialogues;

/// <summary>Upload a fact document (PDF, PNG or JPEG, at most 10 MB) to a dialogue that has not closed.</summary>
public sealed record UploadFactDocumentCommand(Guid DialogueId, string Title, string FileName, byte[] Content) : ICommand<UploadFactDocumentResponse>;

/// <summary>The stored document and where the public fetches it.</summary>
public sealed record UploadFactDocumentResponse(Guid Id, string FileName, string ContentType, long SizeBytes, string Url);

public sealed class UploadFactDocumentValidator : AbstractValidator<UploadFactDocumentCommand>
{
    public UploadFactDocumentValidator()
    {
        RuleFor(c => c.DialogueId).NotEmpty().RouteValue("id");
        RuleFor(c => c.Title).NotEmpty().MaximumLength(DialogueLimits.Title);
        RuleFor(c => c.Content).NotEmpty().WithName("file").OverridePropertyName("file").WithMessage("Choose a file.");
        RuleFor(c => c.Content.LongLength).LessThanOrEqualTo(FactDocument.MaxBytes).OverridePropertyName("file")
            .WithMessage($"The file is larger than {FactDocument.MaxBytes / 1024 / 1024} MB.");
        RuleFor(c => c.Content).Must(bytes => FactDocument.DetectContentType(bytes) is not null).When(c => c.Content.Length > 0)
            .OverridePropertyName("file").WithMessage("Only PDF, PNG and JPEG files can be uploaded.");
    }
}

public sealed class UploadFactDocumentHandler(AppDbContext db, TimeProvider clock) : ICommandHandler<UploadFactDocumentCommand, UploadFactDocumentResponse>
{
    public async ValueTask<UploadFactDocumentResponse> Handle(UploadFactDocumentCommand command, CancellationToken cancellationToken)
    {
        var status = await db.Dialogues.Where(d => d.Id == command.DialogueId).Select(d => (DialogueStatus?)d.Status).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(ProblemCodes.DialogueNotFound, $"There is no dialogue with id {command.DialogueId}.");
        if (!status.IsBeforeClosing())
        {
            throw new DomainRuleException(ProblemCodes.DocumentDialogueClosed, "Fact material can only be added until the dialogue closes.");
        }

        var contentType = FactDocument.DetectContentType(command.Content)!;
        var document = new FactDocument(
            Guid.CreateVersion7(clock.GetUtcNow()),
            command.DialogueId,
            command.Title.Trim(),
            FactDocument.SafeFileName(command.FileName, contentType),
            contentType,
            command.Content,
            clock.GetUtcNow());
        db.FactDocuments.Add(document);
        await db.SaveChangesAsync(cancellationToken);
        return new UploadFactDocumentResponse(document.Id, document.FileName, contentType, document.SizeBytes, $"/api/documents/{document.Id}");
    }
}
