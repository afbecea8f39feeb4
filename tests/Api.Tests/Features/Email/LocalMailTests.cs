using Mediator;
using Medborgardialog.Api.Features.Email;
using Medborgardialog.Api.Infrastructure.Auth;
using Medborgardialog.Api.Tests.Features.Feedback;
using Medborgardialog.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Medborgardialog.Api.Tests.Features.Email;

/// <summary>Without SMTP (the local default), mail is written as .eml files that Administrators read in the console.</summary>
public sealed class LocalMailTests : ApiTest
{
    [Test]
    public async Task Administrators_read_the_locally_kept_mail_newest_first()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"medborgardialog-local-mail-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        await using var app = new ApiFactory(TestEnvironment.Database.ConnectionString, new Dictionary<string, string?>
        {
            ["Database:MigrateOnStartup"] = "false",
            ["Email:PickupDirectory"] = folder,
        });
        app.Clock.Set(TestClock.Start);
        using var official = await Staff.SignedInAsync(app, Roles.Official);
        using var admin = await Staff.SignedInAsync(app, Roles.Administrator);
        using var resident = app.CreateClient();
        var dialogue = await Scenario.Dialogue(official).InStageAsync(Stage.Open);
        await Scenario.OpinionAsync(resident, dialogue.Id, "Med adress", "lokal@example.se");
        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<ISender>().Send(new SendOutgoingEmailsCommand());
        }

        var list = await ReadAsync<LocalMailList>(await admin.GetAsync("/api/staff/local-mail"));
        var message = await ReadAsync<LocalMailMessage>(await admin.GetAsync($"/api/staff/local-mail/{list.Messages[0].Id}"));
        var traversal = await admin.GetAsync("/api/staff/local-mail/..%2F..%2Fetc%2Fpasswd");

        list.Enabled.Should().BeTrue();
        list.Messages.Should().ContainSingle().Which.Subject.Should().StartWith("Bekräfta din e-post");
        message.To.Should().Contain("lokal@example.se");
        message.Text.Should().Contain("/kvitto/bekrafta/");
        ((int)traversal.StatusCode).Should().BeOneOf(400, 404);
        Directory.Delete(folder, recursive: true);
    }
}
