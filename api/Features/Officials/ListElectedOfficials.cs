namespace Medborgardialog.Api.Features.Officials;

/// <summary>The public directory of elected officials and the public dialogues each is responsible for.</summary>
public sealed record ListElectedOfficialsQuery : IQuery<IReadOnlyList<ElectedOfficialDto>>;

/// <summary>An elected official as the public sees them: visible and accessible, public contact only.</summary>
public sealed record ElectedOfficialDto(
    Guid Id,
    string Name,
    string Party,
    string Role,
    List<string> Committees,
    string? PublicEmail,
    string? PublicPhone,
    string? OfficeHours,
    IReadOnlyList<OfficialDialogueDto> Dialogues);

/// <summary>A public dialogue an official is responsible for.</summary>
public sealed record OfficialDialogueDto(string Slug, string Title, DialogueStatus Status);

public sealed class ListElectedOfficialsHandler(AppDbContext db) : IQueryHandler<ListElectedOfficialsQuery, IReadOnlyList<ElectedOfficialDto>>
{
    public async ValueTask<IReadOnlyList<ElectedOfficialDto>> Handle(ListElectedOfficialsQuery query, CancellationToken cancellationToken) =>
        await db.ElectedOfficials.AsNoTracking()
            .OrderBy(o => o.Name)
            .Select(o => new ElectedOfficialDto(
                o.Id, o.Name, o.Party, o.Role, o.Committees, o.PublicEmail, o.PublicPhone, o.OfficeHours,
                db.Dialogues
                    .Where(Dialogue.IsPublic)
                    .Where(d => d.ResponsibleOfficialIds.Contains(o.Id))
                    .OrderByDescending(d => d.PublishedAt)
                    .Select(d => new OfficialDialogueDto(d.Slug, d.Title, d.Status))
                    .ToList()))
            .ToListAsync(cancellationToken);
}
