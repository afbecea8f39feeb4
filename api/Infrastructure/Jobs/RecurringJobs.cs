using Hangfire;
using Mediator;
using Medborgardialog.Api.Features.Dialogues;
using Medborgardialog.Api.Features.Email;
using Medborgardialog.Api.Features.Retention;

namespace Medborgardialog.Api.Infrastructure.Jobs;

/// <summary>Every recurring job of the system, in one place.</summary>
public static class RecurringJobs
{
    public const string DialogueSchedule = "dialogue-schedule";
    public const string EmailOutbox = "email-outbox";
    public const string PersonalDataRetention = "personal-data-retention";
    public const string FeedbackReminders = "feedback-reminders";
    public const string ComplianceReminders = "compliance-reminders";
    public const string DialogueEvents = "dialogue-events";
    public const string FollowDigests = "follow-digests";
    public const string WebhookDeliveries = "webhook-deliveries";
    public const string ThemeSuggestions = "theme-suggestions";

    public static void Register(IRecurringJobManager jobs)
    {
        jobs.AddOrUpdate<DialogueScheduleJob>(DialogueSchedule, job => job.RunAsync(CancellationToken.None), Cron.Minutely());
        // Mail is also sent at once after it is written (EmailOutboxKick); this catches retries and anything missed.
        jobs.AddOrUpdate<EmailOutboxJob>(EmailOutbox, job => job.RunAsync(CancellationToken.None), Cron.Minutely());
        jobs.AddOrUpdate<PersonalDataRetentionJob>(PersonalDataRetention, job => job.RunAsync(CancellationToken.None), Cron.Hourly());
        jobs.AddOrUpdate<FeedbackReminderJob>(FeedbackReminders, job => job.RunAsync(CancellationToken.None), Cron.Daily(7));
        // Steps are also distributed at once after the commit that wrote them (DialogueEventKick); this catches anything missed.
        jobs.AddOrUpdate<DialogueEventsJob>(DialogueEvents, job => job.RunAsync(CancellationToken.None), Cron.Minutely());
        jobs.AddOrUpdate<FollowDigestJob>(FollowDigests, job => job.RunAsync(CancellationToken.None), Cron.Weekly(DayOfWeek.Monday, 7),
            new RecurringJobOptions { TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm") });
        // Webhooks are also sent at once after the distributor queued them (WebhookKick); this catches retries and anything missed.
        jobs.AddOrUpdate<WebhookDeliveriesJob>(WebhookDeliveries, job => job.RunAsync(CancellationToken.None), Cron.Minutely());
        // Runs are also worked at once after staff asked (ThemeSuggestionsKick); this catches a kick lost or a run abandoned.
        jobs.AddOrUpdate<ThemeSuggestionsJob>(ThemeSuggestions, job => job.RunAsync(CancellationToken.None), Cron.Minutely());
        jobs.AddOrUpdate<ComplianceReminderJob>(ComplianceReminders, job => job.RunAsync(CancellationToken.None), Cron.Daily(6));
    }
}

/// <summary>Sends due e-mail from the ledger until none is due, with <c>Email:Senders</c> (default 8) senders side by
/// side, each with its own SMTP connection; rows are claimed with SKIP LOCKED, so no two senders take the same mail.
/// One run at a time per process: a kick while a run is going asks that run for one more round instead of starting a
/// second. No distributed lock — a lock held by a killed process would block the next run for its timeout, and the
/// ledger's claims already keep two processes apart.</summary>
public sealed class EmailOutboxJob(IServiceScopeFactory scopes, IConfiguration configuration)
{
    /// <summary>How many senders work side by side when <c>Email:Senders</c> does not say.</summary>
    public const int DefaultSenders = 8;

    private static readonly SemaphoreSlim Running = new(1, 1);
    private static int _asked;

    [AutomaticRetry(Attempts = 0)] // the ledger itself retries, per mail, with back-off
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _asked, 1);
        // Whoever holds the gate works until no one has asked since its last round; checking again after releasing
        // closes the gap where a kick arrives just as the running round ends.
        while (Volatile.Read(ref _asked) == 1 && await Running.WaitAsync(0, cancellationToken))
        {
            try
            {
                while (Interlocked.Exchange(ref _asked, 0) == 1)
                {
                    // 8 by default: each sender waits for its own commit (fsync) after every mail, so more of them share
                    // PostgreSQL's group commits; bench/feedback-fanout, 20,000 mails: 403 mails/s with 4, 450 with 8.
                    var senders = Math.Clamp(configuration.GetValue("Email:Senders", DefaultSenders), 1, 32);
                    await Task.WhenAll(Enumerable.Range(0, senders).Select(_ => SendUntilDoneAsync(cancellationToken)));
                }
            }
            finally
            {
                Running.Release();
            }
        }
    }

    private async Task SendUntilDoneAsync(CancellationToken cancellationToken)
    {
        SendOutgoingEmailsResponse result;
        do
        {
            await using var scope = scopes.CreateAsyncScope();
            result = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new SendOutgoingEmailsCommand(), cancellationToken);
        }
        while (result.Sent > 0 && result.Failed == 0);
    }
}

/// <summary>Reminds officials whose decision has waited too long for feedback.</summary>
public sealed class FeedbackReminderJob(ISender sender)
{
    public async Task RunAsync(CancellationToken cancellationToken) =>
        await sender.Send(new Features.Feedback.RemindMissingFeedbackCommand(), cancellationToken);
}

/// <summary>Tells the responsible official when a quality promise (Q1–Q5) is about to be missed.</summary>
public sealed class ComplianceReminderJob(ISender sender)
{
    public async Task RunAsync(CancellationToken cancellationToken) =>
        await sender.Send(new Features.Compliance.SendComplianceRemindersCommand(), cancellationToken);
}

/// <summary>Deletes personal data whose time is up.</summary>
public sealed class PersonalDataRetentionJob(ISender sender)
{
    public async Task RunAsync(CancellationToken cancellationToken) =>
        await sender.Send(new ForgetExpiredPersonalDataCommand(), cancellationToken);
}

/// <summary>Opens and closes dialogues at their scheduled times.</summary>
public sealed class DialogueScheduleJob(ISender sender)
{
    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public async Task RunAsync(CancellationToken cancellationToken) =>
        await sender.Send(new ApplyDialogueScheduleCommand(), cancellationToken);
}

/// <summary>Distributes the dialogues' new steps to their followers (the ledger rows; the outbox sends them).</summary>
public sealed class DialogueEventsJob(ISender sender)
{
    [AutomaticRetry(Attempts = 3)]
    public async Task RunAsync(CancellationToken cancellationToken) =>
        await sender.Send(new Features.Follows.DistributeDialogueEventsCommand(), cancellationToken);
}

/// <summary>Works the queued theme suggestion runs (claimed with SKIP LOCKED: one instance per run).</summary>
public sealed class ThemeSuggestionsJob(ISender sender)
{
    [AutomaticRetry(Attempts = 0)] // a failed run is recorded as failed; staff ask again
    public async Task RunAsync(CancellationToken cancellationToken) =>
        await sender.Send(new Features.ThemeSuggestions.RunThemeSuggestionsCommand(), cancellationToken);
}

/// <summary>Queues last week's digest for the followers who asked for one mail a week.</summary>
public sealed class FollowDigestJob(ISender sender)
{
    public async Task RunAsync(CancellationToken cancellationToken) =>
        await sender.Send(new Features.Follows.QueueWeeklyDigestsCommand(), cancellationToken);
}

/// <summary>Sends due webhook deliveries until none is due (a run claims its batch with SKIP LOCKED, so two runs never
/// take the same delivery). One run at a time per process; a kick during a run asks it for one more round.</summary>
public sealed class WebhookDeliveriesJob(IServiceScopeFactory scopes)
{
    private static readonly SemaphoreSlim Running = new(1, 1);
    private static int _asked;

    [AutomaticRetry(Attempts = 0)] // the ledger itself retries, per delivery, with back-off
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _asked, 1);
        while (Volatile.Read(ref _asked) == 1 && await Running.WaitAsync(0, cancellationToken))
        {
            try
            {
                while (Interlocked.Exchange(ref _asked, 0) == 1)
                {
                    Features.Webhooks.SendWebhookDeliveriesResponse result;
                    do
                    {
                        await using var scope = scopes.CreateAsyncScope();
                        result = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new Features.Webhooks.SendWebhookDeliveriesCommand(), cancellationToken);
                    }
                    while (result.Claimed > 0);
                }
            }
            finally
            {
                Running.Release();
            }
        }
    }
}
