namespace Medborgardialog.Api.Tests.Infrastructure;

/// <summary>Base for tests that read what was really sent: an app of their own that sends its mail to a real SMTP server
/// (<see cref="SmtpServer"/>, aiosmtpd on a loopback port), on the test database, its clock at <see cref="TestClock.Start"/>.</summary>
public abstract class MailingTest : ApiTest
{
    protected SmtpServer Smtp { get; private set; } = null!;

    protected ApiFactory App { get; private set; } = null!;

    [SetUp]
    public void StartMailingApp()
    {
        Smtp = new SmtpServer();
        Smtp.Start();
        App = new ApiFactory(TestEnvironment.Database.ConnectionString, new Dictionary<string, string?>
        {
            ["Database:MigrateOnStartup"] = "false",
            ["Email:SmtpHost"] = "127.0.0.1",
            ["Email:SmtpPort"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Web:PublicUrl"] = "https://medborgardialog.karlskoga.se",
        });
        App.Clock.Set(TestClock.Start);
    }

    [TearDown]
    public async Task StopMailingApp()
    {
        await App.DisposeAsync();
        Smtp.Dispose();
    }
}
