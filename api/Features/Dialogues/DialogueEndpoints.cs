using System.Security.Claims;
using Medborgardialog.Api.Features.Dialogues.Common;
using Medborgardialog.Api.Infrastructure.Auth;
using Medborgardialog.Api.Infrastructure.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Medborgardialog.Api.Features.Dialogues;

public static class DialogueEndpoints
{
    public static IEndpointRouteBuilder MapDialogueEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/dialogues").WithTags("Dialogues");

        group.MapGet("/", async Task<Ok<DialoguePage>> (
                    ISender sender, CancellationToken ct, int page = 1, int pageSize = 20,
                    string? phase = null, string? form = null, string? targetGroup = null, string? q = null,
                    string? topic = null, string? district = null) =>
                TypedResults.Ok(await sender.Send(new ListDialoguesQuery(page, pageSize,
                    QueryValues.ParseEnum<DialoguePhase>(phase, nameof(phase)),
                    QueryValues.ParseEnum<DialogueForm>(form, nameof(form)),
                    QueryValues.ParseEnum<TargetGroup>(targetGroup, nameof(targetGroup)),
                    q, topic, district), ct)))
            .WithName("ListDialogues")
            .TakesEnum<DialoguePhase>("phase")
            .TakesEnum<DialogueForm>("form")
            .TakesEnum<TargetGroup>("targetGroup")
            .WithSummary("List and search the public dialogues, newest first: by phase, form, target group, topic, district and words (Swedish full-text search).")
            .ProducesValidationProblem()
            .CachedForEveryone()
            .AllowAnonymous();

        group.MapGet("/{id:guid}", async Task<Ok<DialogueDetails>> (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetDialogueQuery(id.ToString()), ct)))
            .WithName("GetDialogue")
            .WithSummary("Get one public dialogue by id.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .CachedForEveryoneUntilOpinionsChange()
            .AllowAnonymous();

        // The slug (the readable part of the page's address) has a path of its own: one path shape per resource.
        app.MapGet("/api/dialogue-slugs/{slug}", async Task<Ok<DialogueDetails>> (string slug, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetDialogueQuery(slug, BySlug: true), ct)))
            .WithTags("Dialogues")
            .WithName("GetDialogueBySlug")
            .WithSummary("Get one public dialogue by its slug, the readable name in its page's address (`trafiksakerhet-backegarden`).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .CachedForEveryoneUntilOpinionsChange()
            .AllowAnonymous();

        group.MapPost("/", async Task<Created<AnnounceDialogueResponse>> (AnnounceDialogueRequest dialogue, ISender sender, CancellationToken ct) =>
            {
                var created = await sender.Send(new AnnounceDialogueCommand(dialogue), ct);
                return TypedResults.Created($"/api/dialogues/{created.Id}", created);
            })
            .WithName("AnnounceDialogue")
            .WithSummary("Create a new dialogue as a draft.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .RequireAuthorization(Policies.RunsDialogues);

        group.MapPost("/{id:guid}/publish", async Task<Ok<PublishDialogueResponse>> (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new PublishDialogueCommand(id), ct)))
            .WithName("PublishDialogue")
            .WithSummary("Publish a draft: it becomes public as announced.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .RequireAuthorization(Policies.RunsDialogues);

        group.MapPost("/{id:guid}/open", async Task<Ok<DialogueStatusResponse>> (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new OpenDialogueCommand(id), ct)))
            .WithName("OpenDialogue")
            .WithSummary("Open an announced dialogue for opinions now.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(Policies.RunsDialogues);

        group.MapPost("/{id:guid}/close", async Task<Ok<DialogueStatusResponse>> (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new CloseDialogueCommand(id), ct)))
            .WithName("CloseDialogue")
            .WithSummary("Close an open dialogue now.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(Policies.RunsDialogues);

        group.MapPost("/{id:guid}/cancel", async Task<Ok<DialogueStatusResponse>> (Guid id, CancelDialogueRequest request, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new CancelDialogueCommand(id, request), ct)))
            .WithName("CancelDialogue")
            .WithSummary("Cancel a dialogue that has not ended, with a reason shown publicly.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(Policies.RunsDialogues);

        group.MapGet("/{id:guid}/history", async Task<Ok<IReadOnlyList<DialogueStatusChangeDto>>> (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetDialogueHistoryQuery(id), ct)))
            .WithName("GetDialogueHistory")
            .WithSummary("The audit trail of the dialogue's status changes (staff).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.RunsDialogues);

        group.MapPost("/{id:guid}/sessions", async Task<Created<AddSessionResponse>> (Guid id, AddSessionRequest session, ISender sender, CancellationToken ct) =>
                TypedResults.Created((string?)null, await sender.Send(new AddSessionCommand(id, session), ct)))
            .WithName("AddSession")
            .WithSummary("Add a meeting, walk, workshop or pop-up to a dialogue that has not closed.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(Policies.RunsDialogues);

        app.MapPost("/api/sessions/{sessionId:guid}/sign-ups", async Task<Ok<SignUpForSessionResponse>> (Guid sessionId, SignUpForSessionRequest request, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new SignUpForSessionCommand(sessionId, request), ct)))
            .WithTags("Dialogues")
            .WithName("SignUpForSession")
            .WithSummary("Sign up for a session, no account; a name and an e-mail for a confirmation are optional. 409 when it is full.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireRateLimiting(Policies.AnonymousWriteRateLimit)
            .AllowAnonymous();

        group.MapPut("/{id:guid}/questionnaire", async Task<Ok<IReadOnlyList<QuestionDto>>> (Guid id, SetQuestionnaireRequest questionnaire, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new SetQuestionnaireCommand(id, questionnaire), ct)))
            .WithName("SetQuestionnaire")
            .WithSummary("Replace the questionnaire of a draft dialogue (free text, choices, scale 1–5, ranking; Swedish, English optional).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(Policies.RunsDialogues);

        group.MapPut("/{id:guid}/map", async Task<Ok<DialogueMapDto>> (Guid id, SetDialogueMapRequest map, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new SetDialogueMapCommand(id, map), ct)))
            .WithName("SetDialogueMap")
            .WithSummary("Replace the map of a draft dialogue: the area its map questions are about, where the map starts, and named places residents can choose instead of the map (GeoJSON, WGS 84).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(Policies.RunsDialogues);

        group.MapPut("/{id:guid}/translations/{language}", async Task<Ok<DialogueTranslationDto>> (
                    Guid id, string language, SetDialogueTranslationRequest translation, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new SetDialogueTranslationCommand(id, language, translation), ct)))
            .WithName("SetDialogueTranslation")
            .WithSummary("Add or replace the dialogue's texts in another language (en, ar, so, ti, prs, fi): title, summary, question, easy-read text and the questionnaire's texts. Any step but cancelled.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(Policies.RunsDialogues);

        group.MapDelete("/{id:guid}/translations/{language}", async Task<NoContent> (Guid id, string language, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new RemoveDialogueTranslationCommand(id, language), ct);
                return TypedResults.NoContent();
            })
            .WithName("RemoveDialogueTranslation")
            .WithSummary("Remove the dialogue's texts in one other language; readers of it then see the Swedish.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.RunsDialogues);

        group.MapPut("/{id:guid}", async Task<Ok<EditDialogueResponse>> (Guid id, EditDialogueRequest dialogue, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new EditDialogueCommand(id, dialogue), ct)))
            .WithName("EditDialogue")
            .WithSummary("Change a dialogue's description until it closes (the whole description is sent).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(Policies.RunsDialogues);

        group.MapPost("/{id:guid}/documents", async Task<Created<UploadFactDocumentResponse>> (Guid id, [FromForm] string title, IFormFile file, ISender sender, CancellationToken ct) =>
            {
                var uploaded = await sender.Send(new UploadFactDocumentCommand(id, title, file.FileName, await file.ReadAllBytesAsync(ct)), ct);
                return TypedResults.Created(uploaded.Url, uploaded);
            })
            .WithName("UploadFactDocument")
            .WithSummary("Upload a fact document (PDF, PNG or JPEG, at most 10 MB) as multipart/form-data with 'title' and 'file'.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            // Our own anti-forgery check (X-XSRF-TOKEN for cookie callers) covers this endpoint like every other.
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(FactDocument.MaxBytes + 64 * 1024))
            .RequireAuthorization(Policies.RunsDialogues);

        app.MapGet("/api/documents/{id:guid}", async (Guid id, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var file = await sender.Send(new GetFactDocumentQuery(id), ct);
                http.Response.Headers.CacheControl = "public, max-age=3600";
                return TypedResults.File(file.Content, file.ContentType, file.FileName, lastModified: file.UploadedAt);
            })
            .WithTags("Dialogues")
            .WithName("GetFactDocument")
            .WithSummary("A fact document of a public dialogue, with its real content type.")
            .Produces<Stream>(StatusCodes.Status200OK, "application/pdf", "image/png", "image/jpeg")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .AllowAnonymous();

        app.MapGet("/api/districts", async Task<Ok<IReadOnlyList<DistrictDto>>> (ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListDistrictsQuery(), ct)))
            .WithTags("Dialogues")
            .WithName("ListDistricts")
            .WithSummary("Karlskoga's districts, the managed list dialogues refer to.")
            .AllowAnonymous();

        app.MapGet("/api/staff/dialogues/{id:guid}", async Task<Ok<DialogueDetails>> (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetDialogueQuery(id.ToString(), IncludeDrafts: true), ct)))
            .WithTags("Dialogues")
            .WithName("GetStaffDialogue")
            .WithSummary("One dialogue in any status, drafts too, for editing (staff).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.RunsDialogues);

        app.MapGet("/api/staff/dialogues", async Task<Ok<IReadOnlyList<StaffDialogueRow>>> (
                    ClaimsPrincipal user, ISender sender, CancellationToken ct, string? status = null, bool mine = false) =>
                TypedResults.Ok(await sender.Send(new ListStaffDialoguesQuery(
                    QueryValues.ParseEnum<DialogueStatus>(status, nameof(status)),
                    mine && Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var me) ? me : null), ct)))
            .WithTags("Dialogues")
            .WithName("ListStaffDialogues")
            .TakesEnum<DialogueStatus>("status")
            .WithSummary("Every dialogue, drafts too, with warnings, what is missing and the allowed next steps (staff).")
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.RunsDialogues);

        return app;
    }
}
