using Medborgardialog.Api.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Medborgardialog.Api.Infrastructure.Persistence.Configurations;

internal sealed class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    public void Configure(EntityTypeBuilder<StaffUser> builder)
    {
        builder.ToTable("staff_users");
        builder.Property(u => u.DisplayName).HasMaxLength(200);
    }
}

internal sealed class StaffRoleConfiguration : IEntityTypeConfiguration<IdentityRole<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityRole<Guid>> builder)
    {
        builder.ToTable("staff_roles");
        // The four roles are data every environment needs: seeded by the migration, fixed ids.
        builder.HasData(
            Role("0199a000-0000-7000-8000-000000000001", Roles.Administrator),
            Role("0199a000-0000-7000-8000-000000000002", Roles.Official),
            Role("0199a000-0000-7000-8000-000000000003", Roles.Moderator),
            Role("0199a000-0000-7000-8000-000000000004", Roles.ElectedOfficial));
    }

    private static IdentityRole<Guid> Role(string id, string name) => new()
    {
        Id = Guid.Parse(id),
        Name = name,
        NormalizedName = name.ToUpperInvariant(),
        ConcurrencyStamp = id,
    };
}
