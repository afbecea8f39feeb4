using Medborgardialog.Api.Features.Webhooks.Common;
using Microsoft.Extensions.Options;

namespace Medborgardialog.Api.Features.Webhooks;

/// <summary>An integrator's address to tell of the dialogues' steps.</summary>
/// <param name="Url">An absolute https address, on the public internet.</param>
/// <param name="Description">What it is for, e.g. "Kommunens webbplats".</param>
/// <param name="Events">The steps to be told of: at least one, each once.</param>
public sealed record RegisterWebhookEndpointRequest(string Url, string? Description, IReadOnlyList<DialogueEventKind> Events);

/// <summary>Registers the endpoint in <paramref name="Body"/> (Administrators).</summary>
public sealed record RegisterWebhookEndpointCommand(RegisterWebhookEndpointRequest Body) : ICommand<WebhookSecretResponse>;

public sealed class RegisterWebhookEndpointValidator : AbstractValidator<RegisterWebhookEndpointCommand>
{
    public RegisterWebhookEndpointValidator(IOptions<WebhookOptions> options)
    {
        RuleFor(c => c.Body.Url).WebhookUrl(options.Value);
        RuleFor(c => c.Body.Description).MaximumLength(500);
        RuleFor(c => c.Body.Events).WebhookEvents();
    }
}

public sealed class RegisterWebhookEndpointHandler(AppDbContext db, TimeProvider clock) : ICommandHandler<RegisterWebhookEndpointCommand, WebhookSecretResponse>
{
    public async ValueTask<WebhookSecretResponse> Handle(RegisterWebhookEndpointCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var endpoint = new WebhookEndpoint(Guid.CreateVersion7(now), command.Body.Url.Trim(),
            string.IsNullOrWhiteSpace(command.Body.Description) ? null : command.Body.Description.Trim(), command.Body.Events, now);
        db.WebhookEndpoints.Add(endpoint);
        await db.SaveChangesAsync(cancellationToken);
        return new WebhookSecretResponse(WebhookEndpointView.Of(endpoint), endpoint.Secret);
    }
}
