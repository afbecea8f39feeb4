using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Identity;

namespace Medborgardialog.Api.Infrastructure.Auth;

internal static class IdentityErrors
{
    /// <summary>Identity's own refusals (a weak password, a taken name) become field errors like any other.</summary>
    public static void ThrowIfFailed(IdentityResult result, string field)
    {
        if (!result.Succeeded)
        {
            throw new ValidationException(result.Errors.Select(e => new ValidationFailure(field, e.Description)));
        }
    }
}
