using Medborgardialog.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Medborgardialog.Api.Infrastructure.Persistence.Configurations;

internal sealed class ThemeConfiguration : IEntityTypeConfiguration<Theme>
{
    public void Configure(EntityTypeBuilder<Theme> builder)
    {
        builder.ToTable("themes");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Name).HasMaxLength(OutcomeLimits.ThemeName);
        builder.HasOne<Dialogue>().WithMany().HasForeignKey(t => t.DialogueId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => new { t.DialogueId, t.Name }).IsUnique();
    }
}
