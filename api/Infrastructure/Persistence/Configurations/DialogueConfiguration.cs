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

internal sealed class DialogueStatusChangeConfiguration : IEntityTypeConfiguration<DialogueStatusChange>
{
    public void Configure(EntityTypeBuilder<DialogueStatusChange> builder)
    {
        builder.ToTable("dialogue_status_changes");
        builder.HasKey(c => c.Id);
        // Ids are made by the domain: a change found through the navigation is new, to be inserted.
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasIndex("DialogueId", nameof(DialogueStatusChange.Number)).IsUnique();
        builder.Property(c => c.From).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.To).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.ByName).HasMaxLength(200);
        builder.Property(c => c.Reason).HasMaxLength(DialogueLimits.CancellationReason);
    }
}

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

internal sealed class DistrictConfiguration : IEntityTypeConfiguration<District>
{
    public void Configure(EntityTypeBuilder<District> builder)
    {
        builder.ToTable("districts");
        builder.HasKey(d => d.Code);
        builder.Property(d => d.Code).HasMaxLength(40);
        builder.Property(d => d.Name).HasMaxLength(100);
        // Karlskoga's districts: reference data every environment needs, so the migration writes it.
        string[] names =
        [
            "Hela kommunen", "Centrum", "Bregården", "Rävåsen", "Baggängen", "Karlberg", "Bäckegården", "Ölmbrotorp",
            "Aggerud", "Granbergsdal", "Valåsen", "Immetorp", "Skranta", "Sandviken", "Lakene", "Villingsberg",
        ];
        builder.HasData(names.Select((name, i) => new District(Domain.Slug.From(name, 40), name, i)));
    }
}

internal sealed class ElectedOfficialConfiguration : IEntityTypeConfiguration<ElectedOfficial>
{
    public void Configure(EntityTypeBuilder<ElectedOfficial> builder)
    {
        builder.ToTable("elected_officials");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.Party).HasMaxLength(100);
        builder.Property(o => o.Role).HasMaxLength(200);
        builder.Property(o => o.PublicEmail).HasMaxLength(256);
        builder.Property(o => o.PublicPhone).HasMaxLength(50);
        builder.Property(o => o.OfficeHours).HasMaxLength(500);
    }
}

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

internal sealed class SessionSignUpConfiguration : IEntityTypeConfiguration<SessionSignUp>
{
    public void Configure(EntityTypeBuilder<SessionSignUp> builder)
    {
        builder.ToTable("session_sign_ups");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.Property(s => s.Email).HasMaxLength(256);
        builder.HasOne<DialogueSession>().WithMany().HasForeignKey(s => s.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.ForgetAfter);
    }
}

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
        // The sending job's queue: unsent mail by when it is next due.
        builder.HasIndex(e => e.NextAttemptAt).HasFilter("sent_at IS NULL");
    }
}

internal sealed class OpinionConfiguration : IEntityTypeConfiguration<Opinion>
{
    public void Configure(EntityTypeBuilder<Opinion> builder)
    {
        builder.ToTable("opinions");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Channel).HasConversion<string>().HasMaxLength(32);
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

internal sealed class OpinionReportConfiguration : IEntityTypeConfiguration<OpinionReport>
{
    public void Configure(EntityTypeBuilder<OpinionReport> builder)
    {
        builder.ToTable("opinion_reports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Reason).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.ReporterHash).HasMaxLength(64);
        builder.HasOne<Opinion>().WithMany().HasForeignKey(r => r.OpinionId).OnDelete(DeleteBehavior.Cascade);
        // One report per opinion and reporter, enforced by the database (two racing reports: one wins).
        builder.HasIndex(r => new { r.OpinionId, r.ReporterHash }).IsUnique();
    }
}

internal sealed class ModerationLogEntryConfiguration : IEntityTypeConfiguration<ModerationLogEntry>
{
    public void Configure(EntityTypeBuilder<ModerationLogEntry> builder)
    {
        builder.ToTable("moderation_log");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(40);
        builder.Property(e => e.Reason).HasMaxLength(ModerationLimits.Reason);
        builder.HasOne<Opinion>().WithMany().HasForeignKey(e => e.OpinionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => new { e.DialogueId, e.At });
    }
}

internal sealed class ThemeConfiguration : IEntityTypeConfiguration<Theme>
{
    public void Configure(EntityTypeBuilder<Theme> builder)
    {
        builder.ToTable("themes");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Name).HasMaxLength(OutcomeLimits.ThemeName);
        builder.HasOne<Dialogue>().WithMany().HasForeignKey(t => t.DialogueId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => new { t.DialogueId, t.Name }).IsUnique();
    }
}

internal sealed class DialogueResultConfiguration : IEntityTypeConfiguration<DialogueResult>
{
    public void Configure(EntityTypeBuilder<DialogueResult> builder)
    {
        builder.ToTable("dialogue_results");
        builder.HasKey(r => r.DialogueId);
        builder.Property(r => r.DialogueId).ValueGeneratedNever();
        builder.Property(r => r.Summary).HasMaxLength(OutcomeLimits.Summary);
        builder.HasOne<Dialogue>().WithOne().HasForeignKey<DialogueResult>(r => r.DialogueId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DecisionConfiguration : IEntityTypeConfiguration<Decision>
{
    public void Configure(EntityTypeBuilder<Decision> builder)
    {
        builder.ToTable("decisions");
        builder.HasKey(d => d.DialogueId);
        builder.Property(d => d.DialogueId).ValueGeneratedNever();
        builder.Property(d => d.Committee).HasMaxLength(DialogueLimits.Committee);
        builder.Property(d => d.CaseNumber).HasMaxLength(DialogueLimits.CaseNumber);
        builder.Property(d => d.Text).HasMaxLength(OutcomeLimits.DecisionText);
        builder.Property(d => d.HowResultWasUsed).HasMaxLength(OutcomeLimits.DecisionText);
        builder.Property(d => d.DecisionUrl).HasMaxLength(DialogueLimits.PlaceUrl);
        builder.HasOne<Dialogue>().WithOne().HasForeignKey<Decision>(d => d.DialogueId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FeedbackConfiguration : IEntityTypeConfiguration<Feedback>
{
    public void Configure(EntityTypeBuilder<Feedback> builder)
    {
        builder.ToTable("feedbacks");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Text).HasMaxLength(OutcomeLimits.FeedbackText);
        builder.Property(f => f.PressSummary).HasMaxLength(OutcomeLimits.FeedbackText * 2);
        builder.ComplexCollection(f => f.Links, links => links.ToJson());
        // One feedback per dialogue: publishing twice is refused by the domain and, in a race, by this index.
        builder.HasOne<Dialogue>().WithOne().HasForeignKey<Feedback>(f => f.DialogueId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => f.DialogueId).IsUnique();
        builder.HasIndex(f => f.PublishedAt);
    }
}

internal sealed class ReachExplanationConfiguration : IEntityTypeConfiguration<ReachExplanation>
{
    public void Configure(EntityTypeBuilder<ReachExplanation> builder)
    {
        builder.ToTable("reach_explanations");
        builder.HasKey(e => new { e.DialogueId, e.Group });
        builder.Property(e => e.Group).HasConversion<string>().HasMaxLength(40);
        builder.Property(e => e.Text).HasMaxLength(ReachExplanation.MaxText);
        builder.HasOne<Dialogue>().WithMany().HasForeignKey(e => e.DialogueId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ComplianceReminderConfiguration : IEntityTypeConfiguration<ComplianceReminder>
{
    public void Configure(EntityTypeBuilder<ComplianceReminder> builder)
    {
        builder.ToTable("compliance_reminders");
        // One reminder per dialogue and promise, whatever happens: the primary key says so.
        builder.HasKey(r => new { r.DialogueId, r.Promise });
        builder.Property(r => r.Promise).HasMaxLength(20);
        builder.HasOne<Dialogue>().WithMany().HasForeignKey(r => r.DialogueId).OnDelete(DeleteBehavior.Cascade);
    }
}
