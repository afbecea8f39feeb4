using Medborgardialog.Api.Infrastructure.Auth;
using Medborgardialog.Api.Infrastructure.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Medborgardialog.Api.Features.Opinions;

public static class OpinionEndpoints
{
    /// <summary>An opinion with a full questionnaire fits easily; anything larger is refused before it is read (413).</summary>
    public const long OpinionRequestSizeLimit = 256 * 1024;

    public static IEndpointRouteBuilder MapOpinionEndpoints(this IEndpointRouteBuilder app)
    {
        var opinions = app.MapGroup("/api").WithTags("Opinions");

        opinions.MapGet("/dialogues/{id:guid}/opinions", async Task<Ok<PublicOpinionPage>> (Guid id, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListPublicOpinionsQuery(id, page ?? 1, pageSize ?? 20), ct)))
            .WithName("ListPublicOpinions")
            .WithSummary("The public opinions of a dialogue (author anonymised), newest first; hidden ones as a notice with the moderator's reason. 404 when its opinions are internal.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .CachedForEveryoneUntilOpinionsAdded()
            .AllowAnonymous();

        opinions.MapGet("/dialogues/{id:guid}/marks", async Task<Ok<PublicMarksDto>> (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListPublicMarksQuery(id), ct)))
            .WithName("ListPublicMarks")
            .WithSummary("The map questions' marks of a dialogue's public opinions (GeoJSON), newest first, at most 2,000; moderated as the opinions. 404 when its opinions are internal.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .CachedForEveryoneUntilOpinionsAdded()
            .AllowAnonymous();

        opinions.MapPost("/dialogues/{id:guid}/opinions", async Task<Created<SubmitOpinionResponse>> (
                Guid id,
                SubmitOpinionRequest opinion,
                [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
                ISender sender,
                CancellationToken ct) =>
            {
                var receipt = await sender.Send(new SubmitOpinionCommand(id, opinion, idempotencyKey), ct);
                return TypedResults.Created($"/api/receipts/{receipt.ReceiptToken}", receipt);
            })
            .WithName("SubmitOpinion")
            .WithSummary("Give an opinion to an open dialogue, anonymously; the answer is a private receipt link.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithMetadata(new RequestSizeLimitAttribute(OpinionRequestSizeLimit))
            .RequireRateLimiting(Policies.AnonymousWriteRateLimit)
            .AllowAnonymous();

        opinions.MapGet("/receipts/{token}", async Task<Ok<ReceiptDto>> (string token, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetReceiptQuery(token), ct)))
            .WithName("GetReceipt")
            .WithSummary("The resident's own opinion, through the private receipt link.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .AllowAnonymous();

        opinions.MapPost("/receipts/{token}/withdraw", async Task<Ok<ReceiptDto>> (string token, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new WithdrawOpinionCommand(token), ct)))
            .WithName("WithdrawOpinion")
            .WithSummary("Withdraw the opinion while the dialogue is open (kept as a record, out of the result).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireRateLimiting(Policies.AnonymousWriteRateLimit)
            .AllowAnonymous();

        opinions.MapDelete("/receipts/{token}/email", async Task<Ok<ReceiptDto>> (string token, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new RemoveFeedbackEmailCommand(token), ct)))
            .WithName("RemoveFeedbackEmail")
            .WithSummary("Remove the feedback e-mail address, at any time.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRateLimiting(Policies.AnonymousWriteRateLimit)
            .AllowAnonymous();

        opinions.MapPost("/feedback-email-confirmations/{token}", async Task<NoContent> (string token, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new ConfirmFeedbackEmailCommand(token), ct);
                return TypedResults.NoContent();
            })
            .WithName("ConfirmFeedbackEmail")
            .WithSummary("Confirm the feedback address with the link from the e-mail (double opt-in).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRateLimiting(Policies.AnonymousWriteRateLimit)
            .AllowAnonymous();

        opinions.MapPost("/dialogues/{id:guid}/offline-opinions", async Task<Created<RegisterOfflineOpinionResponse>> (Guid id, RegisterOfflineOpinionRequest opinion, ISender sender, CancellationToken ct) =>
            {
                var registered = await sender.Send(new RegisterOfflineOpinionCommand(id, opinion), ct);
                return TypedResults.Created($"/api/receipts/{registered.ReceiptToken}", registered);
            })
            .WithName("RegisterOfflineOpinion")
            .WithSummary("Register an opinion gathered at a meeting, walk, pop-up, on paper or by phone (the same answers, the channel and session).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithMetadata(new RequestSizeLimitAttribute(OpinionRequestSizeLimit))
            .RequireAuthorization(Policies.RunsDialogues);

        opinions.MapPost("/dialogues/{id:guid}/offline-opinions/import", async Task<Ok<ImportOpinionsResponse>> (Guid id, IFormFile file, [FromQuery] bool? dryRun, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ImportOpinionsCommand(id, await file.ReadAllBytesAsync(ct), dryRun ?? true), ct)))
            .WithName("ImportOpinions")
            .WithSummary("Import offline opinions from a CSV file (multipart 'file'). dryRun (default true) checks every row and imports nothing; a real import takes the whole file or nothing.")
            .WithDescription(OpinionCsv.Description)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            // Our own anti-forgery check (X-XSRF-TOKEN for cookie callers) covers this endpoint like every other.
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(OpinionCsv.MaxBytes + 64 * 1024))
            .RequireAuthorization(Policies.RunsDialogues);

        opinions.MapGet("/dialogues/{id:guid}/offline-opinions/template.csv", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Text(await sender.Send(new GetOpinionImportTemplateQuery(id), ct), "text/csv; charset=utf-8"))
            .WithName("GetOpinionImportTemplate")
            .WithSummary("The CSV header for this dialogue's questionnaire and an example row, to fill in a spreadsheet.")
            .WithDescription(OpinionCsv.Description)
            .Produces<string>(StatusCodes.Status200OK, "text/csv")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.RunsDialogues);

        app.MapGet("/api/staff/dialogues/{id:guid}/reach", async Task<Ok<ReachDto>> (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetReachQuery(id), ct)))
            .WithTags("Opinions")
            .WithName("GetReach")
            .WithSummary("Who took part so far: per channel, district, age band, relation, and each target group against its expected share.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.RunsDialogues);

        return app;
    }
}
