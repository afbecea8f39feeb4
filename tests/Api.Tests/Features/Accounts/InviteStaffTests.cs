using System.Net;
using System.Net.Http.Json;
using Medborgardialog.Api.Features.Accounts;
using Medborgardialog.Api.Infrastructure.Auth;
using Medborgardialog.Api.Tests.Infrastructure;

namespace Medborgardialog.Api.Tests.Features.Accounts;

public sealed class InviteStaffTests : ApiTest
{
    [Test]
    public async Task An_administrator_invites_an_official_who_chooses_a_password_and_runs_dialogues()
    {
        using var admin = await Staff.SignedInAsync(Factory, Roles.Administrator);

        var invited = await ReadAsync<InviteStaffResponse>(await admin.PostAsJsonAsync("/api/staff/invitations",
            new { email = "anna.andersson@karlskoga.example", displayName = "Anna Andersson", roles = new[] { Roles.Official } }));
        var accepted = await Client.PostAsJsonAsync("/api/account/accept-invitation",
            new { userId = invited.UserId, token = invited.InvitationToken, password = "annas långa lösenord" });
        using var anna = await Staff.BearerClientAsync(Factory, "anna.andersson@karlskoga.example", "annas långa lösenord");

        accepted.StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await Scenario.Dialogue(anna).InStageAsync(Stage.Draft)).Slug.Should().NotBeEmpty();
    }

    [Test]
    public async Task An_invitation_works_once()
    {
        using var admin = await Staff.SignedInAsync(Factory, Roles.Administrator);
        var invited = await ReadAsync<InviteStaffResponse>(await admin.PostAsJsonAsync("/api/staff/invitations",
            new { email = "bo@karlskoga.example", displayName = "Bo", roles = new[] { Roles.Moderator } }));
        await Client.PostAsJsonAsync("/api/account/accept-invitation", new { userId = invited.UserId, token = invited.InvitationToken, password = "bos långa lösenord" });

        var again = await Client.PostAsJsonAsync("/api/account/accept-invitation", new { userId = invited.UserId, token = invited.InvitationToken, password = "ett annat lösenord" });

        again.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ReadProblemAsync(again)).Errors.Should().ContainKey("token");
    }

    [Test]
    public async Task A_forged_invitation_token_is_refused()
    {
        using var admin = await Staff.SignedInAsync(Factory, Roles.Administrator);
        var invited = await ReadAsync<InviteStaffResponse>(await admin.PostAsJsonAsync("/api/staff/invitations",
            new { email = "cia@karlskoga.example", displayName = "Cia", roles = new[] { Roles.Official } }));

        var forged = await Client.PostAsJsonAsync("/api/account/accept-invitation", new { userId = invited.UserId, token = "not-the-token", password = "cias långa lösenord" });

        (await ReadProblemAsync(forged)).Errors.Should().ContainKey("token");
    }

    [Test]
    public async Task Inviting_the_same_address_twice_is_a_conflict_and_unknown_roles_are_refused()
    {
        using var admin = await Staff.SignedInAsync(Factory, Roles.Administrator);
        var invitation = new { email = "dan@karlskoga.example", displayName = "Dan", roles = new[] { Roles.Official } };
        await admin.PostAsJsonAsync("/api/staff/invitations", invitation);

        var twice = await admin.PostAsJsonAsync("/api/staff/invitations", invitation);
        var badRole = await admin.PostAsJsonAsync("/api/staff/invitations", new { email = "eva@karlskoga.example", displayName = "Eva", roles = new[] { "Superuser" } });

        twice.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await ReadProblemAsync(badRole)).Errors.Should().ContainKey("roles[0]");
    }

    [Test]
    public async Task A_short_password_is_refused_when_accepting()
    {
        using var admin = await Staff.SignedInAsync(Factory, Roles.Administrator);
        var invited = await ReadAsync<InviteStaffResponse>(await admin.PostAsJsonAsync("/api/staff/invitations",
            new { email = "fia@karlskoga.example", displayName = "Fia", roles = new[] { Roles.Official } }));

        var response = await Client.PostAsJsonAsync("/api/account/accept-invitation", new { userId = invited.UserId, token = invited.InvitationToken, password = "kort" });

        (await ReadProblemAsync(response)).Errors.Should().ContainKey("password");
    }
}
