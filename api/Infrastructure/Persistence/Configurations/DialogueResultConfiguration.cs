using Medborgardialog.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Medborgardialog.Api.Infrastructure.Persistence.Configurations;

internal sealed class DialogueResultConfiguration : IEntityTypeConfiguration<DialogueResult>
{
    public void Configure(EntityTypeBuilder<DialogueResult> builder)
    {
        builder.ToTable("dialogue_results");
        builder.HasKey(r => r.DialogueId);
        builder.Property(r => r.DialogueId).ValueGeneratedNever();
        builder.Property(r => r.Summary).HasMaxLength(OutcomeLimits.Summary);
        builder.HasOne<Dialogue>().WithOne().HasForeignKey<DialogueResult>(r => r.DialogueId).OnDelete(DeleteBehavior.Cascade);
    }
}
