using Medborgardialog.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Medborgardialog.Api.Infrastructure.Persistence.Configurations;

internal sealed class ModerationLogEntryConfiguration : IEntityTypeConfiguration<ModerationLogEntry>
{
    public void Configure(EntityTypeBuilder<ModerationLogEntry> builder)
    {
        builder.ToTable("moderation_log");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(40);
        builder.Property(e => e.Reason).HasMaxLength(ModerationLimits.Reason);
        builder.HasOne<Opinion>().WithMany().HasForeignKey(e => e.OpinionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => new { e.DialogueId, e.At });
    }
}
