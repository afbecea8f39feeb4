using Medborgardialog.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Medborgardialog.Api.Infrastructure.Persistence.Configurations;

internal sealed class DialogueStatusChangeConfiguration : IEntityTypeConfiguration<DialogueStatusChange>
{
    public void Configure(EntityTypeBuilder<DialogueStatusChange> builder)
    {
        builder.ToTable("dialogue_status_changes");
        builder.HasKey(c => c.Id);
        // Ids are made by the domain: a change found through the navigation is new, to be inserted.
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasIndex("DialogueId", nameof(DialogueStatusChange.Number)).IsUnique();
        builder.Property(c => c.From).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.To).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.ByName).HasMaxLength(200);
        builder.Property(c => c.Reason).HasMaxLength(DialogueLimits.CancellationReason);
    }
}
