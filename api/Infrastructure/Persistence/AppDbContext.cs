using Medborgardialog.Api.Domain;
using Microsoft.EntityFrameworkCore;

namespace Medborgardialog.Api.Infrastructure.Persistence;

public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options)
{
    public DbSet<Dialogue> Dialogues => Set<Dialogue>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
}
