using System.Net;
using System.Net.Http.Json;
using System.Text;
using Medborgardialog.Api.Infrastructure.Auth;
using Medborgardialog.Api.Tests.Features.Dialogues;
using Medborgardialog.Api.Tests.Features.Feedback;
using Medborgardialog.Api.Tests.Infrastructure;

namespace Medborgardialog.Api.Tests.Features;

/// <summary>A list or field that is null or missing, where the request's type says it cannot be, is a field error (400
/// naming the field), never a 500: the JSON reading refuses it for every request, before any validator runs.</summary>
public sealed class NullAndMissingFieldTests : ApiTest
{
    private HttpClient _admin = null!;

    [SetUp]
    public async Task SignInAdministratorAsync() => _admin = await Staff.SignedInAsync(Factory, Roles.Administrator);

    [TearDown]
    public void SignOut() => _admin?.Dispose();

    [TestCase("{\"questions\":null}")]
    [TestCase("{}")]
    public async Task A_questionnaire_without_its_questions_is_a_field_error(string body)
    {
        var draft = await Scenario.Dialogue(_admin).InStageAsync(Stage.Draft);

        var problem = await SendAsync(HttpMethod.Put, $"/api/dialogues/{draft.Id}/questionnaire", body);

        NamesTheField(problem, "questions");
    }

    [TestCase("{\"themeIds\":null}")]
    [TestCase("{}")]
    public async Task Tagging_without_theme_ids_is_a_field_error(string body)
    {
        var dialogue = await Scenario.Dialogue(_admin).InStageAsync(Stage.Open);
        var opinion = await Scenario.OpinionAsync(Client, dialogue.Id, "Mer belysning");

        var problem = await SendAsync(HttpMethod.Put, $"/api/opinions/{opinion.OpinionId}/themes", body);

        NamesTheField(problem, "themeIds");
    }

    [TestCase("{\"summary\":\"Sammanfattning\",\"quoteOpinionIds\":null}")]
    [TestCase("{\"summary\":\"Sammanfattning\"}")]
    public async Task Compiling_a_result_without_quotes_is_a_field_error(string body)
    {
        var dialogue = await Scenario.Dialogue(_admin).InStageAsync(Stage.Open);
        await Scenario.CloseAsync(_admin, dialogue.Id);

        var problem = await SendAsync(HttpMethod.Put, $"/api/dialogues/{dialogue.Id}/result", body);

        NamesTheField(problem, "quoteOpinionIds");
    }

    [TestCase(null)]
    [TestCase("missing")]
    public async Task Editing_a_dialogue_without_its_forms_is_a_field_error(string? forms)
    {
        var draft = await Scenario.Dialogue(_admin).InStageAsync(Stage.Draft);
        var body = System.Text.Json.JsonSerializer.SerializeToNode(Requests.Announcement(), Json)!.AsObject();
        if (forms is null)
        {
            body["forms"] = null;
        }
        else
        {
            body.Remove("forms");
        }

        var problem = await SendAsync(HttpMethod.Put, $"/api/dialogues/{draft.Id}", body.ToJsonString());

        NamesTheField(problem, "forms");
    }

    /// <summary>A null is refused while reading the body (the field by its JSON name); a missing member by the
    /// validation pipeline (the field by its place in the request, e.g. <c>questionnaire.questions</c>).</summary>
    private static void NamesTheField(ProblemBody problem, string field) =>
        problem.Errors!.Keys.Should().Contain(k => k == field || k.EndsWith("." + field), $"the problem names {field}: {string.Join(", ", problem.Errors.Keys)}");

    private async Task<ProblemBody> SendAsync(HttpMethod method, string path, string json)
    {
        var response = await _admin.SendAsync(new HttpRequestMessage(method, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") });
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        return await ReadProblemAsync(response);
    }
}
