using Mediator;
using Medborgardialog.Api.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Medborgardialog.Api.Features.Officials;

public static class OfficialEndpoints
{
    public static IEndpointRouteBuilder MapOfficialEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/officials").WithTags("Officials");

        group.MapGet("/", async Task<Ok<IReadOnlyList<ElectedOfficialDto>>> (ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListElectedOfficialsQuery(), ct)))
            .WithName("ListElectedOfficials")
            .WithSummary("The elected officials: party, role, committees, public contact, office hours, and their dialogues.")
            .AllowAnonymous();

        group.MapPost("/", async Task<Created<AddElectedOfficialResponse>> (AddElectedOfficialRequest official, ISender sender, CancellationToken ct) =>
                TypedResults.Created((string?)null, await sender.Send(new AddElectedOfficialCommand(official), ct)))
            .WithName("AddElectedOfficial")
            .WithSummary("Add an elected official to the public directory (Administrators).")
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.Administrator);

        return app;
    }
}
