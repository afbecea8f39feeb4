using System.Text.Json;
using System.Text.Json.Nodes;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Features.Accounts;
using Medborgardialog.Api.Features.Compliance;
using Medborgardialog.Api.Features.DialogueResults;
using Medborgardialog.Api.Features.Dialogues;
using Medborgardialog.Api.Features.Feedback;
using Medborgardialog.Api.Features.Moderation;
using Medborgardialog.Api.Features.Officials;
using Medborgardialog.Api.Features.Opinions;
using Medborgardialog.Api.Features.Webhooks;
using Medborgardialog.Api.Features.ThemeSuggestions;
using Medborgardialog.Api.Features.DialogueResults.Common;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using Medborgardialog.Api.Features.Opinions.Common;
using Medborgardialog.Api.Features.Dialogues.Common;

namespace Medborgardialog.Api.Infrastructure.OpenApi;

/// <summary>
/// An example of every request body, for integrators and for the contract fuzz's valid requests. Written as instances
/// of the request records and serialised with the API's own JSON settings, so an example cannot drift from its type.
/// Ids in them stand for resources of the caller's own (a question of the dialogue, a theme, an opinion).
/// </summary>
public sealed class RequestExamples : ISchemaFilter
{
    private static readonly DateTimeOffset Opens = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid QuestionId = Guid.Parse("0194f3a2-5c1e-7a00-8000-000000000001");
    private static readonly Guid OptionId = Guid.Parse("0194f3a2-5c1e-7a00-8000-000000000002");

    private static readonly PlaceInput Place = new("Folkets hus, stora salen", "Kungsvägen 1, Karlskoga", null, "Entré utan trappsteg, hörslinga");
    private static readonly FactLinkInput Study = new("Förstudie skatepark (PDF)", "https://www.karlskoga.se/skatepark/forstudie.pdf");

    private static readonly Dictionary<Type, object> Examples = new()
    {
        [typeof(AnnounceDialogueRequest)] = new AnnounceDialogueRequest(
            "Ny skatepark vid Skranta", "Kommunen planerar en skatepark vid Skranta. Vi vill veta hur den ska se ut och vad den ska ha.",
            "Hur vill du att skateparken ska se ut?", "Kultur- och fritidsnämnden", "KFN 2026/0142", new DateOnly(2027, 2, 15),
            [DialogueForm.Survey, DialogueForm.YouthDialogue], [TargetGroup.YoungPeople, TargetGroup.FamiliesWithChildren], [Place],
            Opens, Opens.AddDays(28), ["skatepark", "fritid"], ["centrum"], ParticipationLevel.Consult,
            "Vi ska bygga en skatepark. Säg vad du tycker.", [Study], IsYouthDialogue: true),
        [typeof(EditDialogueRequest)] = new EditDialogueRequest(
            "Ny skatepark vid Skranta", "Kommunen planerar en skatepark vid Skranta. Vi vill veta hur den ska se ut och vad den ska ha.",
            "Hur vill du att skateparken ska se ut?", "Kultur- och fritidsnämnden", "KFN 2026/0142", new DateOnly(2027, 2, 15),
            [DialogueForm.Survey, DialogueForm.PopUp], [TargetGroup.YoungPeople], [Place], Opens, Opens.AddDays(35),
            ["skatepark"], null, ParticipationLevel.Dialogue, "Vi ska bygga en skatepark. Säg vad du tycker.", [Study], IsYouthDialogue: true),
        [typeof(CancelDialogueRequest)] = new CancelDialogueRequest("Frågan avgjordes i budgeten; det finns inget kvar att tycka till om."),
        [typeof(AddSessionRequest)] = new AddSessionRequest(DialogueForm.PopUp, "Pop-up på Stora torget", Opens.AddDays(3).AddHours(2),
            Opens.AddDays(3).AddHours(6), "Stora torget", "Stora torget, Karlskoga", null,
            new SessionAccessibilityInput(true, false, "Arabiska och somaliska", false, "Tält med sittplatser"), null, false),
        [typeof(SignUpForSessionRequest)] = new SignUpForSessionRequest(2),
        [typeof(SetDialogueMapRequest)] = new SetDialogueMapRequest(
            new Geo.GeoJsonGeometry("Polygon", JsonSerializer.SerializeToElement(new[] { new[] { new[] { 14.488, 59.312 }, [14.52, 59.312], [14.52, 59.329], [14.488, 59.329], [14.488, 59.312] } })),
            new MapStartView(Geo.GeoJson.Point(14.503, 59.3205), 15),
            [new NamedPlaceInput(null, "Bäckegårdsskolan, entrén", "Bäckegården school, the entrance", Geo.GeoJson.Point(14.5035, 59.3207))]),
        [typeof(SetQuestionnaireRequest)] = new SetQuestionnaireRequest(
        [
            new QuestionInput(null, QuestionKind.SingleChoice, "Hur ofta åker du skateboard?", "How often do you skate?", true,
                [new QuestionOptionInput(null, "Varje vecka", "Every week"), new QuestionOptionInput(null, "Ibland", "Sometimes"), new QuestionOptionInput(null, "Aldrig", "Never")]),
            new QuestionInput(null, QuestionKind.Scale, "Hur viktigt är belysning?", null, false, null),
            new QuestionInput(null, QuestionKind.FreeText, "Vad mer ska finnas i parken?", null, false, null),
        ]),
        [typeof(SubmitOpinionRequest)] = new SubmitOpinionRequest("Bygg den nära bussen, så kan fler ta sig dit.",
            [new AnswerInput(QuestionId, null, [OptionId], null)], new BackgroundInput(AgeBand.Age16To25, "centrum", Relation.YoungPerson), null, false, "sv"),
        [typeof(SetDialogueTranslationRequest)] = new SetDialogueTranslationRequest(
            "A new skate park at Skranta",
            "The municipality is planning a new skate park. We want to know what it should be like.",
            "What would you like the skate park to be like?",
            null,
            [new QuestionTranslationInput(QuestionId, "How often do you skate?", [new OptionTranslationInput(OptionId, "Every week")])]),
        [typeof(RegisterOfflineOpinionRequest)] = new RegisterOfflineOpinionRequest(OpinionChannel.Paper, null,
            "Fler bänkar och en vattenkran.", null, new BackgroundInput(AgeBand.Age65Plus, null, Relation.Resident)),
        [typeof(CreateThemeRequest)] = new CreateThemeRequest("Belysning och trygghet"),
        [typeof(TagOpinionRequest)] = new TagOpinionRequest([Guid.Parse("0194f3a2-5c1e-7a00-8000-000000000010")]),
        [typeof(TagOpinionsInBulkRequest)] = new TagOpinionsInBulkRequest(Guid.Parse("0194f3a2-5c1e-7a00-8000-000000000010"), TaggingAction.Tag,
            new OpinionMatch("cykelbana", Untagged: true), null, 2314), // the list's total for the same match, as staff confirmed it
        [typeof(SuggestThemesRequest)] = new SuggestThemesRequest(10, null, false),
        [typeof(RenameThemeSuggestionRequest)] = new RenameThemeSuggestionRequest("Cykelbanor och cykelställ"),
        [typeof(AcceptThemeSuggestionRequest)] = new AcceptThemeSuggestionRequest("Cykelbanor och cykelställ"),
        [typeof(MergeThemeSuggestionsRequest)] = new MergeThemeSuggestionsRequest([Guid.Parse("0194f3a2-5c1e-7a00-8000-000000000021")]),
        [typeof(CompileResultRequest)] = new CompileResultRequest(
            "142 synpunkter kom in. De flesta vill ha parken nära bussen och med belysning; unga ville ha en skålramp.",
            []), // quotes are ids of the dialogue's own opinions (GET /api/staff/dialogues/{id}/opinions)
        [typeof(RecordDecisionRequest)] = new RecordDecisionRequest("Kultur- och fritidsnämnden", new DateOnly(2027, 2, 15), "KFN 2026/0142",
            "Skateparken byggs vid Skranta med belysning och en skålramp.", "Platsen och belysningen valdes efter synpunkterna; skålrampen kom från unga.",
            "https://www.karlskoga.se/protokoll/kfn-2027-02-15"),
        [typeof(PublishFeedbackRequest)] = new PublishFeedbackRequest("Tack för alla synpunkter! Bygget börjar i augusti.",
            [new FactLinkInput("Ritningen (PDF)", "https://www.karlskoga.se/skatepark/ritning.pdf")]),
        [typeof(ReportOpinionRequest)] = new ReportOpinionRequest(ReportReason.ThreatOrHate, "b6f1c2d4e5a6478990a1b2c3d4e5f607"),
        [typeof(SetOpinionModerationRequest)] = new SetOpinionModerationRequest(OpinionVisibility.Public, ModerationMode.PreModeration),
        [typeof(ModerationNoteRequest)] = new ModerationNoteRequest("Sakligt, inget att invända mot."),
        [typeof(HideOpinionRequest)] = new HideOpinionRequest("Innehöll personuppgifter om en enskild person."),
        [typeof(PoliceReportRequest)] = new PoliceReportRequest("Hot mot en namngiven förtroendevald; anmäls till polisen."),
        [typeof(ExplainReachShortfallRequest)] = new ExplainReachShortfallRequest(
            "Vi bjöd in via skolorna men nådde få unga; nästa gång en pop-up vid gymnasiet."),
        [typeof(AddElectedOfficialRequest)] = new AddElectedOfficialRequest("Anna Lind", "Socialdemokraterna", "Ordförande",
            ["Kultur- och fritidsnämnden"], "anna.lind@karlskoga.se", "0586-610 00", "Torsdagar 15–17 i stadshuset"),
        [typeof(InviteStaffRequest)] = new InviteStaffRequest("ny.handlaggare@karlskoga.se", "Ny Handläggare", [Auth.Roles.Official]),
        [typeof(AcceptInvitationRequest)] = new AcceptInvitationRequest(Guid.Parse("0194f3a2-5c1e-7a00-8000-000000000030"),
            "CfDJ8…(the token from the invitation e-mail)", "ett långt och eget lösenord"),
        [typeof(SignInRequest)] = new SignInRequest("handlaggare@karlskoga.se", "ett långt och eget lösenord"),
        [typeof(Features.Follows.RequestFollowRequest)] = new Features.Follows.RequestFollowRequest("anna.andersson@example.se", true,
            Guid.Parse("0194f3a2-5c1e-7a00-8000-000000000001"), Frequency: FollowFrequency.EachStep, Language: "sv"),
        [typeof(Features.Follows.ConfirmFollowRequest)] = new Features.Follows.ConfirmFollowRequest("CfDJ8…(the token from the confirmation e-mail)"),
        [typeof(Features.Follows.ChangeFollowerRequest)] = new Features.Follows.ChangeFollowerRequest(FollowFrequency.Weekly, "sv"),
        [typeof(Features.Follows.AddFollowRequest)] = new Features.Follows.AddFollowRequest(NewDialogues: true, District: "backegarden"),
        [typeof(Features.Follows.OneClickUnsubscribeForm)] = new Features.Follows.OneClickUnsubscribeForm("One-Click"),
        [typeof(RegisterWebhookEndpointRequest)] = new RegisterWebhookEndpointRequest("https://integration.example.se/medborgardialog/webhook",
            "Kommunens webbplats: nyheter om dialoger", [DialogueEventKind.Announced, DialogueEventKind.Opened, DialogueEventKind.FeedbackPublished]),
        [typeof(ChangeWebhookEndpointRequest)] = new ChangeWebhookEndpointRequest("https://integration.example.se/medborgardialog/webhook",
            "Kommunens webbplats: nyheter om dialoger", [DialogueEventKind.Opened, DialogueEventKind.Closed], Active: false),
    };

    private static readonly JsonSerializerOptions Json = CreateJson();

    /// <summary>The request types with an example (a test checks every request body has one and that it fits its schema).</summary>
    public static IReadOnlyCollection<Type> Types => Examples.Keys;

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is OpenApiSchema target && Examples.TryGetValue(context.Type, out var example))
        {
            target.Examples = [JsonSerializer.SerializeToNode(example, context.Type, Json)!];
        }
    }

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Medborgardialog.Api.Infrastructure.Json.JsonSetup.Apply(options);
        // Leave out what is not given, as a client would.
        options.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull;
        return options;
    }
}
