using Medborgardialog.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Medborgardialog.Api.Infrastructure.Persistence.Configurations;

internal sealed class ThemeSuggestionRunConfiguration : IEntityTypeConfiguration<ThemeSuggestionRun>
{
    public void Configure(EntityTypeBuilder<ThemeSuggestionRun> builder)
    {
        builder.ToTable("theme_suggestion_runs");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Ignore(r => r.IsWorking);
        builder.HasOne<Dialogue>().WithMany().HasForeignKey(r => r.DialogueId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.DialogueId, r.RequestedAt });
        // At most one run queued or working per dialogue: the database says so too, whichever instance asks.
        builder.HasIndex(r => r.DialogueId).IsUnique().HasFilter("status IN ('Queued', 'Running')").HasDatabaseName("ix_theme_suggestion_runs_one_working");
    }
}

internal sealed class ThemeSuggestionConfiguration : IEntityTypeConfiguration<ThemeSuggestion>
{
    public void Configure(EntityTypeBuilder<ThemeSuggestion> builder)
    {
        builder.ToTable("theme_suggestions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Name).HasMaxLength(OutcomeLimits.ThemeName);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Terms).AsJsonb();
        builder.HasOne<ThemeSuggestionRun>().WithMany().HasForeignKey(s => s.RunId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Theme>().WithMany().HasForeignKey(s => s.ThemeId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(s => new { s.RunId, s.Position });
    }
}

internal sealed class TaggingOperationConfiguration : IEntityTypeConfiguration<TaggingOperation>
{
    public void Configure(EntityTypeBuilder<TaggingOperation> builder)
    {
        builder.ToTable("tagging_operations");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Action).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.Source).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<Dialogue>().WithMany().HasForeignKey(t => t.DialogueId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Theme>().WithMany().HasForeignKey(t => t.ThemeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => new { t.DialogueId, t.DoneAt });
    }
}
