using System.Globalization;
using System.Net;
using System.Text;
using FluentValidation;
using Mediator;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Infrastructure.Errors;
using Medborgardialog.Api.Infrastructure.Http;
using Medborgardialog.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Medborgardialog.Api.Features.DialogueResults;

/// <summary>Records that the decision basis was handed over (evidence for promise Q2) and says where to read it.</summary>
public sealed record ExportDecisionBasisCommand(Guid DialogueId) : ICommand<ExportDecisionBasisResponse>;

/// <summary>Where the printable decision basis and the anonymised CSV are, and when it was first exported.</summary>
public sealed record ExportDecisionBasisResponse(string HtmlUrl, string CsvUrl, DateTimeOffset FirstExportedAt, int ExportCount);

public sealed class ExportDecisionBasisValidator : AbstractValidator<ExportDecisionBasisCommand>
{
    public ExportDecisionBasisValidator() => RuleFor(c => c.DialogueId).NotEmpty().RouteValue("id");
}

public sealed class ExportDecisionBasisHandler(AppDbContext db, TimeProvider clock) : ICommandHandler<ExportDecisionBasisCommand, ExportDecisionBasisResponse>
{
    public async ValueTask<ExportDecisionBasisResponse> Handle(ExportDecisionBasisCommand command, CancellationToken cancellationToken)
    {
        var status = await db.Dialogues.Where(d => d.Id == command.DialogueId).Select(d => (DialogueStatus?)d.Status).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(ProblemCodes.DialogueNotFound, $"There is no dialogue with id {command.DialogueId}.");
        if (!status.HasClosed())
        {
            throw new DomainRuleException(ProblemCodes.DecisionBasisDialogueNotClosed, "The decision basis is exported after the dialogue has closed.");
        }

        var result = await db.DialogueResults.SingleOrDefaultAsync(r => r.DialogueId == command.DialogueId, cancellationToken);
        if (result is null)
        {
            result = new DialogueResult(command.DialogueId);
            db.DialogueResults.Add(result);
        }

        result.Exported(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return new ExportDecisionBasisResponse(
            $"/api/staff/dialogues/{command.DialogueId}/decision-basis.html",
            $"/api/staff/dialogues/{command.DialogueId}/opinions.csv",
            result.FirstExportedAt!.Value, result.ExportCount);
    }
}
