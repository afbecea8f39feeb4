using Mediator;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Infrastructure.Auth;
using Medborgardialog.Api.Infrastructure.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Medborgardialog.Api.Features.Compliance;

public static class ComplianceEndpoints
{
    public static IEndpointRouteBuilder MapComplianceEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Compliance");

        api.MapGet("/staff/compliance", async Task<Ok<ComplianceDashboard>> (int? year, string? committee, string? status, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetComplianceDashboardQuery(year, committee, QueryValues.ParseEnum<DialogueStatus>(status, "status")), ct)))
            .WithName("GetComplianceDashboard")
            .TakesEnum<DialogueStatus>("status")
            .WithSummary("Every dialogue with its checklist of promises Q1–Q5 (met / not met / not yet due, with evidence); not met and about to be missed first.")
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.RunsDialogues);

        api.MapPut("/dialogues/{id:guid}/reach-explanations/{group}", async Task<Ok<ReachExplanationDto>> (Guid id, string group, ExplainReachShortfallRequest request, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ExplainReachShortfallCommand(id, QueryValues.ParseEnum<TargetGroup>(group, "group") ?? default, request), ct)))
            .WithName("ExplainReachShortfall")
            .TakesEnum<TargetGroup>("group")
            .WithSummary("Explain why a target group was reached less than its configured share (promise Q4).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(Policies.RunsDialogues);

        api.MapGet("/transparency/{year:int}", async Task<Ok<TransparencyReport>> (int year, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetTransparencyReportQuery(year), ct)))
            .WithName("GetTransparencyReport")
            .WithSummary("The public yearly report: dialogues, participants by channel, district and age band, feedback on time, and each dialogue's checklist.")
            .ProducesValidationProblem()
            .AllowAnonymous()
            .CachedForEveryoneUntilOpinionsChange();

        api.MapGet("/transparency/{year:int}.csv", async (int year, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var csv = await sender.Send(new GetTransparencyCsvQuery(year), ct);
                http.Response.Headers.ContentDisposition = $"attachment; filename=\"medborgardialog-{year}.csv\"";
                return TypedResults.Text(csv, "text/csv; charset=utf-8");
            })
            .WithName("GetTransparencyCsv")
            .WithSummary("The yearly report as CSV: one row per dialogue, one column per promise, with the evidence.")
            .Produces<string>(StatusCodes.Status200OK, "text/csv")
            .ProducesValidationProblem()
            .AllowAnonymous()
            .CachedForEveryoneUntilOpinionsChange();

        return app;
    }
}
