using Medborgardialog.Api.Domain;
using FluentValidation;
using Mediator;
using Medborgardialog.Api.Infrastructure.Email;
using Medborgardialog.Api.Infrastructure.Errors;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Medborgardialog.Api.Features.Email;

/// <summary>
/// Without an SMTP server (the local default of <c>./run</c>), mail is written as .eml files to
/// <c>Email:PickupDirectory</c>; Administrators read them here, newest first. Empty when mail goes over SMTP.
/// </summary>
public sealed record ListLocalMailQuery : IQuery<LocalMailList>;

/// <summary>Whether mail is kept locally, and the newest 100 messages.</summary>
public sealed record LocalMailList(bool Enabled, IReadOnlyList<LocalMailSummary> Messages);

public sealed record LocalMailSummary(string Id, string Subject, string To, DateTimeOffset Date);

/// <summary>One locally kept message, as text.</summary>
public sealed record GetLocalMailQuery(string Id) : IQuery<LocalMailMessage>;

public sealed record LocalMailMessage(string Id, string Subject, string From, string To, DateTimeOffset Date, string Text);

public sealed class GetLocalMailValidator : AbstractValidator<GetLocalMailQuery>
{
    public GetLocalMailValidator() => RuleFor(q => q.Id).NotEmpty().MaximumLength(64)
        .Matches("^[A-Za-z0-9-]+$").WithMessage("Not a message id.");
}

internal static class LocalMailFolder
{
    public static string? Path(EmailOptions options) =>
        string.IsNullOrWhiteSpace(options.SmtpHost) && !string.IsNullOrWhiteSpace(options.PickupDirectory) && Directory.Exists(options.PickupDirectory)
            ? options.PickupDirectory
            : null;
}

public sealed class ListLocalMailHandler(IOptionsSnapshot<EmailOptions> options) : IQueryHandler<ListLocalMailQuery, LocalMailList>
{
    public async ValueTask<LocalMailList> Handle(ListLocalMailQuery query, CancellationToken cancellationToken)
    {
        var folder = LocalMailFolder.Path(options.Value);
        if (folder is null)
        {
            return new LocalMailList(string.IsNullOrWhiteSpace(options.Value.SmtpHost), []);
        }

        var messages = new List<LocalMailSummary>();
        foreach (var file in new DirectoryInfo(folder).GetFiles("*.eml").OrderByDescending(f => f.LastWriteTimeUtc).Take(100))
        {
            var headers = await HeaderList.LoadAsync(file.FullName, cancellationToken);
            messages.Add(new LocalMailSummary(System.IO.Path.GetFileNameWithoutExtension(file.Name), headers[HeaderId.Subject] ?? "", headers[HeaderId.To] ?? "",
                MimeKit.Utils.DateUtils.TryParse(headers[HeaderId.Date] ?? "", out var date) ? date : file.LastWriteTimeUtc));
        }

        return new LocalMailList(true, messages);
    }
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

public static class LocalMailEndpoints
{
    public static IEndpointRouteBuilder MapLocalMailEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/staff/local-mail").WithTags("Email").RequireAuthorization(Medborgardialog.Api.Infrastructure.Auth.Policies.Administrator);
        group.MapGet("/", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListLocalMailQuery(), ct)))
            .WithName("ListLocalMail")
            .WithSummary("Mail kept as .eml files when no SMTP server is configured (the local default), newest first. Administrators.");
        group.MapGet("/{id}", async (string id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetLocalMailQuery(id), ct)))
            .WithName("GetLocalMail")
            .WithSummary("One locally kept message as text. Administrators.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }
}
