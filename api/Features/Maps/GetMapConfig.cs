using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Features.Dialogues;
using Medborgardialog.Api.Infrastructure.Geo;
using Medborgardialog.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Medborgardialog.Api.Features.Maps;

/// <summary>What every map of the site is drawn on.</summary>
public sealed record GetMapConfigQuery : IQuery<MapConfigDto>;

/// <summary>A tile service for the map's background.</summary>
/// <param name="Url">The tile address, with <c>{z}</c>, <c>{x}</c> and <c>{y}</c> (e.g. <c>https://tile.openstreetmap.org/{z}/{x}/{y}.png</c>).</param>
/// <param name="Attribution">The credit the service asks for, shown on the map ("© OpenStreetMap contributors").</param>
/// <param name="MaxZoom">The deepest zoom level it serves.</param>
public sealed record MapTilesDto(string Url, string Attribution, int MaxZoom);

/// <summary>A district and its area.</summary>
/// <param name="Code">The district's code (as in <c>GET /api/districts</c>).</param>
/// <param name="Name">Its name.</param>
/// <param name="Area">Its area: a GeoJSON MultiPolygon.</param>
public sealed record DistrictAreaDto(string Code, string Name, GeoJsonGeometry Area);

/// <summary>The base of every map: the tile service, if one is configured (without one, maps draw a plain background
/// with the municipality's and the districts' outlines, and no request leaves the site), where maps start, the
/// municipality (which every mark must lie in) and the districts.</summary>
/// <param name="Tiles">The background tiles, or null: a plain background.</param>
/// <param name="StartView">Where a map starts when its dialogue says nothing else.</param>
/// <param name="Municipality">The municipality's area (GeoJSON MultiPolygon), or null when not known.</param>
/// <param name="Districts">The districts with their areas (the whole municipality not among them).</param>
public sealed record MapConfigDto(MapTilesDto? Tiles, MapStartView StartView, GeoJsonGeometry? Municipality, IReadOnlyList<DistrictAreaDto> Districts);

public sealed class GetMapConfigHandler(ReadOnlyDbContext db, IConfiguration configuration) : IQueryHandler<GetMapConfigQuery, MapConfigDto>
{
    public async ValueTask<MapConfigDto> Handle(GetMapConfigQuery query, CancellationToken cancellationToken)
    {
        var districts = await db.Districts.AsNoTracking()
            .Where(d => d.Area != null)
            .OrderBy(d => d.SortOrder)
            .Select(d => new { d.Code, d.Name, d.Area })
            .ToListAsync(cancellationToken);
        var whole = districts.FirstOrDefault(d => d.Code == District.WholeMunicipality);
        var map = configuration.GetSection("Map");
        var tileUrl = map["TileUrl"];
        var tiles = string.IsNullOrWhiteSpace(tileUrl)
            ? null
            : new MapTilesDto(tileUrl, map["TileAttribution"] ?? "", map.GetValue("MaxZoom", 19));
        var start = new MapStartView(GeoJson.Point(map.GetValue("StartLongitude", 14.523), map.GetValue("StartLatitude", 59.327)), map.GetValue("StartZoom", 12));
        return new MapConfigDto(tiles, start, whole is null ? null : GeoJson.Write(whole.Area!),
            districts.Where(d => d.Code != District.WholeMunicipality).Select(d => new DistrictAreaDto(d.Code, d.Name, GeoJson.Write(d.Area!))).ToList());
    }
}
