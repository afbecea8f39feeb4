using Medborgardialog.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Medborgardialog.Api.Infrastructure.Persistence.Configurations;

internal sealed class OutgoingEmailConfiguration : IEntityTypeConfiguration<OutgoingEmail>
{
    public void Configure(EntityTypeBuilder<OutgoingEmail> builder)
    {
        builder.ToTable("outgoing_emails");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Kind).HasMaxLength(50);
        builder.Property(e => e.ToAddress).HasMaxLength(256);
        builder.Property(e => e.Subject).HasMaxLength(300);
        builder.Property(e => e.LastError).HasMaxLength(500);
        builder.Ignore(e => e.MessageId);
        // One feedback e-mail per participant and feedback, whatever happens.
        builder.HasIndex(e => new { e.FeedbackId, e.OpinionId }).IsUnique().HasFilter("feedback_id IS NOT NULL");
        // One notice per follower and step, one digest per follower and week, whatever happens.
        builder.HasIndex(e => new { e.DialogueEventId, e.FollowerId }).IsUnique().HasFilter("dialogue_event_id IS NOT NULL");
        builder.HasIndex(e => new { e.FollowerId, e.DigestWeek }).IsUnique().HasFilter("digest_week IS NOT NULL");
        // A deleted follower's sent rows stay (the ledger keeps that they were sent); unsent ones are deleted with the follower first.
        builder.HasOne<Follower>().WithMany().HasForeignKey(e => e.FollowerId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<DialogueEvent>().WithMany().HasForeignKey(e => e.DialogueEventId).OnDelete(DeleteBehavior.Cascade);
        // The sending job's queue: unsent mail by when it is next due.
        builder.HasIndex(e => e.NextAttemptAt).HasFilter("sent_at IS NULL");
    }
}
