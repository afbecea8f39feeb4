namespace Medborgardialog.Api.Features.Calendar;

public static class CalendarEndpoints
{
    private const string ContentType = "text/calendar; charset=utf-8";

    public static IEndpointRouteBuilder MapCalendarEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/calendar").WithTags("Calendar");

        group.MapGet("/sessions.ics", async (HttpRequest request, ISender sender, CancellationToken ct) =>
                Results.Text(await sender.Send(new GetCalendarQuery(null, BaseUrl(request)), ct), ContentType))
            .WithName("GetSessionsCalendar")
            .WithSummary("iCalendar feed of every upcoming session of every public dialogue (subscribe in a calendar app).")
            .Produces<string>(StatusCodes.Status200OK, ContentType)
            .AllowAnonymous();

        group.MapGet("/sessions/{sessionId:guid}.ics", async (Guid sessionId, HttpRequest request, ISender sender, CancellationToken ct) =>
                Results.Text(await sender.Send(new GetCalendarQuery(sessionId, BaseUrl(request)), ct), ContentType))
            .WithName("GetSessionCalendar")
            .WithSummary("One session as an iCalendar file (\"add to calendar\").")
            .Produces<string>(StatusCodes.Status200OK, ContentType)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .AllowAnonymous();

        return app;
    }

    private static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}";
}
