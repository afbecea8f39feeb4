using Medborgardialog.Api.Infrastructure.Email;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Medborgardialog.Api.Features.Email;

/// <summary>One locally kept message, as text.</summary>
public sealed record GetLocalMailQuery(string Id) : IQuery<LocalMailMessage>;

public sealed record LocalMailMessage(string Id, string Subject, string From, string To, DateTimeOffset Date, string Text);

public sealed class GetLocalMailValidator : AbstractValidator<GetLocalMailQuery>
{
    public GetLocalMailValidator() => RuleFor(q => q.Id).NotEmpty().MaximumLength(64)
        .Matches("^[A-Za-z0-9-]+$").WithMessage("Not a message id.");
}

public sealed class GetLocalMailHandler(IOptionsSnapshot<EmailOptions> options) : IQueryHandler<GetLocalMailQuery, LocalMailMessage>
{
    public async ValueTask<LocalMailMessage> Handle(GetLocalMailQuery query, CancellationToken cancellationToken)
    {
        var folder = LocalMailFolder.Path(options.Value) ?? throw new NotFoundException(ProblemCodes.LocalMailNotFound, "Mail is not kept locally.");
        var file = System.IO.Path.Combine(folder, query.Id + ".eml");
        if (!File.Exists(file))
        {
            throw new NotFoundException(ProblemCodes.LocalMailNotFound, $"There is no message {query.Id}.");
        }

        var message = await MimeMessage.LoadAsync(file, cancellationToken);
        return new LocalMailMessage(query.Id, message.Subject ?? "", message.From.ToString(), message.To.ToString(), message.Date, message.TextBody ?? "");
    }
}
