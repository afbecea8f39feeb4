using Medborgardialog.Api.Infrastructure.Auth;
using Medborgardialog.Api.Infrastructure.Hosting;
using Medborgardialog.Api.Infrastructure.Seeding;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Medborgardialog.Api.Infrastructure.Persistence;

public static class DatabaseSetup
{
    public static IServiceCollection AddAppDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = WithoutJit(configuration.GetConnectionString("Default")
            ?? throw new InvalidOperationException("ConnectionStrings:Default is not configured."));
        // The public pages' queries: the hot standby when one is named, else the primary (ReadOnlyDbContext).
        var readOnly = configuration.GetConnectionString("ReadOnly");
        var readConnectionString = string.IsNullOrWhiteSpace(readOnly) ? connectionString : WithoutJit(readOnly);
        services.AddDbContextPool<ReadOnlyDbContext>(options => options
            .UseNpgsql(readConnectionString, npgsql => npgsql.UseNetTopologySuite())
            .UseSnakeCaseNamingConvention()
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking));
        services.AddSingleton<DialogueEventKick>();
        services.AddSingleton<DialogueEventKick.OnCommit>();
        services.AddDbContextPool<AppDbContext>((sp, options) => options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(typeof(AppDbContext).Assembly.FullName).UseNetTopologySuite())
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(sp.GetRequiredService<DialogueEventKick>(), sp.GetRequiredService<DialogueEventKick.OnCommit>()));
        var dataProtection = services.AddDataProtection().SetApplicationName("medborgardialog");
        if (!BuildTime.IsGeneratingDocument)
        {
            dataProtection.PersistKeysToDbContext<AppDbContext>();
        }

        services.AddHealthChecks()
            // A real round trip: opening a pooled connection succeeds even when the server behind it is gone.
            .AddDbContextCheck<AppDbContext>("database", tags: ["ready"],
                customTestQuery: async (db, ct) => await db.Database.SqlQueryRaw<int>("SELECT 1 AS \"Value\"").SingleAsync(ct) == 1);
        // Migrations (and demo data, when asked for) run when the host starts, never when the build
        // loads the assembly to write the OpenAPI document.
        // First of all hosted services (they start in order): Data Protection's own start-up service reads its keys
        // from a table a migration creates.
        if (!BuildTime.IsGeneratingDocument)
        {
            services.Insert(0, ServiceDescriptor.Singleton<IHostedService, MigrateOnStartup>());
        }

        return services;
    }

    /// <summary>PostgreSQL's JIT compiles a query once its estimated cost is high, and PostGIS's estimates are: measured
    /// on the results map (bench/map-results), JIT added 0.7–0.9 s to a statement that runs in 0.2 s. The API's statements
    /// are short, so its connections turn JIT off, unless the connection string's <c>Options</c> say otherwise.</summary>
    public static string WithoutJit(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(builder.Options))
        {
            builder.Options = "-c jit=off";
        }

        return builder.ConnectionString;
    }
}

/// <summary>Applies pending migrations at start-up (<c>Database:MigrateOnStartup</c>, default true) and seeds demo data when <c>Database:SeedDemoData</c> is true.</summary>
internal sealed partial class MigrateOnStartup(
    IServiceProvider services,
    IConfiguration configuration,
    ILogger<MigrateOnStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue("Database:MigrateOnStartup", true))
        {
            return;
        }

        // Several instances may start at once (docker compose --scale): one migrates and seeds, the others wait for it
        // and then find nothing left to do. A session-level advisory lock on a connection of its own.
        await using var gate = new Npgsql.NpgsqlConnection(WithoutPooling(configuration.GetConnectionString("Default")!));
        await gate.OpenAsync(cancellationToken);
        await using (var take = new Npgsql.NpgsqlCommand($"SELECT pg_advisory_lock({StartUpLock})", gate))
        {
            await take.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        LogMigrated();

        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        if (await FirstAdministrator.EnsureAsync(scope.ServiceProvider, configuration, clock))
        {
            LogAdministratorCreated();
        }

        if (configuration.GetValue("Database:SeedDemoData", false))
        {
            var seeded = await DemoData.SeedAsync(db, clock, cancellationToken);
            LogSeeded(seeded);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The advisory lock's number for start-up (any fixed number the application owns); released when the
    /// connection closes, also if the process dies.</summary>
    private const long StartUpLock = 7_310_194_001;

    private static string WithoutPooling(string connectionString) =>
        new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;

    [LoggerMessage(Level = LogLevel.Information, Message = "Database migrated")]
    private partial void LogMigrated();

    [LoggerMessage(Level = LogLevel.Information, Message = "The first Administrator account was created from configuration")]
    private partial void LogAdministratorCreated();

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: {Count} dialogues added")]
    private partial void LogSeeded(int count);
}
