using Medborgardialog.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Medborgardialog.Api.Infrastructure.Persistence.Configurations;

internal sealed class DialogueConfiguration : IEntityTypeConfiguration<Dialogue>
{
    public void Configure(EntityTypeBuilder<Dialogue> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Version).IsRowVersion();
        builder.Property(d => d.Slug).HasMaxLength(DialogueLimits.Slug);
        builder.HasIndex(d => d.Slug).IsUnique();
        builder.Property(d => d.Title).HasMaxLength(DialogueLimits.Title);
        builder.Property(d => d.Summary).HasMaxLength(DialogueLimits.Summary);
        builder.Property(d => d.Question).HasMaxLength(DialogueLimits.Question);
        builder.Property(d => d.Committee).HasMaxLength(DialogueLimits.Committee);
        builder.Property(d => d.CaseNumber).HasMaxLength(DialogueLimits.CaseNumber);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(32);
        builder.PrimitiveCollection(d => d.Forms).ElementType().HasConversion<string>();
        builder.PrimitiveCollection(d => d.TargetGroups).ElementType().HasConversion<string>();
        builder.ComplexCollection(d => d.Places, places => places.ToJson());
        // The public list: published dialogues, newest first.
        builder.HasIndex(d => new { d.Status, d.PublishedAt });
    }
}
