using Medborgardialog.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Medborgardialog.Api.Infrastructure.Persistence.Configurations;

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
