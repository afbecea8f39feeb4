using Medborgardialog.Api.Features.Webhooks.Common;

namespace Medborgardialog.Api.Features.Webhooks;

/// <summary>Gives the endpoint <paramref name="Id"/> a new secret, shown once; the old one keeps signing beside it for a
/// day (<see cref="WebhookEndpoint.RotationOverlap"/>), so the receiver can switch without missing a delivery.</summary>
public sealed record RotateWebhookSecretCommand(Guid Id) : ICommand<WebhookSecretResponse>;

public sealed class RotateWebhookSecretValidator : AbstractValidator<RotateWebhookSecretCommand>
{
    public RotateWebhookSecretValidator() => RuleFor(c => c.Id).NotEmpty().RouteValue("id");
}

public sealed class RotateWebhookSecretHandler(AppDbContext db, TimeProvider clock) : ICommandHandler<RotateWebhookSecretCommand, WebhookSecretResponse>
{
    public async ValueTask<WebhookSecretResponse> Handle(RotateWebhookSecretCommand command, CancellationToken cancellationToken)
    {
        var endpoint = await WebhookEndpointView.FindAsync(db, command.Id, cancellationToken);
        var secret = endpoint.RotateSecret(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return new WebhookSecretResponse(WebhookEndpointView.Of(endpoint), secret);
    }
}
