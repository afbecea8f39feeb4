using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Features.DialogueResults;
using Medborgardialog.Api.Features.Dialogues;
using Medborgardialog.Api.Features.Maps;
using Medborgardialog.Api.Features.Opinions;
using Medborgardialog.Api.Infrastructure.Persistence;
using Medborgardialog.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetTopologySuite.Geometries;

namespace Medborgardialog.Api.Tests.Features.Opinions;

/// <summary>Map questions: residents mark places, routes and areas, or name a place, or describe it in words, and every
/// way counts the same; bad geometry is refused field by field and nothing is stored; staff read the result as a map, as
/// tables and as GeoJSON that GDAL opens.</summary>
public sealed class MapQuestionTests : ApiTest
{
    // Around Skranta, inside the demo outline of the municipality.
    private static readonly double[][] Area = [[14.53, 59.325], [14.56, 59.325], [14.56, 59.342], [14.53, 59.342], [14.53, 59.325]];
    private static readonly double[] Inside = [14.54, 59.333];

    private static object Questionnaire(int maxMarks = 5, string[]? kinds = null) => new
    {
        questions = new object[]
        {
            new
            {
                kind = "map", text = "Markera platser kring Skranta", textEn = (string?)null, required = true,
                options = new[] { new { text = "Otrygg plats", textEn = (string?)null }, new { text = "Bra plats", textEn = (string?)null } },
                map = new { kinds = kinds ?? ["point", "line", "area"], maxMarks },
            },
            new { kind = "freeText", text = "Något mer?", textEn = (string?)null, required = false, options = Array.Empty<object>() },
        },
    };

    private static object Map(bool withArea = true) => new
    {
        area = withArea ? new { type = "Polygon", coordinates = new[] { Area } } : null,
        startView = new { center = new { type = "Point", coordinates = Inside }, zoom = 15 },
        places = new[] { new { id = (Guid?)null, name = "Skrantahallen, entrén", nameEn = "Skranta hall, the entrance", location = new { type = "Point", coordinates = new[] { 14.545, 59.334 } } } },
    };

    private static object Point(double lon, double lat) => new { type = "Point", coordinates = new[] { lon, lat } };

    private static object Line(params double[][] positions) => new { type = "LineString", coordinates = positions };

    private static object Polygon(params double[][] ring) => new { type = "Polygon", coordinates = new[] { ring } };

    private static object Answer(Guid questionId, params object[] marks) => new { questionId, marks };

    private static object Opinion(params object[] answers) => new { text = (string?)null, answers, background = (object?)null, feedbackEmail = (string?)null, consentToFeedback = false };

    private async Task<(ArrangedDialogue Dialogue, DialogueDetails Details)> OpenMapDialogueAsync(object? questionnaire = null, bool withArea = true, object? moderation = null)
    {
        var scenario = Scenario.Dialogue(Official, Client).WithQuestionnaire(questionnaire ?? Questionnaire()).WithMap(Map(withArea));
        if (moderation is not null)
        {
            scenario = scenario.WithModeration(moderation);
        }

        var dialogue = await scenario.InStageAsync(Stage.Open);
        var details = await ReadAsync<DialogueDetails>(await Client.GetAsync($"/api/dialogue-slugs/{dialogue.Slug}"));
        return (dialogue, details);
    }

    private async Task<int> MarkCountAsync()
    {
        using var scope = Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().MapMarks.CountAsync();
    }

    [Test]
    public async Task A_resident_marks_a_place_a_route_and_an_area_names_a_place_and_describes_one_and_the_receipt_lists_them_all()
    {
        var (dialogue, details) = await OpenMapDialogueAsync();
        var question = details.Questions[0];
        var (unsafePlace, goodPlace) = (question.Options[0].Id, question.Options[1].Id);
        var place = details.Map!.Places.Single();

        var response = await Client.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/opinions", Opinion(Answer(question.Id,
            new { geometry = Point(14.54, 59.333), categoryId = unsafePlace, comment = "Bilarna kör fort här" },
            new { geometry = Line([14.535, 59.330], [14.540, 59.332], [14.545, 59.331]), categoryId = goodPlace },
            new { geometry = Polygon([14.54, 59.335], [14.545, 59.335], [14.545, 59.338], [14.54, 59.335]) },
            new { placeId = place.Id, categoryId = unsafePlace, comment = "Mörkt på kvällen" },
            new { description = "Vid busshållplatsen utanför hallen", comment = "Ingen belysning" })), Json);

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var receipt = await ReadAsync<SubmitOpinionResponse>(response);
        var shown = await ReadAsync<ReceiptDto>(await Client.GetAsync($"/api/receipts/{receipt.ReceiptToken}"));
        var marks = shown.Answers.Single(a => a.Kind == QuestionKind.Map).Marks;
        marks.Select(m => m.Kind).Should().Equal(MarkKind.Point, MarkKind.Line, MarkKind.Area, MarkKind.Point, null);
        marks.Select(m => m.Category).Should().Equal("Otrygg plats", "Bra plats", null, "Otrygg plats", null);
        marks[3].PlaceName.Should().Be("Skrantahallen, entrén");
        marks[3].Geometry!.Coordinates.EnumerateArray().Select(c => c.GetDouble()).Should().Equal(14.545, 59.334); // the place's position
        marks[4].Description.Should().Be("Vid busshållplatsen utanför hallen");
        marks[4].Geometry.Should().BeNull();

        using var scope = Factory.Services.CreateScope();
        var stored = await scope.ServiceProvider.GetRequiredService<AppDbContext>().MapMarks.Where(m => m.OpinionId == receipt.OpinionId).OrderBy(m => m.Position).ToListAsync();
        stored.Select(m => m.Geometry?.GeometryType).Should().Equal("Point", "LineString", "Polygon", "Point", null);
        stored.Should().AllSatisfy(m => (m.Geometry?.SRID ?? 4326).Should().Be(4326));
        stored[1].Point!.Coordinate.Should().Be(stored[1].Geometry!.InteriorPoint.Coordinate); // a point on the route, for clusters
    }

    [Test]
    public async Task Bad_marks_are_refused_field_by_field_and_nothing_is_stored()
    {
        var (dialogue, details) = await OpenMapDialogueAsync(Questionnaire(maxMarks: 20, kinds: ["point", "line"]));
        var question = details.Questions[0];
        var comments = details.Questions[1];
        var tooMany = Enumerable.Range(0, 201).Select(i => new[] { 14.531 + i * 0.0001, 59.326 + (i % 2) * 0.0001 }).ToArray();

        var response = await Client.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/opinions", Opinion(
            Answer(question.Id,
                new { geometry = Line([14.535, 59.330], [14.545, 59.336], [14.545, 59.330], [14.535, 59.336]) }, // crosses itself
                new { geometry = Point(14.60, 59.40) }, // in the municipality, outside the dialogue's area
                new { geometry = Polygon([14.54, 59.335], [14.545, 59.335], [14.545, 59.338], [14.54, 59.335]) }, // an area: not taken here
                new { geometry = Point(14.54, 59.333), categoryId = Guid.NewGuid() },
                new { placeId = Guid.NewGuid() },
                new { },
                new { geometry = Point(14.54, 59.333), description = "Och i ord" },
                new { geometry = new { type = "Point", coordinates = new object[] { "14.5", "59.3" } } },
                new { geometry = new { type = "Circle", coordinates = new[] { 14.54, 59.333 } } },
                new { geometry = Line(tooMany) },
                new { geometry = Point(14.54, 59.333), comment = new string('x', 1001) }),
            Answer(comments.Id, new { geometry = Point(14.54, 59.333) })), Json);

        var problem = await ReadProblemAsync(response);
        problem.Status.Should().Be(400);
        var at = $"answers[{question.Id}].marks";
        problem.FieldErrors!.Select(e => (e.Field, e.Code)).Should().BeEquivalentTo(new[]
        {
            ($"{at}[0].geometry", "selfIntersecting"),
            ($"{at}[1].geometry", "outsideArea"),
            ($"{at}[2].geometry", "wrongType"),
            ($"{at}[3].categoryId", "unknownValue"),
            ($"{at}[4].placeId", "unknownReference"),
            ($"{at}[5].geometry", "required"),
            ($"{at}[6].geometry", "mustBeEmpty"),
            ($"{at}[7].geometry", "invalidGeometry"),
            ($"{at}[8].geometry", "invalidGeometry"),
            ($"{at}[9].geometry", "tooManyVertices"),
            ($"{at}[10].comment", "tooLong"),
            ($"answers[{comments.Id}].marks", "mustBeEmpty"),
        });
        problem.FieldErrors!.Single(e => e.Code == "outsideArea").Params.Should().Equal(new Dictionary<string, string> { ["area"] = "dialogue" });
        problem.FieldErrors!.Single(e => e.Code == "wrongType").Params.Should().Equal(new Dictionary<string, string> { ["expected"] = "point,line" });
        problem.FieldErrors!.Single(e => e.Code == "tooManyVertices").Params.Should().Equal(new Dictionary<string, string> { ["max"] = "200" });
        (await MarkCountAsync()).Should().Be(0);
    }

    [Test]
    public async Task An_area_whose_edge_crosses_itself_and_a_ring_that_is_not_closed_are_refused()
    {
        var (dialogue, details) = await OpenMapDialogueAsync();
        var question = details.Questions[0];

        var response = await Client.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/opinions", Opinion(Answer(question.Id,
            new { geometry = Polygon([14.535, 59.330], [14.545, 59.336], [14.545, 59.330], [14.535, 59.336], [14.535, 59.330]) }, // a bow tie
            new { geometry = new { type = "Polygon", coordinates = new[] { new[] { new[] { 14.54, 59.335 }, new[] { 14.545, 59.335 }, new[] { 14.545, 59.338 }, new[] { 14.541, 59.337 } } } } })), Json);

        var problem = await ReadProblemAsync(response);
        problem.FieldErrors!.Select(e => (e.Field, e.Code)).Should().BeEquivalentTo(new[]
        {
            ($"answers[{question.Id}].marks[0].geometry", "selfIntersecting"),
            ($"answers[{question.Id}].marks[1].geometry", "invalidGeometry"),
        });
        (await MarkCountAsync()).Should().Be(0);
    }

    [Test]
    public async Task More_marks_than_the_question_takes_are_refused_and_a_required_map_question_needs_one()
    {
        var (dialogue, details) = await OpenMapDialogueAsync(Questionnaire(maxMarks: 2));
        var question = details.Questions[0];

        var tooMany = await ReadProblemAsync(await Client.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/opinions", Opinion(Answer(question.Id,
            new { description = "Ett" }, new { description = "Två" }, new { description = "Tre" })), Json));
        var none = await ReadProblemAsync(await Client.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/opinions",
            new { text = "Bara text", answers = Array.Empty<object>(), background = (object?)null, feedbackEmail = (string?)null, consentToFeedback = false }, Json));

        tooMany.FieldErrors!.Should().ContainSingle(e => e.Field == $"answers[{question.Id}].marks").Which.Params.Should().Equal(new Dictionary<string, string> { ["max"] = "2" });
        none.FieldErrors!.Should().ContainSingle(e => e.Field == $"answers[{question.Id}]").Which.Code.Should().Be("required");
    }

    [Test]
    public async Task Without_an_area_of_its_own_a_mark_must_lie_in_the_municipality()
    {
        var (dialogue, details) = await OpenMapDialogueAsync(withArea: false);
        var question = details.Questions[0];

        var outside = await ReadProblemAsync(await Client.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/opinions", Opinion(Answer(question.Id,
            new { geometry = Point(15.2, 59.3) })), Json)); // Örebro's side of the county
        var farOut = await Client.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/opinions", Opinion(Answer(question.Id, new { geometry = Point(14.60, 59.40) })), Json);

        outside.FieldErrors!.Should().ContainSingle().Which.Params.Should().Equal(new Dictionary<string, string> { ["area"] = "municipality" });
        farOut.StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Test]
    public async Task A_mark_comment_passes_the_same_content_check_as_the_text()
    {
        var (dialogue, details) = await OpenMapDialogueAsync(moderation: new { visibility = "public", mode = "postModeration" });
        var question = details.Questions[0];

        var held = await ReadAsync<SubmitOpinionResponse>(await Client.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/opinions", Opinion(Answer(question.Id,
            new { geometry = Point(14.54, 59.333), comment = "Ring mig på 070-123 45 67 om det" })), Json));
        await Client.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/opinions", Opinion(Answer(question.Id,
            new { geometry = Point(14.541, 59.334), comment = "Här behövs ett övergångsställe" })), Json);

        var receipt = await ReadAsync<ReceiptDto>(await Client.GetAsync($"/api/receipts/{held.ReceiptToken}"));
        receipt.PublicState.Should().Be(PublicState.AwaitingReview);
        var publicMarks = await ReadAsync<PublicMarksDto>(await Client.GetAsync($"/api/dialogues/{dialogue.Id}/marks"));
        publicMarks.Total.Should().Be(1);
        publicMarks.Marks.Single().Comment.Should().Be("Här behövs ett övergångsställe");
    }

    [Test]
    public async Task The_public_map_exists_only_when_the_dialogues_opinions_are_public()
    {
        var (dialogue, _) = await OpenMapDialogueAsync();

        var response = await Client.GetAsync($"/api/dialogues/{dialogue.Id}/marks");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await ReadProblemAsync(response)).Code.Should().Be(ProblemCodes.PublicOpinionsNotFound);
    }

    [Test]
    public async Task Staff_place_a_mark_from_a_paper_map_for_a_resident_and_it_counts_as_any_other()
    {
        var (dialogue, details) = await OpenMapDialogueAsync();
        var question = details.Questions[0];

        var response = await Official.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/offline-opinions", new
        {
            channel = "dialogueWalk", sessionId = (Guid?)null, text = "Från trygghetsvandringen",
            answers = new[] { Answer(question.Id, new { geometry = Point(14.55, 59.33), categoryId = question.Options[0].Id, comment = "Skymd sikt" }) },
            background = (object?)null,
        }, Json);

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var places = await ReadAsync<ResultPlacesDto>(await Official.GetAsync($"/api/staff/dialogues/{dialogue.Id}/result/places"));
        places.Questions.Single().ByCategory.Should().Equal(new CategoryCountDto(question.Options[0].Id, 1));
    }

    [Test]
    public async Task The_dialogues_map_is_set_while_a_draft_checked_and_locked_once_published()
    {
        var draft = await Scenario.Dialogue(Official).WithQuestionnaire(Questionnaire()).InStageAsync(Stage.Draft);

        var bad = await ReadProblemAsync(await Official.PutAsJsonAsync($"/api/dialogues/{draft.Id}/map", new
        {
            area = Polygon([14.535, 59.330], [14.545, 59.336], [14.545, 59.330], [14.535, 59.336], [14.535, 59.330]),
            startView = new { center = Point(14.54, 59.333), zoom = 15 },
            places = new[] { new { id = (Guid?)null, name = "Utanför", nameEn = (string?)null, location = Point(15.5, 59.3) } },
        }, Json));
        var zoom = await ReadProblemAsync(await Official.PutAsJsonAsync($"/api/dialogues/{draft.Id}/map", new
        {
            area = (object?)null, startView = new { center = Point(14.54, 59.333), zoom = 25 }, places = Array.Empty<object>(),
        }, Json));
        var set = await ReadAsync<DialogueMapDto>(await Official.PutAsJsonAsync($"/api/dialogues/{draft.Id}/map", Map(), Json));
        await Official.PostAsync($"/api/dialogues/{draft.Id}/publish", null);
        var locked = await Official.PutAsJsonAsync($"/api/dialogues/{draft.Id}/map", Map(withArea: false), Json);

        bad.FieldErrors!.Select(e => (e.Field, e.Code)).Should().BeEquivalentTo(new[]
        {
            ("area", "selfIntersecting"), ("places[0].location", "outsideArea"),
        });
        zoom.FieldErrors!.Should().ContainSingle(e => e.Field == "startView.zoom");
        set.Places.Single().Name.Should().Be("Skrantahallen, entrén");
        set.Area!.Type.Should().Be("Polygon");
        locked.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await ReadProblemAsync(locked)).Code.Should().Be(ProblemCodes.MapLocked);
    }

    [Test]
    public async Task A_map_question_needs_its_settings_and_other_kinds_may_not_have_them()
    {
        var draft = await Scenario.Dialogue(Official).InStageAsync(Stage.Draft);

        var problem = await ReadProblemAsync(await Official.PutAsJsonAsync($"/api/dialogues/{draft.Id}/questionnaire", new
        {
            questions = new object[]
            {
                new { kind = "map", text = "Var?", textEn = (string?)null, required = true, options = Array.Empty<object>(), map = (object?)null },
                new { kind = "map", text = "Var mer?", textEn = (string?)null, required = true, options = Array.Empty<object>(), map = new { kinds = Array.Empty<string>(), maxMarks = 21 } },
                new { kind = "scale", text = "Hur?", textEn = (string?)null, required = true, options = Array.Empty<object>(), map = new { kinds = new[] { "point" }, maxMarks = 1 } },
            },
        }, Json));

        problem.FieldErrors!.Select(e => e.Field).Should().BeEquivalentTo("questions[0].map", "questions[1].map.kinds", "questions[1].map.maxMarks", "questions[2].map");
    }

    [Test]
    public async Task The_results_map_sends_the_marks_in_view_or_clusters_when_there_are_many_and_filters_by_category()
    {
        var (dialogue, details) = await OpenMapDialogueAsync();
        var question = details.Questions[0];
        var (unsafePlace, goodPlace) = (question.Options[0].Id, question.Options[1].Id);
        await ArrangeMarksAsync(dialogue.Id, question.Id, 600, i => i % 3 == 0 ? goodPlace : unsafePlace);
        await Client.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/opinions", Opinion(Answer(question.Id, new { description = "Någonstans vid hallen" })), Json);

        var whole = await ReadAsync<ResultMapDto>(await Official.GetAsync($"/api/staff/dialogues/{dialogue.Id}/result/map?west=14.3&south=59.2&east=14.8&north=59.5&zoom=11"));
        var street = await ReadAsync<ResultMapDto>(await Official.GetAsync($"/api/staff/dialogues/{dialogue.Id}/result/map?west=14.535&south=59.328&east=14.5375&north=59.330&zoom=18"));
        var good = await ReadAsync<ResultMapDto>(await Official.GetAsync($"/api/staff/dialogues/{dialogue.Id}/result/map?west=14.3&south=59.2&east=14.8&north=59.5&zoom=11&categoryId={goodPlace}"));
        var refused = await ReadProblemAsync(await Official.GetAsync($"/api/staff/dialogues/{dialogue.Id}/result/map?west=14.8&south=59.2&east=14.3&north=59.5&zoom=40"));

        whole.Total.Should().Be(600); // the one described in words is not on the map
        whole.InView.Should().Be(600);
        whole.Marks.Should().BeEmpty();
        whole.Clusters.Sum(c => c.Count).Should().Be(600);
        street.InView.Should().BeInRange(1, 500);
        street.Marks.Should().HaveCount(street.InView).And.AllSatisfy(m => m.Geometry.Type.Should().Be("Point"));
        good.Total.Should().Be(200);
        good.Marks.Should().HaveCount(200).And.AllSatisfy(m => m.CategoryId.Should().Be(goodPlace));
        refused.FieldErrors!.Select(e => e.Field).Should().Contain(["east", "zoom"]);
    }

    [Test]
    public async Task The_result_tables_count_per_category_and_district_and_name_the_hot_spots()
    {
        var (dialogue, details) = await OpenMapDialogueAsync(withArea: false);
        var question = details.Questions[0];
        var unsafePlace = question.Options[0].Id;
        var place = details.Map!.Places.Single();
        for (var i = 0; i < 3; i++)
        {
            await Client.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/opinions", Opinion(Answer(question.Id,
                new { geometry = Point(14.5451 + i * 0.0001, 59.3341), categoryId = unsafePlace, comment = $"Nummer {i}" })), Json);
        }

        await Client.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/opinions", Opinion(Answer(question.Id, new { placeId = place.Id, categoryId = unsafePlace })), Json);
        await Client.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/opinions", Opinion(Answer(question.Id, new { description = "Vid Bäckegårdsskolan" })), Json);

        var result = (await ReadAsync<ResultPlacesDto>(await Official.GetAsync($"/api/staff/dialogues/{dialogue.Id}/result/places"))).Questions.Single();

        (result.Total, result.OnMap, result.AtPlaces, result.InWords).Should().Be((5, 3, 1, 1));
        result.ByCategory.Should().Equal(new CategoryCountDto(unsafePlace, 4), new CategoryCountDto(null, 1));
        var districts = await ReadAsync<MapConfigDto>(await Client.GetAsync("/api/map"));
        var skranta = districts.Districts.Single(d => d.Code == "skranta").Name;
        result.ByDistrict.Should().Equal(new DistrictCategoryCountDto("skranta", skranta, unsafePlace, 4), new DistrictCategoryCountDto(null, null, null, 1));
        var hot = result.HotSpots[0];
        hot.Count.Should().Be(4);
        (hot.DistrictName, hot.PlaceName).Should().Be((skranta, "Skrantahallen, entrén"));
        result.Described.Should().Equal(new DescribedMarkDto("Vid Bäckegårdsskolan", null, null));
    }

    [Test]
    public async Task The_GeoJSON_export_opens_in_GDAL_and_leaves_out_ids_and_the_comments_of_held_opinions()
    {
        var (dialogue, details) = await OpenMapDialogueAsync();
        var question = details.Questions[0];
        await Client.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/opinions", Opinion(Answer(question.Id,
            new { geometry = Point(14.54, 59.333), categoryId = question.Options[0].Id, comment = "Farligt övergångsställe" },
            new { geometry = Line([14.535, 59.330], [14.540, 59.332]) })), Json);
        await Client.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/opinions", Opinion(Answer(question.Id,
            new { geometry = Polygon([14.54, 59.335], [14.545, 59.335], [14.545, 59.338], [14.54, 59.335]), comment = "Mejla mig: anna@example.se" },
            new { description = "Vid hallen" })), Json);

        var response = await Official.GetAsync($"/api/staff/dialogues/{dialogue.Id}/marks.geojson");

        response.Content.Headers.ContentType!.MediaType.Should().Be("application/geo+json");
        var text = await response.Content.ReadAsStringAsync();
        text.Should().NotContain(dialogue.Id.ToString()).And.NotContain("anna@example.se").And.Contain("Farligt övergångsställe");
        using var json = JsonDocument.Parse(text);
        var features = json.RootElement.GetProperty("features").EnumerateArray().ToList();
        features.Should().HaveCount(4);
        features[0].GetProperty("properties").GetProperty("kategori").GetString().Should().Be("Otrygg plats");
        features[3].GetProperty("geometry").ValueKind.Should().Be(JsonValueKind.Null);

        var file = Path.Combine(Path.GetTempPath(), $"marks-{Guid.NewGuid():N}.geojson");
        await File.WriteAllTextAsync(file, text);
        try
        {
            var ogrinfo = Process.Start(new ProcessStartInfo("ogrinfo", ["-ro", "-al", "-so", file]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var output = await ogrinfo.StandardOutput.ReadToEndAsync();
            await ogrinfo.WaitForExitAsync();
            ogrinfo.ExitCode.Should().Be(0, await ogrinfo.StandardError.ReadToEndAsync());
            output.Should().Contain("Feature Count: 4").And.Contain("kategori: String").And.Contain("EPSG\",4326");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public async Task A_CSV_import_takes_marks_as_WKT_latitude_and_longitude_a_named_place_or_words_and_checks_them_as_online()
    {
        var (dialogue, details) = await OpenMapDialogueAsync();
        var question = details.Questions[0];
        const string good = "kanal;fråga 1;fråga 1 kategori;fråga 1 kommentar;fråga 2\r\n"
            + "Papper;POINT(14.54 59.333) | 59,334, 14,545 | skrantahallen, entrén | Vid kiosken;Otrygg plats|2||;Mörkt|||;Mer ljus\r\n";
        const string bad = "kanal;fråga 1;fråga 1 kategori;fråga 1 kommentar;fråga 2\r\n"
            + "Papper;POLYGON((14.54 59.335, 14.545 59.335));;;\r\n"
            + "Möte;LINESTRING(15.5 59.3, 15.6 59.3);Fin plats;;\r\n";

        var checkedBad = await ReadAsync<ImportOpinionsResponse>(await ImportAsync(dialogue.Id, bad, dryRun: true));
        var imported = await ReadAsync<ImportOpinionsResponse>(await ImportAsync(dialogue.Id, good, dryRun: false));

        checkedBad.Errors.Select(e => (e.Row, e.Column, e.Code)).Should().BeEquivalentTo(new[]
        {
            (2, (string?)"fråga 1", "invalidGeometry"), (3, (string?)"fråga 1 kategori", "unknownValue"), (3, (string?)"fråga 1", "outsideArea"),
        });
        imported.Imported.Should().Be(1);
        using var scope = Factory.Services.CreateScope();
        var marks = await scope.ServiceProvider.GetRequiredService<AppDbContext>().MapMarks.Where(m => m.DialogueId == dialogue.Id).OrderBy(m => m.Position).ToListAsync();
        marks.Select(m => (m.Kind, m.CategoryId, m.Comment, m.Description)).Should().Equal(
            (MarkKind.Point, question.Options[0].Id, "Mörkt", null), (MarkKind.Point, question.Options[1].Id, null, null),
            (MarkKind.Point, null, null, null), (null, null, null, "Vid kiosken"));
        marks[1].Geometry!.Coordinate.Should().Be(new Coordinate(14.545, 59.334)); // latitude first, as maps show it; decimal commas read
        marks[2].PlaceId.Should().Be(details.Map!.Places.Single().Id);
    }

    [Test]
    public async Task The_decision_basis_counts_the_marks_per_category_and_lists_the_hot_spots()
    {
        var (dialogue, details) = await OpenMapDialogueAsync();
        var question = details.Questions[0];
        for (var i = 0; i < 2; i++)
        {
            await Client.PostAsJsonAsync($"/api/dialogues/{dialogue.Id}/opinions", Opinion(Answer(question.Id,
                new { geometry = Point(14.5451, 59.3341), categoryId = question.Options[0].Id })), Json);
        }

        var result = await ReadAsync<Medborgardialog.Api.Features.DialogueResults.ResultDto>(await Official.GetAsync($"/api/staff/dialogues/{dialogue.Id}/result"));
        var html = await (await Official.GetAsync($"/api/staff/dialogues/{dialogue.Id}/decision-basis.html")).Content.ReadAsStringAsync();

        var csv = await (await Official.GetAsync($"/api/staff/dialogues/{dialogue.Id}/opinions.csv")).Content.ReadAsStringAsync();
        csv.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).Skip(1).Should().HaveCount(2).And.AllSatisfy(line => line.Should().Contain(";Otrygg plats · Plats;"));

        var figures = result.Questions.Single(q => q.Kind == QuestionKind.Map);
        figures.Answered.Should().Be(2);
        figures.Options.Select(o => o.Count).Should().Equal(2, 0);
        html.Should().Contain("2 markeringar: 2 på kartan, 0 vid en namngiven plats, 0 beskrivna med ord.")
            .And.Contain("Platser med flest markeringar")
            .And.Contain("<figure><svg").And.Contain($"aria-label=\"{WebUtility.HtmlEncode("Markeringarna på kartan: Markera platser kring Skranta")}\"").And.Contain("<circle ")
            .And.Contain($"<td>{WebUtility.HtmlEncode("Skrantahallen, entrén")}</td><td class=\"n\">2</td><td>Otrygg plats 2</td>");
    }

    [TestCase(null, null)]
    [TestCase("https://tile.openstreetmap.org/{z}/{x}/{y}.png", "https://tile.openstreetmap.org")]
    [TestCase("https://{s}.tiles.example.se:8443/karta/{z}/{x}/{y}.png", "https://*.tiles.example.se:8443")]
    [TestCase("javascript:alert(1)", null)]
    public void The_content_security_policy_lets_in_the_images_of_the_configured_tile_service_only(string? template, string? origin) =>
        Api.Infrastructure.Hosting.HostingSetup.TileOrigin(template).Should().Be(origin);

    private Task<HttpResponseMessage> ImportAsync(Guid dialogueId, string csv, bool dryRun)
    {
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        return Official.PostAsync($"/api/dialogues/{dialogueId}/offline-opinions/import?dryRun={(dryRun ? "true" : "false")}",
            new MultipartFormDataContent { { file, "file", "synpunkter.csv" } });
    }

    /// <summary>Many marks at once, for the clusters: opinions and marks written straight into the database.</summary>
    private static async Task ArrangeMarksAsync(Guid dialogueId, Guid questionId, int count, Func<int, Guid> category)
    {
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < count; i++)
        {
            var (_, hash) = Api.Domain.Opinion.NewToken();
            var opinion = new Api.Domain.Opinion(Guid.CreateVersion7(), dialogueId, OpinionChannel.Online, "", [], new Background(null, null, null), hash, now);
            db.Opinions.Add(opinion);
            var point = MapAnswering.Geometries.CreatePoint(new Coordinate(14.531 + (i % 30) * 0.0009, 59.326 + (i / 30) * 0.0007));
            db.MapMarks.Add(new MapMark(Guid.CreateVersion7(), opinion.Id, dialogueId, questionId, 0, category(i), point, null, null, null));
        }

        await db.SaveChangesAsync();
    }
}
