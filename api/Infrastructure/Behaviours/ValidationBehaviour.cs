using FluentValidation;
using Mediator;

namespace Medborgardialog.Api.Infrastructure.Behaviours;

/// <summary>
/// Runs every FluentValidation validator of a request before its handler. The one place validation happens;
/// a failure becomes a 400 ProblemDetails with field errors (see <c>ProblemExceptionHandler</c>).
/// </summary>
public sealed class ValidationBehaviour<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message,
        MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken)
    {
        var failures = TextGuard.NulCharacters(message);
        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(message, cancellationToken);
            failures.AddRange(result.Errors);
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        return await next(message, cancellationToken);
    }
}
