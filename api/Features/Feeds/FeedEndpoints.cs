namespace Medborgardialog.Api.Features.Feeds;

public static class FeedEndpoints
{
    private const string AtomType = "application/atom+xml; charset=utf-8";

    public static IEndpointRouteBuilder MapFeedEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/feeds").WithTags("Feeds")
            .MapGet("/dialogues.atom", async (HttpRequest request, ISender sender, CancellationToken ct) =>
                Results.Text(await sender.Send(new GetAnnouncementsFeedQuery($"{request.Scheme}://{request.Host}"), ct), AtomType))
            .WithName("GetAnnouncementsFeed")
            .WithSummary("Atom feed of announced dialogues, newest first, for the municipality's website and media.")
            .Produces<string>(StatusCodes.Status200OK, AtomType)
            .AllowAnonymous();
        return app;
    }
}
