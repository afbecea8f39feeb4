namespace Medborgardialog.Api.Features.Moderation.Sql;

/// <summary>The area's raw SQL, in one place: the row lock EF Core cannot take.</summary>
internal static class ModerationSql
{
    /// <summary>Locks the opinion's row until the transaction ends (<c>SELECT … FOR UPDATE</c>), so a report and a
    /// moderator's action, or two actions, change it one after the other.</summary>
    public static Task LockOpinionAsync(AppDbContext db, Guid opinionId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"SELECT 1 FROM opinions WHERE id = {opinionId} FOR UPDATE", cancellationToken);
}
