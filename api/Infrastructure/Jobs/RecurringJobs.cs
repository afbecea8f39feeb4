using Hangfire;
using Mediator;
using Medborgardialog.Api.Features.Dialogues;

namespace Medborgardialog.Api.Infrastructure.Jobs;

/// <summary>Every recurring job of the system, in one place.</summary>
public static class RecurringJobs
{
    public const string DialogueSchedule = "dialogue-schedule";

    public static void Register(IRecurringJobManager jobs) =>
        jobs.AddOrUpdate<DialogueScheduleJob>(DialogueSchedule, job => job.RunAsync(CancellationToken.None), Cron.Minutely());
}

/// <summary>Opens and closes dialogues at their scheduled times.</summary>
public sealed class DialogueScheduleJob(ISender sender)
{
    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public async Task RunAsync(CancellationToken cancellationToken) =>
        await sender.Send(new ApplyDialogueScheduleCommand(), cancellationToken);
}
