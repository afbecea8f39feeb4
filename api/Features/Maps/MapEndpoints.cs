using Mediator;
using Medborgardialog.Api.Infrastructure.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Medborgardialog.Api.Features.Maps;

public static class MapEndpoints
{
    public static void MapMapEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/map", async Task<Ok<MapConfigDto>> (ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetMapConfigQuery(), ct)))
            .WithTags("Map")
            .WithName("GetMapConfig")
            .WithSummary("The base of every map: the configured tile service (or none: a plain background), where maps start, the municipality and its districts (GeoJSON, WGS 84).")
            .CachedForEveryone()
            .AllowAnonymous();
    }
}
