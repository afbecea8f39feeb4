using Medborgardialog.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Medborgardialog.Api.Infrastructure.Persistence.Configurations;

internal sealed class DialogueConfiguration : IEntityTypeConfiguration<Dialogue>
{
    /// <summary>The shadow column searched by <c>ListDialogues</c>.</summary>
    public const string SearchVector = "SearchVector";

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
        builder.ComplexCollection(d => d.FactLinks, links => links.ToJson());
        builder.Property(d => d.Questions).AsJsonb();
        builder.Property(d => d.Translations).AsJsonb();
        builder.Property(d => d.MapArea).HasColumnType("geometry(Polygon, 4326)");
        builder.Property(d => d.MapStart).AsNullableJsonb();
        builder.Property(d => d.MapPlaces).AsJsonb();
        builder.Property(d => d.ParticipationLevel).HasConversion<string>().HasMaxLength(32);
        builder.Property(d => d.EasyReadText).HasMaxLength(DialogueLimits.EasyReadText);
        builder.Property(d => d.CancellationReason).HasMaxLength(DialogueLimits.CancellationReason);
        builder.Property(d => d.OpinionVisibility).HasConversion<string>().HasMaxLength(16).HasDefaultValue(OpinionVisibility.Internal).HasSentinel((OpinionVisibility)(-1));
        builder.Property(d => d.ModerationMode).HasConversion<string>().HasMaxLength(32);
        builder.Ignore(d => d.EffectiveModeration);
        builder.Ignore(d => d.IsVisibleToThePublic);
        builder.HasMany(d => d.StatusChanges).WithOne().HasForeignKey("DialogueId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.StatusChanges).AutoInclude(false);
        builder.HasMany(d => d.Sessions).WithOne().HasForeignKey(s => s.DialogueId).OnDelete(DeleteBehavior.Cascade);
        // The schedule job looks for announced and open dialogues by their times.
        builder.HasIndex(d => new { d.Status, d.OpensAt });
        builder.HasIndex(d => new { d.Status, d.ClosesAt });
        // Full-text search in Swedish (stemming: "skateparker" finds "skatepark"), kept by PostgreSQL itself.
        builder.Property<NpgsqlTypes.NpgsqlTsVector>(SearchVector)
            .HasComputedColumnSql(
                "to_tsvector('swedish', coalesce(title, '') || ' ' || coalesce(summary, '') || ' ' || coalesce(question, '') || ' ' || coalesce(committee, ''))",
                stored: true);
        builder.HasIndex(SearchVector).HasMethod("GIN");
        // The public list: published dialogues, newest first.
        builder.HasIndex(d => new { d.Status, d.PublishedAt });
    }
}
