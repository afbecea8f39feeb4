using Medborgardialog.Api.Infrastructure.Email;
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
