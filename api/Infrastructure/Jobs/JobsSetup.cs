using Hangfire;
using Hangfire.Dashboard;
using Hangfire.PostgreSql;
using Medborgardialog.Api.Infrastructure.Auth;
using Medborgardialog.Api.Infrastructure.Hosting;

namespace Medborgardialog.Api.Infrastructure.Jobs;

/// <summary>
/// Hangfire on PostgreSQL (its own schema, "hangfire") for background work. Starts only when the app
/// really runs (<c>Jobs:Enabled</c>, default true), never while the build writes the OpenAPI document.
/// </summary>
public static class JobsSetup
{
    public static bool Enabled(IConfiguration configuration) =>
        !BuildTime.IsGeneratingDocument && configuration.GetValue("Jobs:Enabled", true);

    public static IServiceCollection AddAppJobs(this IServiceCollection services, IConfiguration configuration)
    {
        if (!Enabled(configuration))
        {
            services.AddSingleton<IEmailOutboxKick, NoEmailOutboxKick>();
            services.AddSingleton<IDialogueEventsKick, NoDialogueEventsKick>();
            services.AddSingleton<IWebhookKick, NoWebhookKick>();
            services.AddSingleton<IThemeSuggestionsKick, NoThemeSuggestionsKick>();
            return services;
        }

        services.AddSingleton<IEmailOutboxKick, HangfireEmailOutboxKick>();
        services.AddSingleton<IDialogueEventsKick, HangfireDialogueEventsKick>();
        services.AddSingleton<IWebhookKick, HangfireWebhookKick>();
        services.AddSingleton<IThemeSuggestionsKick, HangfireThemeSuggestionsKick>();
        // Hangfire may have its own connection string (it needs session-level locks, so never multiplexing).
        var connectionString = configuration.GetConnectionString("Jobs") ?? configuration.GetConnectionString("Default")!;
        services.AddHangfire(config => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UsePostgreSqlStorage(
                storage => storage.UseNpgsqlConnection(connectionString),
                new PostgreSqlStorageOptions
                {
                    SchemaName = "hangfire",
                    PrepareSchemaIfNecessary = true,
                    // An idle API should hardly touch the database: poll the queue every few seconds.
                    QueuePollInterval = TimeSpan.FromSeconds(configuration.GetValue("Jobs:QueuePollSeconds", 5)),
                    // A job whose worker died (a killed process) is picked up again in seconds, not half an hour:
                    // live workers keep their jobs invisible by a heartbeat, so the timeout itself can be short.
                    UseSlidingInvisibilityTimeout = true,
                    InvisibilityTimeout = TimeSpan.FromSeconds(30),
                    DistributedLockTimeout = TimeSpan.FromMinutes(1),
                }));
        services.AddHangfireServer(options =>
        {
            options.WorkerCount = configuration.GetValue("Jobs:Workers", 2);
            options.SchedulePollingInterval = TimeSpan.FromSeconds(15);
        });
        services.AddScoped<DialogueScheduleJob>();
        services.AddScoped<EmailOutboxJob>();
        services.AddScoped<DialogueEventsJob>();
        services.AddScoped<WebhookDeliveriesJob>();
        services.AddScoped<PersonalDataRetentionJob>();
        return services;
    }

    public static WebApplication UseAppJobs(this WebApplication app)
    {
        if (!Enabled(app.Configuration))
        {
            return app;
        }

        app.UseHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new AdministratorsOnly()],
            DisplayStorageConnectionString = false,
            DashboardTitle = "Medborgardialog – bakgrundsjobb",
        });
        RecurringJobs.Register(app.Services.GetRequiredService<IRecurringJobManager>());
        // After a crash or a restart, mail that was due goes out now, not at the next minute.
        app.Lifetime.ApplicationStarted.Register(() => app.Services.GetRequiredService<IEmailOutboxKick>().Kick());
        return app;
    }

    /// <summary>The dashboard is for Administrators signed in to the staff console.</summary>
    private sealed class AdministratorsOnly : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) =>
            context.GetHttpContext().User.IsInRole(Roles.Administrator);
    }
}

/// <summary>Asks for the e-mail ledger to be worked now, after a command wrote mail to it.</summary>
public interface IEmailOutboxKick
{
    void Kick();
}

internal sealed class HangfireEmailOutboxKick(IBackgroundJobClient jobs) : IEmailOutboxKick
{
    public void Kick() => jobs.Enqueue<EmailOutboxJob>(job => job.RunAsync(CancellationToken.None));
}

/// <summary>Without background jobs (tests, tools) the ledger is worked by whoever sends its command.</summary>
internal sealed class NoEmailOutboxKick : IEmailOutboxKick
{
    public void Kick() { }
}

/// <summary>Asks for the dialogues' new steps to be distributed to followers now, after a commit wrote one.</summary>
public interface IDialogueEventsKick
{
    void Kick();
}

internal sealed class HangfireDialogueEventsKick(IBackgroundJobClient jobs) : IDialogueEventsKick
{
    public void Kick() => jobs.Enqueue<DialogueEventsJob>(job => job.RunAsync(CancellationToken.None));
}

/// <summary>Without background jobs (tests, tools) the steps are distributed by whoever sends the command.</summary>
internal sealed class NoDialogueEventsKick : IDialogueEventsKick
{
    public void Kick() { }
}

/// <summary>Asks for the webhook ledger to be worked now, after the distributor queued deliveries.</summary>
public interface IWebhookKick
{
    void Kick();
}

internal sealed class HangfireWebhookKick(IBackgroundJobClient jobs) : IWebhookKick
{
    public void Kick() => jobs.Enqueue<WebhookDeliveriesJob>(job => job.RunAsync(CancellationToken.None));
}

/// <summary>Without background jobs (tests, tools) the webhook ledger is worked by whoever sends its command.</summary>
internal sealed class NoWebhookKick : IWebhookKick
{
    public void Kick() { }
}

/// <summary>Asks for queued theme suggestion runs to be worked now, after staff asked for one.</summary>
public interface IThemeSuggestionsKick
{
    void Kick();
}

internal sealed class HangfireThemeSuggestionsKick(IBackgroundJobClient jobs) : IThemeSuggestionsKick
{
    public void Kick() => jobs.Enqueue<ThemeSuggestionsJob>(job => job.RunAsync(CancellationToken.None));
}

/// <summary>Without background jobs (tests, tools) the runs are worked by whoever sends <c>RunThemeSuggestionsCommand</c>.</summary>
internal sealed class NoThemeSuggestionsKick : IThemeSuggestionsKick
{
    public void Kick() { }
}
