using Microsoft.EntityFrameworkCore;

namespace Medborgardialog.Api.Infrastructure.Persistence;

/// <summary>
/// The context the public pages' queries read through: the hot standby named by <c>ConnectionStrings:ReadOnly</c>
/// when one is configured, else the primary. The same model as <see cref="AppDbContext"/>, no tracking; it never
/// saves (a standby refuses every write, and <see cref="SaveChanges(bool)"/> refuses before it gets there).
/// Writes, staff pages and a resident's own receipt read the primary through <see cref="AppDbContext"/>, so whoever
/// just changed something sees it at once; a public page may lag by the standby's replay delay (milliseconds), and
/// the cache is emptied again once the standby has replayed the change (<c>ClusterSignals</c>).
/// </summary>
public sealed class ReadOnlyDbContext(DbContextOptions<ReadOnlyDbContext> options) : AppDbContext(options)
{
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new InvalidOperationException("The read-only context does not save.");

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("The read-only context does not save.");
}
