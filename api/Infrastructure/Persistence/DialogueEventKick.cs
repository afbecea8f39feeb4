using System.Data.Common;
using Medborgardialog.Api.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Medborgardialog.Api.Infrastructure.Persistence;

/// <summary>
/// After a commit that wrote a dialogue's step (<see cref="DialogueEvent"/>), asks for the steps to be distributed at
/// once — not at the next minute — whichever handler made the step. Inside an explicit transaction the kick waits for
/// its commit (a job started earlier would not see the row yet).
/// </summary>
internal sealed class DialogueEventKick(IDialogueEventsKick kick) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        KickIfCommitted(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        KickIfCommitted(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Note(DbContext? context)
    {
        if (context is AppDbContext db && db.ChangeTracker.Entries<DialogueEvent>().Any(e => e.State == EntityState.Added))
        {
            db.StepsToDistribute = true;
        }
    }

    private void KickIfCommitted(DbContext? context)
    {
        if (context is AppDbContext { StepsToDistribute: true } db && db.Database.CurrentTransaction is null)
        {
            db.StepsToDistribute = false;
            kick.Kick();
        }
    }

    /// <summary>The other half: the commit of an explicit transaction.</summary>
    internal sealed class OnCommit(IDialogueEventsKick kick) : DbTransactionInterceptor
    {
        public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => KickAfter(eventData.Context);

        public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            KickAfter(eventData.Context);
            return Task.CompletedTask;
        }

        private void KickAfter(DbContext? context)
        {
            if (context is AppDbContext { StepsToDistribute: true } db)
            {
                db.StepsToDistribute = false;
                kick.Kick();
            }
        }
    }
}
