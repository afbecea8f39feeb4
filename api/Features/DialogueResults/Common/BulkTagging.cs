using Npgsql;

namespace Medborgardialog.Api.Features.DialogueResults.Common;

/// <summary>
/// Tags or untags many opinions in one statement, by PostgreSQL itself (<c>UPDATE … WHERE id IN (…) RETURNING id</c>):
/// which opinions is said once, in LINQ (<see cref="OpinionMatches"/>), and is EF Core's own SQL with its parameters;
/// only the opinions that really change are touched and returned, so the operation records exactly what undo restores.
/// </summary>
internal static class BulkTagging
{
    /// <summary>Adds (<see cref="TaggingAction.Tag"/>) or removes the theme on the opinions of <paramref name="opinions"/>
    /// that lack or have it; returns the ids changed.</summary>
    public static async Task<List<Guid>> ApplyAsync(AppDbContext db, IQueryable<Guid> opinions, Guid themeId, TaggingAction action, CancellationToken cancellationToken)
    {
        using var select = opinions.CreateDbCommand();
        var parameters = select.Parameters.Cast<NpgsqlParameter>().Select(p => (object)p.Clone()).ToList();
        parameters.Add(new NpgsqlParameter("md_theme", themeId));
        var (set, only) = action == TaggingAction.Tag
            ? ("array_append(theme_ids, @md_theme)", "NOT (theme_ids @> ARRAY[@md_theme])")
            : ("array_remove(theme_ids, @md_theme)", "theme_ids @> ARRAY[@md_theme]");
        // Only EF Core's own SQL and two fixed fragments are put together here; every value is a parameter.
        var sql = $"""
            UPDATE opinions SET theme_ids = {set}
            WHERE id IN (SELECT m.id FROM ({select.CommandText}) AS m(id)) AND {only}
            RETURNING id AS "Value"
            """;
        return await db.Database.SqlQueryRaw<Guid>(sql, parameters.ToArray()).ToListAsync(cancellationToken);
    }

    /// <summary>Undoes an operation: exactly the opinions it changed get back the theme it took, or lose the one it gave.</summary>
    public static Task<int> UndoAsync(AppDbContext db, TaggingOperation operation, CancellationToken cancellationToken)
    {
        var ids = operation.Changed.ToArray();
        return operation.Action == TaggingAction.Tag
            ? db.Database.ExecuteSqlAsync($"""
                UPDATE opinions SET theme_ids = array_remove(theme_ids, {operation.ThemeId})
                WHERE id = ANY({ids}) AND theme_ids @> ARRAY[{operation.ThemeId}]
                """, cancellationToken)
            : db.Database.ExecuteSqlAsync($"""
                UPDATE opinions SET theme_ids = array_append(theme_ids, {operation.ThemeId})
                WHERE id = ANY({ids}) AND NOT (theme_ids @> ARRAY[{operation.ThemeId}])
                """, cancellationToken);
    }
}

/// <summary>A bulk change of themes as staff see it in the list of what was done (and can be undone).</summary>
public sealed record TaggingOperationDto(Guid Id, Guid ThemeId, string ThemeName, TaggingAction Action, TaggingSource Source, int Count, DateTimeOffset DoneAt, DateTimeOffset? UndoneAt);
