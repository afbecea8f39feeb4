using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Medborgardialog.Api.Tests.Infrastructure;

/// <summary>The real app, in process, on the real PostgreSQL test database. Migrations run at start-up as in production.</summary>
public sealed class ApiFactory(string connectionString, string environment = "Testing", bool openWrites = true)
    : WebApplicationFactory<Program>
{
    /// <summary>The app's clock; tests move it instead of waiting.</summary>
    public TestClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("ConnectionStrings:Default", connectionString);
        builder.UseSetting("Auth:OpenWriteEndpoints", openWrites ? "true" : "false");
        builder.UseSetting("Database:SeedDemoData", "false");
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }
}
