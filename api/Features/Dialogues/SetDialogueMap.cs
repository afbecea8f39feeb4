using FluentValidation;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Features.Opinions.Common;
using Medborgardialog.Api.Infrastructure.Errors;
using Medborgardialog.Api.Infrastructure.Geo;
using Medborgardialog.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;

namespace Medborgardialog.Api.Features.Dialogues;

/// <summary>Where a map starts.</summary>
/// <param name="Center">A GeoJSON Point: the centre.</param>
/// <param name="Zoom">The zoom level, 1 (the world) to 19 (a house).</param>
public sealed record MapStartView(GeoJsonGeometry Center, int Zoom);

/// <summary>A named place as officials place it.</summary>
/// <param name="Id">Its id, or empty for a new place; keep it to keep the place (marks refer to it).</param>
/// <param name="Name">Its name in Swedish ("Korsningen vid Bäckegårdsskolan").</param>
/// <param name="NameEn">Its name in English, optional.</param>
/// <param name="Location">A GeoJSON Point.</param>
public sealed record NamedPlaceInput(Guid? Id, string Name, string? NameEn, GeoJsonGeometry Location);

/// <summary>The dialogue's map for its map questions. Everything optional.</summary>
/// <param name="Area">A GeoJSON Polygon: the area the dialogue is about; marks outside it are refused. Null: the whole municipality.</param>
/// <param name="StartView">Where the map starts; null: fitted to the area.</param>
/// <param name="Places">Named places (at most 30) residents can choose instead of using the map.</param>
public sealed record SetDialogueMapRequest(GeoJsonGeometry? Area, MapStartView? StartView, IReadOnlyList<NamedPlaceInput>? Places);

/// <summary>Replaces the map of a draft dialogue.</summary>
public sealed record SetDialogueMapCommand(Guid DialogueId, SetDialogueMapRequest Body) : ICommand<DialogueMapDto>;

/// <summary>A named place of a dialogue.</summary>
/// <param name="Id">Its id (a mark's <c>placeId</c>).</param>
/// <param name="Name">Its name in Swedish.</param>
/// <param name="NameEn">Its name in English, if written.</param>
/// <param name="Location">A GeoJSON Point.</param>
public sealed record NamedPlaceDto(Guid Id, string Name, string? NameEn, GeoJsonGeometry Location);

/// <summary>A dialogue's map: the area its map questions are about, where the map starts, its named places.</summary>
/// <param name="Area">A GeoJSON Polygon, or null: the whole municipality.</param>
/// <param name="StartView">Where the map starts, or null: fitted to the area (or the municipality).</param>
/// <param name="Places">Its named places.</param>
public sealed record DialogueMapDto(GeoJsonGeometry? Area, MapStartView? StartView, IReadOnlyList<NamedPlaceDto> Places)
{
    /// <summary>The dialogue's map as the API shows it; null when it has none.</summary>
    public static DialogueMapDto? Of(Polygon? area, MapStart? start, IReadOnlyList<NamedPlace> places) =>
        area is null && start is null && places.Count == 0
            ? null
            : new(area is null ? null : GeoJson.Write(area),
                start is null ? null : new MapStartView(GeoJson.Point(start.Longitude, start.Latitude), start.Zoom),
                places.Select(p => new NamedPlaceDto(p.Id, p.Name, p.NameEn, GeoJson.Point(p.Longitude, p.Latitude))).ToList());
}

public sealed class SetDialogueMapValidator : AbstractValidator<SetDialogueMapCommand>
{
    public SetDialogueMapValidator()
    {
        RuleFor(c => c.DialogueId).NotEmpty().RouteValue("id");
        RuleFor(c => c.Body).NotNull();
        When(c => c.Body is not null, () =>
        {
            RuleFor(c => c.Body.StartView!.Zoom).InclusiveBetween(MapStart.MinZoom, MapStart.MaxZoom).When(c => c.Body.StartView is not null)
                .OverridePropertyName("StartView.Zoom");
            RuleFor(c => c.Body.Places).Must(p => p is null || p.Count <= MapAnswering.MaxPlaces)
                .WithMessage($"At most {MapAnswering.MaxPlaces} places.");
            RuleForEach(c => c.Body.Places).ChildRules(place =>
            {
                place.RuleFor(p => p.Name).NotEmpty().MaximumLength(MapAnswering.PlaceName);
                place.RuleFor(p => p.NameEn).MaximumLength(MapAnswering.PlaceName);
            }).When(c => c.Body.Places is not null).OverridePropertyName("Places");
        });
    }
}

public sealed class SetDialogueMapHandler(AppDbContext db, TimeProvider clock, OpinionFormCache forms) : ICommandHandler<SetDialogueMapCommand, DialogueMapDto>
{
    public async ValueTask<DialogueMapDto> Handle(SetDialogueMapCommand command, CancellationToken cancellationToken)
    {
        var dialogue = await db.Dialogues.SingleOrDefaultAsync(d => d.Id == command.DialogueId, cancellationToken)
            ?? throw new NotFoundException(ProblemCodes.DialogueNotFound, $"There is no dialogue with id {command.DialogueId}.");
        var municipality = await forms.MunicipalityAsync(db, clock, cancellationToken);
        var body = command.Body;
        var problems = new List<AnswerProblem>();

        Polygon? area = null;
        if (body.Area is { } givenArea)
        {
            var (read, problem) = GeoJson.Read(givenArea);
            problem ??= read is Polygon ? MapAnswering.ShapeProblem(read) : new("", FieldErrorCodes.WrongType, "The area is a Polygon.", new Dictionary<string, string> { ["expected"] = "Polygon" });
            problem ??= municipality is not null && !municipality.Intersects(read) ? Outside("municipality") : null;
            if (problem is null)
            {
                area = (Polygon)read!;
            }
            else
            {
                problems.Add(problem with { Field = "area" });
            }
        }

        MapStart? start = null;
        if (body.StartView is { } view)
        {
            if (Point(view.Center, "startView.center", problems) is { } center)
            {
                start = new MapStart(center.X, center.Y, view.Zoom);
            }
        }

        var now = clock.GetUtcNow();
        var places = new List<NamedPlace>();
        foreach (var (place, i) in (body.Places ?? []).Select((p, i) => (p, i)))
        {
            if (Point(place.Location, $"places[{i}].location", problems) is not { } location)
            {
                continue;
            }

            if (!(area ?? municipality)?.Covers(location) ?? false)
            {
                problems.Add(Outside(area is null ? "municipality" : "dialogue") with { Field = $"places[{i}].location" });
                continue;
            }

            places.Add(new NamedPlace(place.Id ?? Guid.CreateVersion7(now), place.Name.Trim(), string.IsNullOrWhiteSpace(place.NameEn) ? null : place.NameEn.Trim(),
                location.X, location.Y));
        }

        if (places.Select(p => p.Id).Distinct().Count() != places.Count)
        {
            problems.Add(new("places", FieldErrorCodes.Duplicate, "Two places have the same id."));
        }

        if (problems.Count > 0)
        {
            throw new ValidationException(problems.Select(p => FieldErrors.Failure(p.Field, p.Code, p.Message, [.. p.Parameters.Select(x => (x.Key, (object?)x.Value))])));
        }

        dialogue.SetMap(area, start, places);
        await db.SaveChangesAsync(cancellationToken);
        return DialogueMapDto.Of(dialogue.MapArea, dialogue.MapStart, dialogue.MapPlaces) ?? new DialogueMapDto(null, null, []);
    }

    private static Point? Point(GeoJsonGeometry given, string field, List<AnswerProblem> problems)
    {
        var (read, problem) = GeoJson.Read(given);
        problem ??= read is Point ? null : new("", FieldErrorCodes.WrongType, "A Point.", new Dictionary<string, string> { ["expected"] = "Point" });
        if (problem is not null)
        {
            problems.Add(problem with { Field = field });
            return null;
        }

        return (Point)read!;
    }

    private static AnswerProblem Outside(string area) =>
        new("", FieldErrorCodes.OutsideArea, area == "dialogue" ? "Outside the dialogue's area." : "Outside the municipality.", new Dictionary<string, string> { ["area"] = area });
}
