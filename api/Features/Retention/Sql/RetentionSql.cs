using Medborgardialog.Api.Infrastructure.Persistence.Configurations;

namespace Medborgardialog.Api.Features.Retention.Sql;

/// <summary>The area's raw SQL, in one place: what EF Core cannot ask of a jsonb column, composed into LINQ by the use case.</summary>
internal static class RetentionSql
{
    /// <summary>The ids of opinions whose automatic check found personal data (<c>content_hits</c> holds a hit of the
    /// category <see cref="ContentCategory.PersonalData"/>, written as the column writes it).</summary>
    public static IQueryable<Guid> WithPersonalDataHit(AppDbContext db) => db.Database.SqlQuery<Guid>($"""
        SELECT id AS "Value" FROM opinions WHERE content_hits @> {PersonalDataHit}::jsonb
        """);

    private static readonly string PersonalDataHit = JsonColumn.Serialize(new[] { new { Category = ContentCategory.PersonalData } });
}
