using Medborgardialog.Api.Infrastructure.Persistence;
using Npgsql;

namespace Medborgardialog.Api.Infrastructure.Cluster;

/// <summary>
/// The raw connections the instances coordinate through: the primary (shared counters, NOTIFY) and, when
/// <c>ConnectionStrings:ReadOnly</c> names a hot standby, the standby (how far it has replayed). EF Core's contexts
/// have their own pools; these are for the few statements that are not a use case's.
/// </summary>
public sealed class ClusterDatabase : IAsyncDisposable
{
    public ClusterDatabase(IConfiguration configuration)
    {
        PrimaryConnectionString = DatabaseSetup.WithoutJit(configuration.GetConnectionString("Default")
            ?? throw new InvalidOperationException("ConnectionStrings:Default is not configured."));
        Primary = NpgsqlDataSource.Create(PrimaryConnectionString);
        var readOnly = configuration.GetConnectionString("ReadOnly");
        Standby = string.IsNullOrWhiteSpace(readOnly) ? null : NpgsqlDataSource.Create(DatabaseSetup.WithoutJit(readOnly));
    }

    public string PrimaryConnectionString { get; }

    public NpgsqlDataSource Primary { get; }

    /// <summary>The hot standby the public pages read from; null when none is configured.</summary>
    public NpgsqlDataSource? Standby { get; }

    public async ValueTask DisposeAsync()
    {
        await Primary.DisposeAsync();
        if (Standby is not null)
        {
            await Standby.DisposeAsync();
        }
    }
}
