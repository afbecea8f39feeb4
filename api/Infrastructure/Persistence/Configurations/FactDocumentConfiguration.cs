using Medborgardialog.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Medborgardialog.Api.Infrastructure.Persistence.Configurations;

internal sealed class FactDocumentConfiguration : IEntityTypeConfiguration<FactDocument>
{
    public void Configure(EntityTypeBuilder<FactDocument> builder)
    {
        builder.ToTable("fact_documents");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Title).HasMaxLength(DialogueLimits.Title);
        builder.Property(d => d.FileName).HasMaxLength(100);
        builder.Property(d => d.ContentType).HasMaxLength(50);
        builder.HasOne<Dialogue>().WithMany().HasForeignKey(d => d.DialogueId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => d.DialogueId);
    }
}
