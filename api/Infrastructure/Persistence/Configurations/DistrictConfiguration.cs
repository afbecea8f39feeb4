using Medborgardialog.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Medborgardialog.Api.Infrastructure.Persistence.Configurations;

internal sealed class DistrictConfiguration : IEntityTypeConfiguration<District>
{
    public void Configure(EntityTypeBuilder<District> builder)
    {
        builder.ToTable("districts");
        builder.HasKey(d => d.Code);
        builder.Property(d => d.Code).HasMaxLength(40);
        builder.Property(d => d.Name).HasMaxLength(100);
        builder.Property(d => d.Area).HasColumnType("geometry(MultiPolygon, 4326)");
        builder.HasIndex(d => d.Area).HasMethod("GIST");
        // Karlskoga's districts: reference data every environment needs, so the migration writes it.
        string[] names =
        [
            "Hela kommunen", "Centrum", "Bregården", "Rävåsen", "Baggängen", "Karlberg", "Bäckegården", "Ölmbrotorp",
            "Aggerud", "Granbergsdal", "Valåsen", "Immetorp", "Skranta", "Sandviken", "Lakene", "Villingsberg",
        ];
        builder.HasData(names.Select((name, i) => new District(Domain.Slug.From(name, 40), name, i)));
    }
}
