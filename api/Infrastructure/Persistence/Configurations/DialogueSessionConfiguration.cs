using Medborgardialog.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Medborgardialog.Api.Infrastructure.Persistence.Configurations;

internal sealed class DialogueSessionConfiguration : IEntityTypeConfiguration<DialogueSession>
{
    public void Configure(EntityTypeBuilder<DialogueSession> builder)
    {
        builder.ToTable("dialogue_sessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Version).IsRowVersion();
        builder.Property(s => s.Form).HasConversion<string>().HasMaxLength(32);
        builder.Property(s => s.Title).HasMaxLength(DialogueLimits.Title);
        builder.Property(s => s.PlaceName).HasMaxLength(DialogueLimits.PlaceName);
        builder.Property(s => s.Address).HasMaxLength(DialogueLimits.PlaceAddress);
        builder.Property(s => s.OnlineUrl).HasMaxLength(DialogueLimits.PlaceUrl);
        builder.ComplexProperty(s => s.Accessibility, a =>
        {
            a.Property(x => x.Interpretation).HasMaxLength(200);
            a.Property(x => x.Notes).HasMaxLength(DialogueLimits.PlaceAccessibility);
        });
        builder.Ignore(s => s.PlacesLeft);
        builder.HasIndex(s => s.StartsAt);
    }
}
