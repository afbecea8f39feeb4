using Microsoft.Extensions.Logging;
using Microsoft.AspNetCore.Hosting;
using Medborgardialog.Api.Tests.Contract;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Medborgardialog.Api.Tests.Infrastructure;

/// <summary>The real app, in process, on the real PostgreSQL test database. Migrations run at start-up as in production.</summary>
public sealed class ApiFactory(
    string connectionString,
    IReadOnlyDictionary<string, string?>? settings = null,
    Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    /// <summary>The app's clock; tests move it instead of waiting.</summary>
    public TestClock Clock { get; } = new();

    /// <summary>A client whose every answer is checked against contracts/openapi.json (<see cref="ContractCheckingHandler"/>).</summary>
    public new HttpClient CreateClient() => CreateClient(ClientOptions);

    /// <inheritdoc cref="CreateClient()"/>
    public new HttpClient CreateClient(WebApplicationFactoryClientOptions options)
    {
        var handlers = new List<DelegatingHandler>();
        if (options.AllowAutoRedirect)
        {
            handlers.Add(new RedirectHandler(options.MaxAutomaticRedirections));
        }

        if (options.HandleCookies)
        {
            handlers.Add(new CookieContainerHandler());
        }

        handlers.Add(new ContractCheckingHandler());
        return CreateDefaultClient(options.BaseAddress, [.. handlers]);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Default", connectionString);
        builder.UseSetting("Database:SeedDemoData", "false");
        // Hangfire is not started in tests; the jobs' use cases are sent directly.
        builder.UseSetting("Jobs:Enabled", "false");
        // Many sign-ins from one test client: the rate limit has its own test with its own factory.
        builder.UseSetting("Auth:SignInsPerMinute", "100000");
        builder.UseSetting("RateLimits:AnonymousWritesPerMinute", "100000");
        builder.UseSetting("RateLimits:ReportsPerMinute", "100000");
        // Tests move the clock and reset tables behind the app's back: the public cache has its own test.
        builder.UseSetting("Http:PublicCacheSeconds", "0");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(new ServerErrors()));
        builder.ConfigureServices(collection =>
        {
            collection.RemoveAll<TimeProvider>();
            collection.AddSingleton<TimeProvider>(Clock);
            services?.Invoke(collection);
        });
    }
}
