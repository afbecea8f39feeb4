using Medborgardialog.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Medborgardialog.Api.Infrastructure.Persistence.Configurations;

internal sealed class FollowerConfiguration : IEntityTypeConfiguration<Follower>
{
    public void Configure(EntityTypeBuilder<Follower> builder)
    {
        builder.ToTable("followers");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Email).HasMaxLength(256);
        builder.HasIndex(f => f.Email).IsUnique(); // one follower per address
        builder.Property(f => f.Language).HasMaxLength(8);
        builder.Property(f => f.Frequency).HasConversion<string>().HasMaxLength(16);
        builder.Property(f => f.ConsentVersion).HasMaxLength(50);
        builder.HasMany(f => f.Follows).WithOne().HasForeignKey(f => f.FollowerId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(f => f.Follows).AutoInclude(false);
    }
}

internal sealed class FollowConfiguration : IEntityTypeConfiguration<Follow>
{
    public void Configure(EntityTypeBuilder<Follow> builder)
    {
        builder.ToTable("follows");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Scope).HasConversion<string>().HasMaxLength(16);
        builder.Property(f => f.District).HasMaxLength(100);
        builder.Property(f => f.Topic).HasMaxLength(100);
        builder.HasOne<Dialogue>().WithMany().HasForeignKey(f => f.DialogueId).OnDelete(DeleteBehavior.Cascade);
        // The fan-out's lookups: a dialogue's followers, and the followers of new dialogues.
        builder.HasIndex(f => new { f.DialogueId, f.FollowerId }).IsUnique().HasFilter("dialogue_id IS NOT NULL");
        builder.HasIndex(f => f.FollowerId).HasFilter("dialogue_id IS NULL");
    }
}

internal sealed class DialogueEventConfiguration : IEntityTypeConfiguration<DialogueEvent>
{
    public void Configure(EntityTypeBuilder<DialogueEvent> builder)
    {
        builder.ToTable("dialogue_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(32);
        builder.HasOne<Dialogue>().WithMany(d => d.Events).HasForeignKey(e => e.DialogueId).OnDelete(DeleteBehavior.Cascade);
        // The distribution job's queue.
        builder.HasIndex(e => e.At).HasFilter("distributed_at IS NULL");
        builder.HasIndex(e => new { e.DialogueId, e.At });
    }
}
