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
/// With several API instances each has its own cache; a command evicts only its own, so the others may lag by the
/// lifetime at most. Time-dependent answers (a dialogue's phase) may also lag by the lifetime.
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

    public static IServiceCollection AddPublicCache(this IServiceCollection services, IConfiguration configuration)
    {
        var seconds = configuration.GetValue("Http:PublicCacheSeconds", 10);
        return services.AddOutputCache(options =>
        {
            options.AddPolicy(Policy, policy => Configure(policy, seconds, Tag));
            options.AddPolicy(OpinionPagesPolicy, policy => Configure(policy, seconds, Tag, OpinionPagesTag));
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

    /// <summary>Marks an endpoint that shows opinions or their count as cacheable for everyone.</summary>
    public static TBuilder CachedForEveryoneUntilOpinionsChange<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.CacheOutput(OpinionPagesPolicy);
}

/// <summary>A resident's command that changes only opinions (give, withdraw, report): it empties the pages that show
/// opinions, not the rest.</summary>
public interface IChangesOnlyOpinions;

/// <summary>After any command succeeds, the public pages are built afresh: nothing anyone changed is served stale.</summary>
public sealed class PublicCacheEvictionBehaviour<TMessage, TResponse>(IOutputCacheStore store) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var response = await next(message, cancellationToken);
        if (message is IBaseCommand)
        {
            await store.EvictByTagAsync(message is IChangesOnlyOpinions ? PublicCache.OpinionPagesTag : PublicCache.Tag, CancellationToken.None);
        }

        return response;
    }
}
