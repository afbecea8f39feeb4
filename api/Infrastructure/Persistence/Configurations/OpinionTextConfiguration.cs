using Medborgardialog.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Medborgardialog.Api.Infrastructure.Persistence.Configurations;

internal sealed class OpinionTextConfiguration : IEntityTypeConfiguration<OpinionText>
{
    public void Configure(EntityTypeBuilder<OpinionText> builder)
    {
        builder.ToTable("opinion_texts");
        builder.HasKey(t => t.OpinionId);
        builder.Property(t => t.OpinionId).ValueGeneratedNever();
        builder.HasOne<Opinion>().WithOne().HasForeignKey<OpinionText>(t => t.OpinionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => t.SearchVector).HasMethod("GIN");
        builder.HasIndex(t => t.SearchText).HasMethod("GIN").HasOperators("gin_trgm_ops");
        builder.HasIndex(t => new { t.DialogueId, t.Fingerprint });
    }
}
