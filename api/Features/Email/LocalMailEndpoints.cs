using Medborgardialog.Api.Infrastructure.Email;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Medborgardialog.Api.Features.Email;

public static class LocalMailEndpoints
{
    public static IEndpointRouteBuilder MapLocalMailEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/staff/local-mail").WithTags("Email").RequireAuthorization(Medborgardialog.Api.Infrastructure.Auth.Policies.Administrator);
        group.MapGet("/", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListLocalMailQuery(), ct)))
            .WithName("ListLocalMail")
            .WithSummary("Mail kept as .eml files when no SMTP server is configured (the local default), newest first. Administrators.");
        group.MapGet("/{id}", async (string id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetLocalMailQuery(id), ct)))
            .WithName("GetLocalMail")
            .WithSummary("One locally kept message as text. Administrators.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }
}
