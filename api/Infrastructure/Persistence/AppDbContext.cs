using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Medborgardialog.Api.Infrastructure.Persistence;

public class AppDbContext : IdentityDbContext<StaffUser, IdentityRole<Guid>, Guid>, Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.IDataProtectionKeyContext
{
    public AppDbContext(DbContextOptions<AppDbContext> options)
        : base(options)
    {
    }

    /// <summary>For <see cref="ReadOnlyDbContext"/>: the same model over another connection.</summary>
    protected AppDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>ASP.NET Data Protection's keys (sign-in cookies, unsubscribe links), kept in the database so they
    /// survive restarts and are shared by every instance.</summary>
    public DbSet<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey> DataProtectionKeys => Set<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey>();

    public DbSet<Dialogue> Dialogues => Set<Dialogue>();
    public DbSet<District> Districts => Set<District>();
    public DbSet<FactDocument> FactDocuments => Set<FactDocument>();
    public DbSet<SessionSignUp> SessionSignUps => Set<SessionSignUp>();
    public DbSet<OutgoingEmail> OutgoingEmails => Set<OutgoingEmail>();
    public DbSet<Opinion> Opinions => Set<Opinion>();
    public DbSet<MapMark> MapMarks => Set<MapMark>();
    public DbSet<ElectedOfficial> ElectedOfficials => Set<ElectedOfficial>();
    public DbSet<Theme> Themes => Set<Theme>();
    public DbSet<DialogueResult> DialogueResults => Set<DialogueResult>();
    public DbSet<Decision> Decisions => Set<Decision>();
    public DbSet<Feedback> Feedbacks => Set<Feedback>();
    public DbSet<OpinionReport> OpinionReports => Set<OpinionReport>();
    public DbSet<ModerationLogEntry> ModerationLog => Set<ModerationLogEntry>();
    public DbSet<ReachExplanation> ReachExplanations => Set<ReachExplanation>();
    public DbSet<ComplianceReminder> ComplianceReminders => Set<ComplianceReminder>();
    public DbSet<Follower> Followers => Set<Follower>();
    public DbSet<Follow> Follows => Set<Follow>();
    public DbSet<DialogueEvent> DialogueEvents => Set<DialogueEvent>();
    public DbSet<WebhookEndpoint> WebhookEndpoints => Set<WebhookEndpoint>();
    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();
    public DbSet<ThemeSuggestionRun> ThemeSuggestionRuns => Set<ThemeSuggestionRun>();
    public DbSet<ThemeSuggestion> ThemeSuggestions => Set<ThemeSuggestion>();
    public DbSet<TaggingOperation> TaggingOperations => Set<TaggingOperation>();
    public DbSet<OpinionText> OpinionTexts => Set<OpinionText>();

    /// <summary>Set while a dialogue's step was saved and not yet committed (<see cref="DialogueEventKick"/>).</summary>
    internal bool StepsToDistribute { get; set; }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasPostgresExtension("postgis");
        builder.HasPostgresExtension("pg_trgm");
        // Identity names its tables AspNet…; here they read like the rest of the schema.
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("staff_user_claims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("staff_user_logins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("staff_user_tokens");
        builder.Entity<IdentityUserRole<Guid>>().ToTable("staff_user_roles");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("staff_role_claims");
        builder.Entity<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey>().ToTable("data_protection_keys");
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}
