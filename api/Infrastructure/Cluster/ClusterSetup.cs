using Medborgardialog.Api.Infrastructure.Hosting;

namespace Medborgardialog.Api.Infrastructure.Cluster;

/// <summary>What lets several API instances run as one behind a load balancer (docs/scaling.md): the shared counters
/// (rate limits, near-duplicates) and the cache invalidation every instance hears.</summary>
public static class ClusterSetup
{
    public static IServiceCollection AddCluster(this IServiceCollection services)
    {
        services.AddSingleton<ClusterDatabase>();
        services.AddSingleton<SharedCounters>();
        services.AddSingleton<ClusterSignals>();
        if (!BuildTime.IsGeneratingDocument)
        {
            services.AddHostedService(sp => sp.GetRequiredService<ClusterSignals>());
        }

        return services;
    }
}
