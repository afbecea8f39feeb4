using Medborgardialog.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpgsqlTypes;

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

        // Compiling (issue 18), kept by PostgreSQL itself from the text and the free-text answers
        // (opinion_search_text, an immutable SQL function of the migration Compiling) — shadow columns, as they are
        // the database's way of searching, not part of what an opinion is:
        // Swedish full text (stemmed, stop words out) with a GIN index, for websearch_to_tsquery and ranking;
        builder.Property<NpgsqlTsVector>(OpinionSearch.Vector)
            .HasComputedColumnSql("to_tsvector('swedish'::regconfig, opinion_search_text(text, answers))", stored: true);
        builder.HasIndex(OpinionSearch.Vector).HasMethod("GIN");
        // the same words as written, with a trigram index, for parts of words ("cykel" in "elcykelparkering");
        builder.Property<string>(OpinionSearch.Text).HasComputedColumnSql("opinion_search_text(text, answers)", stored: true);
        builder.HasIndex(OpinionSearch.Text).HasMethod("GIN").HasOperators("gin_trgm_ops");
        // and what near-identical copies share: the words without case, spaces or punctuation (null when none).
        builder.Property<Guid?>(OpinionSearch.Fingerprint)
            .HasComputedColumnSql("(md5(nullif(lower(regexp_replace(opinion_search_text(text, answers), '[^[:alnum:]]+', '', 'g')), '')))::uuid", stored: true);
        builder.HasIndex(nameof(Opinion.DialogueId), OpinionSearch.Fingerprint);
    }
}
