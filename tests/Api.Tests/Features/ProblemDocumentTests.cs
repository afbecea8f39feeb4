using System.Net;
using System.Net.Http.Json;
using Medborgardialog.Api.Features.Dialogues;
using Medborgardialog.Api.Infrastructure.Auth;
using Medborgardialog.Api.Tests.Features.Dialogues;
using Medborgardialog.Api.Tests.Infrastructure;

namespace Medborgardialog.Api.Tests.Features;

/// <summary>Problem documents a program can read: a stable code on every problem, and per field a code with its parameters.</summary>
public sealed class ProblemDocumentTests : ApiTest
{
    [Test]
    public async Task Invalid_input_names_each_field_with_a_code_and_its_parameters()
    {
        var announcement = Requests.Announcement() is var a
            ? a with { Title = new string('å', 161), ClosesAt = a.OpensAt.AddDays(-1), FactLinks = [new FactLinkInput("Karta", "ftp://karta")] }
            : null!;

        var response = await Official.PostAsJsonAsync("/api/dialogues", announcement, Json);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await ReadProblemAsync(response);
        problem.Code.Should().Be("request.invalid");
        problem.TraceId.Should().NotBeNullOrEmpty();
        problem.FieldErrors.Should().ContainEquivalentOf(new { Field = "title", Code = "tooLong", Params = new Dictionary<string, string> { ["max"] = "160" } });
        problem.FieldErrors.Should().ContainEquivalentOf(new { Field = "closesAt", Code = "mustBeAfter", Params = new Dictionary<string, string> { ["other"] = "opensAt" } });
        problem.FieldErrors.Should().ContainEquivalentOf(new { Field = "factLinks[0].url", Code = "invalidUrl" });
        problem.Errors.Should().ContainKey("title", "the English sentences per field stay, for people reading logs");
    }

    [Test]
    public async Task A_field_the_request_does_not_have_is_refused_with_its_own_code()
    {
        var response = await Official.PostAsJsonAsync("/api/dialogues/" + Guid.NewGuid() + "/cancel", new { reason = "Budgeten", extra = 1 }, Json);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await ReadProblemAsync(response);
        problem.Code.Should().Be("request.invalid");
        problem.FieldErrors.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Field = "extra", Code = "unknownField" });
    }

    [Test]
    public async Task An_unknown_enum_value_in_a_query_lists_the_allowed_values()
    {
        var response = await Client.GetAsync("/api/dialogues?phase=someday");

        var problem = await ReadProblemAsync(response);
        problem.Status.Should().Be(400);
        var error = problem.FieldErrors.Should().ContainSingle().Subject;
        error.Field.Should().Be("phase");
        error.Code.Should().Be("unknownValue");
        error.Params["allowed"].Should().Contain("upcoming");
    }

    [Test]
    public async Task Signed_out_and_wrong_role_answers_carry_their_codes()
    {
        var anonymous = await Client.PostAsync($"/api/dialogues/{Guid.NewGuid()}/close", null);
        anonymous.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await ReadProblemAsync(anonymous)).Code.Should().Be("auth.required");

        using var moderator = await Staff.SignedInAsync(Factory, Roles.Moderator);
        var forbidden = await moderator.PostAsync($"/api/dialogues/{Guid.NewGuid()}/close", null);
        forbidden.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await ReadProblemAsync(forbidden)).Code.Should().Be("auth.forbidden");
    }
}
