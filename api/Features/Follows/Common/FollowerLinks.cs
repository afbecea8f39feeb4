using Medborgardialog.Api.Infrastructure.Hosting;
using Microsoft.AspNetCore.DataProtection;

namespace Medborgardialog.Api.Features.Follows.Common;

/// <summary>
/// The links of a follower's mail, protected by ASP.NET Data Protection (keys in the database, shared by every instance):
/// the follower's own link (manage, unsubscribe — in every mail, never expires while the follower exists) and a follow's
/// confirmation link (expires after <see cref="ConfirmationLifetime"/>). Nothing extra is stored; a link cannot be guessed,
/// changed into someone else's, or made from an id.
/// </summary>
public sealed class FollowerLinks(IDataProtectionProvider provider, IConfiguration configuration)
{
    private readonly IDataProtector _follower = provider.CreateProtector("follower-v1");
    private readonly ITimeLimitedDataProtector _confirmation = provider.CreateProtector("follow-confirmation-v1").ToTimeLimitedDataProtector();

    /// <summary>How long a confirmation link works; an unconfirmed follow is deleted after it (retention).</summary>
    public static readonly TimeSpan ConfirmationLifetime = TimeSpan.FromDays(7);

    public string FollowerToken(Guid followerId) => _follower.Protect(followerId.ToString("N"));

    public Guid? FollowerFor(string token) => Read(() => _follower.Unprotect(token));

    public string ConfirmationToken(Guid followId) => _confirmation.Protect(followId.ToString("N"), ConfirmationLifetime);

    public Guid? FollowFor(string token) => Read(() => _confirmation.Unprotect(token));

    /// <summary>The SPA's page where a follower sees and changes what they follow.</summary>
    public string ManageUrl(Guid followerId, string language) => ManageUrlOf(FollowerToken(followerId), language);

    /// <summary>The manage page of a follower's token (<see cref="FollowerToken"/>): a mail that carries both the manage
    /// link and the one-click address protects the follower's id once for both.</summary>
    public string ManageUrlOf(string followerToken, string language) =>
        PublicSite.InLanguage($"{PublicSite.Url(configuration)}/folj/{followerToken}", language);

    /// <summary>The SPA's page that confirms a follow.</summary>
    public string ConfirmUrl(Guid followId, string language) =>
        PublicSite.InLanguage($"{PublicSite.Url(configuration)}/folj/bekrafta/{ConfirmationToken(followId)}", language);

    /// <summary>RFC 8058's one-click address: a POST there removes the follower (List-Unsubscribe with List-Unsubscribe-Post).</summary>
    public string OneClickUrl(Guid followerId) => OneClickUrlOf(FollowerToken(followerId));

    /// <summary>The one-click address of a follower's token (<see cref="FollowerToken"/>).</summary>
    public string OneClickUrlOf(string followerToken) => $"{PublicSite.Url(configuration)}/api/followers/{followerToken}/unsubscribe";

    private static Guid? Read(Func<string> unprotect)
    {
        try
        {
            return Guid.TryParseExact(unprotect(), "N", out var id) ? id : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
