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
            throw new ValidationException(result.Errors.Select(e => Errors.FieldErrors.Failure(field,
                e.Code.StartsWith("Password", StringComparison.Ordinal) ? Domain.FieldErrorCodes.WeakPassword
                : e.Code.StartsWith("Duplicate", StringComparison.Ordinal) ? Domain.FieldErrorCodes.Duplicate
                : Domain.FieldErrorCodes.Invalid,
                e.Description)));
        }
    }
}
