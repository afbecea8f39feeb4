using Medborgardialog.Api.Features.Webhooks.Common;
using Microsoft.Extensions.Options;

namespace Medborgardialog.Api.Features.Webhooks;

/// <summary>The endpoint as it should be from now on.</summary>
/// <param name="Url">An absolute https address, on the public internet.</param>
/// <param name="Description">What it is for.</param>
/// <param name="Events">The steps to be told of: at least one, each once.</param>
/// <param name="Active">False pauses it: steps while it is paused are not delivered later.</param>
public sealed record ChangeWebhookEndpointRequest(string Url, string? Description, IReadOnlyList<DialogueEventKind> Events, bool Active);

/// <summary>Changes the endpoint <paramref name="Id"/> to <paramref name="Body"/> (Administrators).</summary>
public sealed record ChangeWebhookEndpointCommand(Guid Id, ChangeWebhookEndpointRequest Body) : ICommand<WebhookEndpointDto>;

public sealed class ChangeWebhookEndpointValidator : AbstractValidator<ChangeWebhookEndpointCommand>
{
    public ChangeWebhookEndpointValidator(IOptions<WebhookOptions> options)
    {
        RuleFor(c => c.Id).NotEmpty().RouteValue("id");
        RuleFor(c => c.Body.Url).WebhookUrl(options.Value);
        RuleFor(c => c.Body.Description).MaximumLength(500);
        RuleFor(c => c.Body.Events).WebhookEvents();
    }
}

public sealed class ChangeWebhookEndpointHandler(AppDbContext db, TimeProvider clock) : ICommandHandler<ChangeWebhookEndpointCommand, WebhookEndpointDto>
{
    public async ValueTask<WebhookEndpointDto> Handle(ChangeWebhookEndpointCommand command, CancellationToken cancellationToken)
    {
        var endpoint = await WebhookEndpointView.FindAsync(db, command.Id, cancellationToken);
        endpoint.Change(command.Body.Url.Trim(), string.IsNullOrWhiteSpace(command.Body.Description) ? null : command.Body.Description.Trim(),
            command.Body.Events, command.Body.Active, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return WebhookEndpointView.Of(endpoint);
    }
}
