namespace Medborgardialog.Api.Features.Webhooks;

/// <summary>Deletes the endpoint <paramref name="Id"/> and its delivery log; nothing more is sent to it (Administrators).</summary>
public sealed record DeleteWebhookEndpointCommand(Guid Id) : ICommand;

public sealed class DeleteWebhookEndpointValidator : AbstractValidator<DeleteWebhookEndpointCommand>
{
    public DeleteWebhookEndpointValidator() => RuleFor(c => c.Id).NotEmpty().RouteValue("id");
}

public sealed class DeleteWebhookEndpointHandler(AppDbContext db) : ICommandHandler<DeleteWebhookEndpointCommand>
{
    public async ValueTask<Unit> Handle(DeleteWebhookEndpointCommand command, CancellationToken cancellationToken)
    {
        // The deliveries go with it (ON DELETE CASCADE).
        var deleted = await db.WebhookEndpoints.Where(e => e.Id == command.Id).ExecuteDeleteAsync(cancellationToken);
        if (deleted == 0)
        {
            throw new NotFoundException(ProblemCodes.WebhookNotFound, $"There is no webhook endpoint with id {command.Id}.");
        }

        return Unit.Value;
    }
}
