using Medborgardialog.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Medborgardialog.Api.Infrastructure.Persistence.Configurations;

internal sealed class DecisionConfiguration : IEntityTypeConfiguration<Decision>
{
    public void Configure(EntityTypeBuilder<Decision> builder)
    {
        builder.ToTable("decisions");
        builder.HasKey(d => d.DialogueId);
        builder.Property(d => d.DialogueId).ValueGeneratedNever();
        builder.Property(d => d.Committee).HasMaxLength(DialogueLimits.Committee);
        builder.Property(d => d.CaseNumber).HasMaxLength(DialogueLimits.CaseNumber);
        builder.Property(d => d.Text).HasMaxLength(OutcomeLimits.DecisionText);
        builder.Property(d => d.HowResultWasUsed).HasMaxLength(OutcomeLimits.DecisionText);
        builder.Property(d => d.DecisionUrl).HasMaxLength(DialogueLimits.PlaceUrl);
        builder.HasOne<Dialogue>().WithOne().HasForeignKey<Decision>(d => d.DialogueId).OnDelete(DeleteBehavior.Restrict);
    }
}
