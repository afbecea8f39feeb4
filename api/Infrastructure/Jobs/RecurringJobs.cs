using Hangfire;
using Mediator;
using Medborgardialog.Api.Features.Dialogues;
using Medborgardialog.Api.Features.Email;

namespace Medborgardialog.Api.Infrastructure.Jobs;

/// <summary>Every recurring job of the system, in one place.</summary>
public static class RecurringJobs
{
    public const string DialogueSchedule = "dialogue-schedule";
    public const string EmailOutbox = "email-outbox";
    public const string PersonalDataRetention = "personal-data-retention";

    public static void Register(IRecurringJobManager jobs)
    {
        jobs.AddOrUpdate<DialogueScheduleJob>(DialogueSchedule, job => job.RunAsync(CancellationToken.None), Cron.Minutely());
        // Mail is also sent at once after it is written (EmailOutboxKick); this catches retries and anything missed.
        jobs.AddOrUpdate<EmailOutboxJob>(EmailOutbox, job => job.RunAsync(CancellationToken.None), Cron.Minutely());
        jobs.AddOrUpdate<PersonalDataRetentionJob>(PersonalDataRetention, job => job.RunAsync(CancellationToken.None), Cron.Hourly());
    }
}

/// <summary>Sends due e-mail from the ledger until none is due.</summary>
public sealed class EmailOutboxJob(ISender sender)
{
    [AutomaticRetry(Attempts = 0)] // the ledger itself retries, per mail, with back-off
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        SendOutgoingEmailsResponse result;
        do
        {
            result = await sender.Send(new SendOutgoingEmailsCommand(), cancellationToken);
        }
        while (result.Sent > 0 && result.Failed == 0);
    }
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
