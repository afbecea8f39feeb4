using Medborgardialog.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Medborgardialog.Api.Infrastructure.Persistence.Configurations;

internal sealed class OpinionConfiguration : IEntityTypeConfiguration<Opinion>
{
    public void Configure(EntityTypeBuilder<Opinion> builder)
    {
        builder.ToTable("opinions");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Channel).HasConversion<string>().HasMaxLength(32);
        builder.Property(o => o.Language).HasMaxLength(8).HasDefaultValue(Words.Languages.Swedish);
        builder.Property(o => o.Text).HasMaxLength(OpinionLimits.Text);
        builder.Property(o => o.Answers).AsJsonb();
        builder.HasOne<DialogueSession>().WithMany().HasForeignKey(o => o.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.ComplexProperty(o => o.Background, b =>
        {
            b.Property(x => x.AgeBand).HasConversion<string>().HasMaxLength(32);
            b.Property(x => x.Relation).HasConversion<string>().HasMaxLength(32);
            b.Property(x => x.District).HasMaxLength(40);
        });
        builder.Property(o => o.ReceiptTokenHash).HasMaxLength(64);
        builder.HasIndex(o => o.ReceiptTokenHash).IsUnique();
        builder.Property(o => o.EmailConfirmationTokenHash).HasMaxLength(64);
        builder.HasIndex(o => o.EmailConfirmationTokenHash).IsUnique().HasFilter("email_confirmation_token_hash IS NOT NULL");
        builder.Property(o => o.FeedbackEmail).HasMaxLength(256);
        builder.Property(o => o.ConsentTextVersion).HasMaxLength(40);
        builder.Ignore(o => o.IsWithdrawn);
        builder.HasOne<Dialogue>().WithMany().HasForeignKey(o => o.DialogueId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => new { o.DialogueId, o.WithdrawnAt });
        builder.HasIndex(o => o.ThemeIds).HasMethod("GIN");
        builder.Property(o => o.Moderation).HasConversion<string>().HasMaxLength(32).HasDefaultValue(ModerationStatus.Unreviewed).HasSentinel((ModerationStatus)(-1));
        builder.Property(o => o.ContentHits).AsJsonb().HasDefaultValueSql("'[]'::jsonb");
        builder.Property(o => o.HiddenReason).HasMaxLength(ModerationLimits.Reason);
        builder.Property(o => o.PoliceReportNote).HasMaxLength(ModerationLimits.Reason);
        // The moderation queue: opinions waiting for a moderator, oldest first.
        builder.HasIndex(o => o.AwaitingReviewSince).HasFilter("awaiting_review_since IS NOT NULL");
    }
}
