using System.Globalization;
using System.Text;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Features.Moderation;
using Medborgardialog.Api.Infrastructure.Auth;
using Medborgardialog.Api.Infrastructure.Errors;
using Medborgardialog.Api.Infrastructure.Http;
using Medborgardialog.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Medborgardialog.Api.Features.Opinions;

/// <summary>The file's header for a dialogue, and an example row, to fill in a spreadsheet.</summary>
public sealed record GetOpinionImportTemplateQuery(Guid DialogueId) : IQuery<string>;

public sealed class GetOpinionImportTemplateValidator : AbstractValidator<GetOpinionImportTemplateQuery>
{
    public GetOpinionImportTemplateValidator() => RuleFor(q => q.DialogueId).NotEmpty().RouteValue("id");
}

public sealed class GetOpinionImportTemplateHandler(AppDbContext db) : IQueryHandler<GetOpinionImportTemplateQuery, string>
{
    public async ValueTask<string> Handle(GetOpinionImportTemplateQuery query, CancellationToken cancellationToken)
    {
        var questions = await db.Dialogues.AsNoTracking().Where(d => d.Id == query.DialogueId).Select(d => d.Questions)
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(ProblemCodes.DialogueNotFound, $"There is no dialogue with id {query.DialogueId}.");
        return OpinionCsv.Template(questions);
    }
}
