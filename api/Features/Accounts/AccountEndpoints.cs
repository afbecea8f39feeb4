using System.Security.Claims;
using Medborgardialog.Api.Infrastructure.Auth;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Medborgardialog.Api.Features.Accounts;

public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/api/account").WithTags("Account");

        // Two ways in, one answer each: the SPA's cookie, an integrator's bearer token.
        account.MapPost("/sign-in", async Task<NoContent> (SignInRequest request, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new SignInCommand(request, UseCookies: true), ct);
                return TypedResults.NoContent();
            })
            .WithName("SignIn")
            .WithSummary("Sign in as staff in a browser: the answer sets a secure HttpOnly SameSite cookie (the SPA's way in).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(Policies.SignInRateLimit)
            .AllowAnonymous();

        account.MapPost("/token", async Task<EmptyHttpResult> (SignInRequest request, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new SignInCommand(request, UseCookies: false), ct);
                return TypedResults.Empty; // the bearer handler wrote the token
            })
            .WithName("CreateAccessToken")
            .WithSummary("Sign in as staff from another system: the answer is a bearer token, valid one hour, for the Authorization header.")
            .Produces<AccessTokenResponse>(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(Policies.SignInRateLimit)
            .AllowAnonymous();

        account.MapPost("/sign-out", async Task<NoContent> (ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new SignOutCommand(), ct);
                return TypedResults.NoContent();
            })
            .WithName("SignOut")
            .WithSummary("Sign out of the SPA.")
            .RequireAuthorization(Policies.SignedIn);

        account.MapGet("/me", async Task<Ok<CurrentUser>> (ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetCurrentUserQuery(UserId(user)), ct)))
            .WithName("GetCurrentUser")
            .WithSummary("The signed-in member of staff and their roles.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .RequireAuthorization(Policies.SignedIn);

        account.MapGet("/antiforgery", Antiforgery.IssueToken)
            .WithName("GetAntiforgeryToken")
            .WithSummary("A token the SPA sends in the X-XSRF-TOKEN header with every signed-in change.")
            .AllowAnonymous();

        account.MapPost("/accept-invitation", async Task<NoContent> (AcceptInvitationRequest invitation, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new AcceptInvitationCommand(invitation), ct);
                return TypedResults.NoContent();
            })
            .WithName("AcceptInvitation")
            .WithSummary("Choose a password with an invitation token.")
            .ProducesValidationProblem()
            .RequireRateLimiting(Policies.SignInRateLimit)
            .AllowAnonymous();

        var staff = app.MapGroup("/api/staff").WithTags("Account");

        staff.MapPost("/invitations", async Task<Created<InviteStaffResponse>> (InviteStaffRequest invitation, ISender sender, CancellationToken ct) =>
                TypedResults.Created((string?)null, await sender.Send(new InviteStaffCommand(invitation), ct)))
            .WithName("InviteStaff")
            .WithSummary("Invite a member of staff with one or more roles (Administrators only).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(Policies.Administrator);

        return app;
    }

    private static Guid UserId(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty;
}
