using Medborgardialog.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Medborgardialog.Api.Infrastructure.Persistence.Configurations;

internal sealed class ComplianceReminderConfiguration : IEntityTypeConfiguration<ComplianceReminder>
{
    public void Configure(EntityTypeBuilder<ComplianceReminder> builder)
    {
        builder.ToTable("compliance_reminders");
        // One reminder per dialogue and promise, whatever happens: the primary key says so.
        builder.HasKey(r => new { r.DialogueId, r.Promise });
        builder.Property(r => r.Promise).HasMaxLength(20);
        builder.HasOne<Dialogue>().WithMany().HasForeignKey(r => r.DialogueId).OnDelete(DeleteBehavior.Cascade);
    }
}
