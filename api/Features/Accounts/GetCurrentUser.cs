using Medborgardialog.Api.Infrastructure.Auth;

namespace Medborgardialog.Api.Features.Accounts;

/// <summary>Who is signed in, and with which roles.</summary>
public sealed record GetCurrentUserQuery(Guid UserId) : IQuery<CurrentUser>;

/// <summary>The signed-in member of staff.</summary>
public sealed record CurrentUser(Guid Id, string Email, string DisplayName, IReadOnlyList<string> Roles);

public sealed class GetCurrentUserHandler(AppDbContext db) : IQueryHandler<GetCurrentUserQuery, CurrentUser>
{
    public async ValueTask<CurrentUser> Handle(GetCurrentUserQuery query, CancellationToken cancellationToken)
    {
        var id = query.UserId;
        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == id)
            .Select(u => new { u.Id, u.Email, u.DisplayName })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(ProblemCodes.AccountNotFound, "The signed-in account no longer exists.");
        var roles = await db.UserRoles.AsNoTracking()
            .Where(ur => ur.UserId == id)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
            .OrderBy(n => n)
            .ToListAsync(cancellationToken);
        return new CurrentUser(user.Id, user.Email ?? "", user.DisplayName, roles);
    }
}
