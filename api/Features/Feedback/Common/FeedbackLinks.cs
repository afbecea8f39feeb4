using Microsoft.AspNetCore.DataProtection;

namespace Medborgardialog.Api.Features.Feedback.Common;

/// <summary>
/// The unsubscribe link in each feedback e-mail: the opinion's id, protected by ASP.NET Data Protection (keys in the
/// database), so the link cannot be guessed or made for someone else's address, and nothing extra is stored.
/// </summary>
public sealed class FeedbackLinks(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("feedback-unsubscribe-v1");

    public string UnsubscribeToken(Guid opinionId) => _protector.Protect(opinionId.ToString("N"));

    public Guid? OpinionFor(string token)
    {
        try
        {
            return Guid.TryParseExact(_protector.Unprotect(token), "N", out var id) ? id : null;
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
