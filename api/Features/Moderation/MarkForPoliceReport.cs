using Medborgardialog.Api.Features.Moderation.Common;

namespace Medborgardialog.Api.Features.Moderation;

/// <summary>Why the opinion is marked for a police report (kept in the audit log and the export).</summary>
public sealed record PoliceReportRequest(string Note);

/// <summary>The moderator marks a threat against a person for a police report: kept from retention and exportable.</summary>
public sealed record MarkForPoliceReportCommand(Guid OpinionId, PoliceReportRequest Body) : ICommand<ModeratedOpinionDto>;

public sealed class MarkForPoliceReportValidator() : ModeratorActionValidator<MarkForPoliceReportCommand>(
    c => c.OpinionId, c => c.Body, c => c.Body.Note, "Say who is threatened and why it is reported.");

public sealed class MarkForPoliceReportHandler(ModeratorActions moderation) : ICommandHandler<MarkForPoliceReportCommand, ModeratedOpinionDto>
{
    public ValueTask<ModeratedOpinionDto> Handle(MarkForPoliceReportCommand command, CancellationToken cancellationToken) =>
        moderation.ActAsync(command.OpinionId, ModerationAction.MarkedForPoliceReport, command.Body.Note.Trim(),
            (o, by, now) => o.MarkForPoliceReport(command.Body.Note, by, now), cancellationToken);
}
