using Medborgardialog.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Medborgardialog.Api.Infrastructure.Persistence.Configurations;

internal sealed class FeedbackConfiguration : IEntityTypeConfiguration<Feedback>
{
    public void Configure(EntityTypeBuilder<Feedback> builder)
    {
        builder.ToTable("feedbacks");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Text).HasMaxLength(OutcomeLimits.FeedbackText);
        builder.Property(f => f.PressSummary).HasMaxLength(OutcomeLimits.FeedbackText * 2);
        builder.ComplexCollection(f => f.Links, links => links.ToJson());
        // One feedback per dialogue: publishing twice is refused by the domain and, in a race, by this index.
        builder.HasOne<Dialogue>().WithOne().HasForeignKey<Feedback>(f => f.DialogueId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => f.DialogueId).IsUnique();
        builder.HasIndex(f => f.PublishedAt);
    }
}
