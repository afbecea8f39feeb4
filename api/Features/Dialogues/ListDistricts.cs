namespace Medborgardialog.Api.Features.Dialogues;

/// <summary>Karlskoga's districts, the managed list dialogues refer to.</summary>
public sealed record ListDistrictsQuery : IQuery<IReadOnlyList<DistrictDto>>;

public sealed class ListDistrictsHandler(AppDbContext db) : IQueryHandler<ListDistrictsQuery, IReadOnlyList<DistrictDto>>
{
    public async ValueTask<IReadOnlyList<DistrictDto>> Handle(ListDistrictsQuery query, CancellationToken cancellationToken) =>
        await db.Districts.AsNoTracking()
            .OrderBy(d => d.SortOrder)
            .Select(d => new DistrictDto(d.Code, d.Name))
            .ToListAsync(cancellationToken);
}
