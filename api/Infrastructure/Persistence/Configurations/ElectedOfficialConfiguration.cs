using Medborgardialog.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Medborgardialog.Api.Infrastructure.Persistence.Configurations;

internal sealed class ElectedOfficialConfiguration : IEntityTypeConfiguration<ElectedOfficial>
{
    public void Configure(EntityTypeBuilder<ElectedOfficial> builder)
    {
        builder.ToTable("elected_officials");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.Party).HasMaxLength(100);
        builder.Property(o => o.Role).HasMaxLength(200);
        builder.Property(o => o.PublicEmail).HasMaxLength(256);
        builder.Property(o => o.PublicPhone).HasMaxLength(50);
        builder.Property(o => o.OfficeHours).HasMaxLength(500);
    }
}
