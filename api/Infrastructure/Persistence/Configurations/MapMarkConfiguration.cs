using Medborgardialog.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Medborgardialog.Api.Infrastructure.Persistence.Configurations;

internal sealed class MapMarkConfiguration : IEntityTypeConfiguration<MapMark>
{
    public void Configure(EntityTypeBuilder<MapMark> builder)
    {
        builder.ToTable("map_marks");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(8);
        builder.Property(m => m.Geometry).HasColumnType("geometry(Geometry, 4326)");
        builder.Property(m => m.Point).HasColumnType("geometry(Point, 4326)");
        builder.Property(m => m.Longitude).HasComputedColumnSql("ST_X(point)", stored: true);
        builder.Property(m => m.Latitude).HasComputedColumnSql("ST_Y(point)", stored: true);
        builder.Property(m => m.Description).HasMaxLength(MapAnswering.MaxDescription);
        builder.Property(m => m.Comment).HasMaxLength(MapAnswering.MaxComment);
        builder.HasOne<Opinion>().WithMany().HasForeignKey(m => m.OpinionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Dialogue>().WithMany().HasForeignKey(m => m.DialogueId).OnDelete(DeleteBehavior.Restrict);
        // The results map reads one dialogue's marks (by question) in a view; the district counts join on the point.
        builder.HasIndex(m => new { m.DialogueId, m.QuestionId });
        builder.HasIndex(m => m.OpinionId);
        builder.HasIndex(m => m.Point).HasMethod("GIST");
        builder.HasIndex(m => m.Geometry).HasMethod("GIST");
    }
}
