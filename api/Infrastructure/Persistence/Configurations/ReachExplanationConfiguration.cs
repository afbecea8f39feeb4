using Medborgardialog.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Medborgardialog.Api.Infrastructure.Persistence.Configurations;

internal sealed class ReachExplanationConfiguration : IEntityTypeConfiguration<ReachExplanation>
{
    public void Configure(EntityTypeBuilder<ReachExplanation> builder)
    {
        builder.ToTable("reach_explanations");
        builder.HasKey(e => new { e.DialogueId, e.Group });
        builder.Property(e => e.Group).HasConversion<string>().HasMaxLength(40);
        builder.Property(e => e.Text).HasMaxLength(ReachExplanation.MaxText);
        builder.HasOne<Dialogue>().WithMany().HasForeignKey(e => e.DialogueId).OnDelete(DeleteBehavior.Cascade);
    }
}
