using FluentValidation;
using Mediator;

namespace Medborgardialog.Api.Infrastructure.Behaviours;

/// <summary>
/// Checks the request's non-nullable members and texts (<see cref="RequestShape"/>), then runs every FluentValidation validator
/// of a request before its handler. The one place validation happens;
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
        // First what no validator need think of: a control character (NUL, U+0001 …) in a text cannot be stored or
        // published (refused at once). Then what the
        // request's types promise (a list or text that is not nullable is there), and the validators, which are written
        // for requests that keep that promise: when one does not, a validator that meets the null adds nothing, and the
        // missing member is named — unless a validator named that field already.
        var (unstorable, missing) = RequestShape.Check(message);
        if (unstorable.Count > 0)
        {
            throw new ValidationException(unstorable);
        }

        var failures = new List<FluentValidation.Results.ValidationFailure>();
        foreach (var validator in validators)
        {
            try
            {
                var result = await validator.ValidateAsync(message, cancellationToken);
                failures.AddRange(result.Errors);
            }
            catch (NullReferenceException) when (missing.Count > 0)
            {
            }
        }

        failures.AddRange(missing.Where(m => !failures.Any(f => f.PropertyName == m.PropertyName)));
        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        return await next(message, cancellationToken);
    }
}
