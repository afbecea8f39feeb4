using System.Globalization;
using System.Text;
using FluentValidation;
using Mediator;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Infrastructure.Http;
using Medborgardialog.Api.Infrastructure.Persistence;
using Medborgardialog.Api.Words;

namespace Medborgardialog.Api.Features.Compliance;

/// <summary>The same report as CSV: one row per dialogue, one column per promise.</summary>
public sealed record GetTransparencyCsvQuery(int Year) : IQuery<string>;

public sealed class GetTransparencyCsvValidator : AbstractValidator<GetTransparencyCsvQuery>
{
    public GetTransparencyCsvValidator() => RuleFor(q => q.Year).InclusiveBetween(2000, 2100);
}

public sealed class GetTransparencyCsvHandler(AppDbContext db, ComplianceFacts facts) : IQueryHandler<GetTransparencyCsvQuery, string>
{
    public async ValueTask<string> Handle(GetTransparencyCsvQuery query, CancellationToken cancellationToken)
    {
        var checklists = await facts.ChecklistsAsync(Years.PublicOf(db.Dialogues, query.Year), cancellationToken);
        var csv = new StringBuilder("\uFEFF");
        string[] header = ["dialog", "nämnd", "status", "öppnar", "stänger", .. Enum.GetValues<CompliancePromise>().Select(Column), "underlag"];
        csv.AppendLine(string.Join(';', header.Select(CsvField.Of)));
        foreach (var c in checklists.OrderBy(c => c.OpensAt))
        {
            // The vocabulary's Swedish, as the transparency page says it.
            var fields = new List<string> { c.Title, c.Committee, Swedish.Statuses[c.Status], Date(c.OpensAt), Date(c.ClosesAt) };
            fields.AddRange(Enum.GetValues<CompliancePromise>().Select(p => Swedish.ItemStates[c.Items.Single(i => i.Promise == p).State]));
            fields.Add(string.Join(" | ", c.Items.Select(i => $"{Column(i.Promise)}: {string.Join(" ", i.Evidence.Select(SwedishEvidence.Say))}")));
            csv.AppendLine(string.Join(';', fields.Select(CsvField.Of)));
        }

        return csv.ToString();
    }

    private static string Column(CompliancePromise promise) => promise.ToString()[..(promise is CompliancePromise.Q3aInformed or CompliancePromise.Q3bFacts ? 3 : 2)];

    private static string Date(DateTimeOffset at) => at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
