using Mediator;
using Microsoft.AspNetCore.OutputCaching;

namespace Medborgardialog.Api.Infrastructure.Http;

/// <summary>
/// The public read pages (the dialogue list, a dialogue, its public opinions, its feedback, the yearly transparency
/// report and its CSV) are served from an
/// in-process output cache: the same answer for everyone, at most <c>Http:PublicCacheSeconds</c> (default 10; 0 turns
/// it off) old, and dropped the moment a command succeeds (PublicCacheEvictionBehaviour) — every page for a staff
/// command, the pages that show opinions for a resident's opinion, withdrawal or report — so an official's edit, a
/// moderator hiding an opinion or a new opinion's count is never served stale. Only anonymous GETs with a 200 are cached (ASP.NET's default rules: no Authorization header, no cookies set).
/// With several API instances each has its own cache, and a command empties every instance's through
/// <c>ClusterSignals</c> (PostgreSQL NOTIFY). A resident's new opinion empties nothing (<see cref="IAddsOpinions"/>):
/// the pages stay cached through a burst of opinions and their counts lag by at most the lifetime. Time-dependent
/// answers (a dialogue's phase) may also lag by the lifetime.
/// </summary>
public static class PublicCache
{
    public const string Policy = "public-pages";
    public const string Tag = "public";

    /// <summary>The pages that show opinions or their count (a dialogue, its public opinions, its feedback, the transparency
    /// report's participants): a resident's
    /// opinion or report empties only these, so the dialogue list stays cached through a burst of opinions.</summary>
    public const string OpinionPagesPolicy = "public-opinion-pages";
    public const string OpinionPagesTag = "public-opinions";

    /// <summary>The public list of a dialogue's opinions and their marks: a new opinion in a dialogue that shows its
    /// opinions empties only these.</summary>
    public const string OpinionListPolicy = "public-opinion-list";
    public const string OpinionListTag = "public-opinion-list";

    public static IServiceCollection AddPublicCache(this IServiceCollection services, IConfiguration configuration)
    {
        var seconds = configuration.GetValue("Http:PublicCacheSeconds", 10);
        return services.AddOutputCache(options =>
        {
            options.AddPolicy(Policy, policy => Configure(policy, seconds, Tag));
            options.AddPolicy(OpinionPagesPolicy, policy => Configure(policy, seconds, Tag, OpinionPagesTag));
            options.AddPolicy(OpinionListPolicy, policy => Configure(policy, seconds, Tag, OpinionPagesTag, OpinionListTag));
        });
    }

    private static void Configure(OutputCachePolicyBuilder policy, int seconds, params string[] tags)
    {
        if (seconds > 0)
        {
            policy.Expire(TimeSpan.FromSeconds(seconds)).Tag(tags);
        }
        else
        {
            policy.NoCache();
        }
    }

    /// <summary>Marks an endpoint's answer as cacheable for everyone.</summary>
    public static TBuilder CachedForEveryone<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.CacheOutput(Policy);

    /// <summary>Marks the public list of opinions (or marks) as cacheable for everyone until an opinion is added to it.</summary>
    public static TBuilder CachedForEveryoneUntilOpinionsAdded<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.CacheOutput(OpinionListPolicy);

    /// <summary>Marks an endpoint that shows opinions or their count as cacheable for everyone.</summary>
    public static TBuilder CachedForEveryoneUntilOpinionsChange<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.CacheOutput(OpinionPagesPolicy);
}

/// <summary>A resident's command that changes only opinions (give, withdraw, report): it empties the pages that show
/// opinions, not the rest.</summary>
public interface IChangesOnlyOpinions;

/// <summary>A resident's new opinion: it empties no page by itself. The public counts lag by at most the cache's
/// lifetime, and the dialogue page and list stay cached through a burst of opinions (the resident's own receipt is
/// never cached). Where the dialogue shows its opinions, the handler empties the public list of opinions
/// (<see cref="Cluster.CacheChange.OpinionList"/>), so the new opinion is shown at once.</summary>
public interface IAddsOpinions;

/// <summary>A background job's command that changes nothing a public page shows (sending mail and webhooks,
/// distributing notices, the staff's theme suggestions): it empties no cache and tells no instance.</summary>
public interface IChangesNoPublicPage;

/// <summary>After any command succeeds, the public pages are built afresh on every instance: nothing anyone changed is
/// served stale (a new opinion's count aside, <see cref="IAddsOpinions"/>).</summary>
public sealed class PublicCacheEvictionBehaviour<TMessage, TResponse>(Cluster.ClusterSignals signals) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var response = await next(message, cancellationToken);
        if (message is IBaseCommand and not IAddsOpinions and not IChangesNoPublicPage)
        {
            await signals.PublishAsync(message is IChangesOnlyOpinions ? Cluster.CacheChange.Opinions : Cluster.CacheChange.Everything);
        }

        return response;
    }
}
