using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Medborgardialog.Api.Infrastructure.Seeding;

/// <summary>
/// A few realistic Karlskoga dialogues for <c>./run</c> and demos. Idempotent: a dialogue whose slug
/// exists already is left as it is, so running it twice adds nothing.
/// </summary>
public static class DemoData
{
    public static async Task<int> SeedAsync(AppDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var existing = await db.Dialogues.Select(d => d.Slug).ToListAsync(cancellationToken);
        var added = 0;
        var officials = await OfficialsAsync(db, now, cancellationToken);

        foreach (var (dialogue, publish) in Dialogues(now, today))
        {
            if (existing.Contains(dialogue.Slug))
            {
                continue;
            }

            Describe(dialogue, officials);
            if (publish)
            {
                dialogue.Publish(now);
            }

            db.Dialogues.Add(dialogue);
            added++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return added;
    }

    private static async Task<Dictionary<string, Guid>> OfficialsAsync(AppDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        (string Name, string Party, string Role, string Committee, string Email, string Hours)[] people =
        [
            ("Karin Lindqvist", "Exempelpartiet", "Ordförande i kultur- och fritidsnämnden", "Kultur- och fritidsnämnden",
                "karin.lindqvist@karlskoga.se", "Tisdagar 16–17 i stadshuset, eller efter överenskommelse"),
            ("Ahmed Hassan", "Demopartiet", "Ordförande i samhällsbyggnadsnämnden", "Samhällsbyggnadsnämnden",
                "ahmed.hassan@karlskoga.se", "Första måndagen i månaden 17–18 på stadsbiblioteket"),
        ];
        var known = await db.ElectedOfficials.ToDictionaryAsync(o => o.Name, o => o.Id, cancellationToken);
        foreach (var p in people.Where(p => !known.ContainsKey(p.Name)))
        {
            var official = new ElectedOfficial(Guid.CreateVersion7(now), p.Name, p.Party, p.Role, [p.Committee], p.Email, "0586-610 00", p.Hours);
            db.ElectedOfficials.Add(official);
            known[p.Name] = official.Id;
        }

        return known;
    }

    private static void Describe(Dialogue dialogue, Dictionary<string, Guid> officials)
    {
        switch (dialogue.Slug)
        {
            case "ny-skatepark-vid-skranta":
                dialogue.Describe(["skatepark", "fritid"], ["skranta"], ParticipationLevel.Dialogue,
                    "Kommunen vill bygga en ny skatepark vid Skranta. Vi vill veta vad du tycker. Du kan svara på en enkät eller komma till vår pop-up.",
                    [new FactLink("Karta över Skrantaområdet", "https://www.karlskoga.se/")], true, [officials["Karin Lindqvist"]]);
                dialogue.SetModeration(OpinionVisibility.Public, null); // a youth dialogue: pre-moderated by default
                break;
            case "trafiksakerhet-kring-skolorna-i-backegarden":
                dialogue.Describe(["trafik", "skola", "trygghet"], ["backegarden"], ParticipationLevel.Consult, null,
                    [], false, [officials["Ahmed Hassan"]]);
                dialogue.SetModeration(OpinionVisibility.Public, ModerationMode.PostModeration);
                DescribeTrafficMap(dialogue);
                break;
            case "framtidens-bibliotek":
                dialogue.Describe(["bibliotek", "kultur"], ["hela-kommunen"], ParticipationLevel.CoCreate,
                    "Biblioteket ska byggas om. Vad vill du kunna göra på biblioteket? Berätta för oss.",
                    [], false, [officials["Karin Lindqvist"]]);
                break;
        }
    }

    /// <summary>The traffic-safety dialogue is about places: a map question with categories, the area around the schools
    /// in Bäckegården, and named places for those who answer without the map. (The positions are approximate.)</summary>
    private static void DescribeTrafficMap(Dialogue dialogue)
    {
        var id = (int n) => new Guid($"0b5e0000-0000-7000-8000-{n:D12}");
        dialogue.SetQuestionnaire(
        [
            new Question(id(1), QuestionKind.Map, "Markera platser kring skolorna där du känner dig otrygg i trafiken, eller där det fungerar bra.",
                "Mark places around the schools where you feel unsafe in traffic, or where it works well.", true,
                [
                    new QuestionOption(id(11), "Otrygg plats", "Unsafe place"),
                    new QuestionOption(id(12), "Farlig korsning", "Dangerous crossing"),
                    new QuestionOption(id(13), "Bra plats", "Good place"),
                ],
                new MapQuestionSettings([MarkKind.Point, MarkKind.Line, MarkKind.Area], 10)),
            new Question(id(2), QuestionKind.FreeText, "Vad skulle göra skillnad för dig och ditt barn?", "What would make a difference for you and your child?", false, []),
        ]);
        var area = MapAnswering.Geometries.CreatePolygon(
        [
            new NetTopologySuite.Geometries.Coordinate(14.488, 59.312), new NetTopologySuite.Geometries.Coordinate(14.520, 59.312),
            new NetTopologySuite.Geometries.Coordinate(14.520, 59.329), new NetTopologySuite.Geometries.Coordinate(14.488, 59.329),
            new NetTopologySuite.Geometries.Coordinate(14.488, 59.312),
        ]);
        dialogue.SetMap(area, new MapStart(14.503, 59.3205, 15),
        [
            new NamedPlace(id(21), "Bäckegårdsskolan, entrén", "Bäckegården school, the entrance", 14.5035, 59.3207),
            new NamedPlace(id(22), "Hämta-lämna-platsen vid skolan", "The drop-off place by the school", 14.5021, 59.3199),
            new NamedPlace(id(23), "Busshållplatsen vid skolan", "The bus stop by the school", 14.5052, 59.3214),
            new NamedPlace(id(24), "Övergångsstället vid förskolan", "The pedestrian crossing by the preschool", 14.4998, 59.3188),
        ]);
    }

    private static IEnumerable<(Dialogue Dialogue, bool Publish)> Dialogues(DateTimeOffset now, DateOnly today)
    {
        yield return (Dialogue.CreateDraft(
            "ny-skatepark-vid-skranta",
            "Ny skatepark vid Skranta",
            "Kommunen planerar en ny skatepark i Skrantaområdet. Innan kultur- och fritidsnämnden beslutar vill vi veta hur parken ska se ut, vilka som ska använda den och vad som behövs runt omkring, till exempel belysning, sittplatser och toaletter.",
            "Hur vill du att den nya skateparken ska se ut och användas?",
            "Kultur- och fritidsnämnden",
            "KFN 2026/0142",
            today.AddDays(75),
            [DialogueForm.Survey, DialogueForm.YouthDialogue, DialogueForm.PopUp],
            [TargetGroup.YoungPeople, TargetGroup.FamiliesWithChildren, TargetGroup.DistrictResidents],
            [
                new Place("Skrantahallen, entrén", "Skrantavägen 5, Karlskoga", null, "Entré utan trappsteg. Tillgänglig toalett finns."),
                new Place("Webbenkät", null, "https://www.karlskoga.se/medborgardialog", null),
            ],
            now.AddDays(-3),
            now.AddDays(25),
            now.AddDays(-20)), true);

        yield return (Dialogue.CreateDraft(
            "trafiksakerhet-kring-skolorna-i-backegarden",
            "Trafiksäkerhet kring skolorna i Bäckegården",
            "Många föräldrar har hört av sig om trafiken vid skolorna morgon och eftermiddag. Samhällsbyggnadsnämnden ska besluta om åtgärder som farthinder, nya övergångsställen och en säkrare hämta-lämna-plats.",
            "Var känner du dig otrygg i trafiken kring skolorna, och vad skulle göra skillnad?",
            "Samhällsbyggnadsnämnden",
            "SBN 2026/0310",
            today.AddDays(90),
            [DialogueForm.DialogueWalk, DialogueForm.Survey, DialogueForm.OpenMeeting],
            [TargetGroup.FamiliesWithChildren, TargetGroup.YoungPeople, TargetGroup.PeopleWithDisabilities],
            [
                new Place("Trygghetsvandring, samling vid skolgården", "Bäckegårdsskolan, Karlskoga", null, "Promenaden är cirka 2 km på asfalt. Meddela i förväg om du behöver ledsagning."),
                new Place("Öppet möte i Folkets hus", "Kungsvägen 32, Karlskoga", null, "Hörslinga och teckenspråkstolk. Hiss finns."),
            ],
            now.AddDays(14),
            now.AddDays(45),
            now.AddDays(-2)), true);

        yield return (Dialogue.CreateDraft(
            "framtidens-bibliotek",
            "Framtidens bibliotek i Karlskoga",
            "Stadsbiblioteket ska byggas om. Vi vill veta vad biblioteket betyder för dig i dag och vad du saknar: läsplatser, studierum, öppettider, aktiviteter för barn eller stöd på andra språk.",
            "Vad ska framtidens bibliotek erbjuda dig?",
            "Kultur- och fritidsnämnden",
            null,
            today.AddDays(120),
            [DialogueForm.Workshop, DialogueForm.FocusGroup, DialogueForm.DigitalForum],
            [TargetGroup.AllResidents, TargetGroup.PeopleBornAbroad, TargetGroup.OlderPeople],
            [
                new Place("Stadsbiblioteket, hörsalen", "Kyrkbacken 9, Karlskoga", null, "Entré utan trappsteg, hörslinga. Tolk på arabiska och somaliska vid workshopen."),
            ],
            now.AddDays(30),
            now.AddDays(70),
            now.AddDays(-1)), true);

        yield return (Dialogue.CreateDraft(
            "centrumutveckling-utkast",
            "Centrumutveckling – utkast",
            "Ett utkast som ännu inte är publicerat.",
            "Hur vill du att centrum ska utvecklas?",
            "Kommunstyrelsen",
            null,
            null,
            [DialogueForm.Survey],
            [TargetGroup.AllResidents, TargetGroup.BusinessOwners],
            [],
            now.AddDays(60),
            now.AddDays(90),
            now), false);
    }
}
