using Medborgardialog.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Medborgardialog.Api.Infrastructure.Persistence.Configurations;

internal sealed class OpinionReportConfiguration : IEntityTypeConfiguration<OpinionReport>
{
    public void Configure(EntityTypeBuilder<OpinionReport> builder)
    {
        builder.ToTable("opinion_reports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Reason).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.ReporterHash).HasMaxLength(64);
        builder.HasOne<Opinion>().WithMany().HasForeignKey(r => r.OpinionId).OnDelete(DeleteBehavior.Cascade);
        // One report per opinion and reporter, enforced by the database (two racing reports: one wins).
        builder.HasIndex(r => new { r.OpinionId, r.ReporterHash }).IsUnique();
    }
}
