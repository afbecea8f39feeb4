using System.Data.Common;
using Medborgardialog.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Medborgardialog.Api.Tests.Infrastructure;

/// <summary>Counts the SQL commands the app's <see cref="AppDbContext"/> sends, to show a use case's queries do not
/// grow with the data (no N+1). Give it to an <see cref="ApiFactory"/> of its own with <see cref="Services"/>; read
/// <see cref="Count"/> around one request while nothing else runs on that app.</summary>
public sealed class QueryCounter : DbCommandInterceptor
{
    private int _count;
    private readonly List<string> _commands = [];

    public int Count => _count;

    /// <summary>The commands since the last <see cref="Reset"/>, to say what ran when a count is off.</summary>
    public IReadOnlyList<string> Commands
    {
        get
        {
            lock (_commands)
            {
                return [.. _commands];
            }
        }
    }

    public void Reset()
    {
        Interlocked.Exchange(ref _count, 0);
        lock (_commands)
        {
            _commands.Clear();
        }
    }

    /// <summary>Adds the counter to the app's database context.</summary>
    public Action<IServiceCollection> Services => services => services.ConfigureDbContext<AppDbContext>(options => options.AddInterceptors(this));

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        Counted(command, result);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) => ValueTask.FromResult(Counted(command, result));

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
        Counted(command, result);

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default) => ValueTask.FromResult(Counted(command, result));

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        Counted(command, result);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default) => ValueTask.FromResult(Counted(command, result));

    private T Counted<T>(DbCommand command, T result)
    {
        Interlocked.Increment(ref _count);
        lock (_commands)
        {
            _commands.Add(command.CommandText);
        }

        return result;
    }
}
