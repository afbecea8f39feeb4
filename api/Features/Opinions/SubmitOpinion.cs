using FluentValidation;
using Mediator;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Features.Moderation;
using Medborgardialog.Api.Infrastructure.Email;
using Medborgardialog.Api.Infrastructure.Hosting;
using Medborgardialog.Api.Infrastructure.Errors;
using Medborgardialog.Api.Infrastructure.Idempotency;
using Medborgardialog.Api.Infrastructure.Jobs;
using Medborgardialog.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Medborgardialog.Api.Features.Moderation.Common;
using Medborgardialog.Api.Features.Opinions.Common;

namespace Medborgardialog.Api.Features.Opinions;

/// <summary>What a resident sends: the opinion, optional background, and optionally an address for feedback.</summary>
/// <param name="Text">The answer to the open question in the resident's own words; with a questionnaire, an optional comment.</param>
/// <param name="Answers">The answers to the dialogue's questionnaire, if it has one.</param>
/// <param name="Background">Optional: age band, district, relation to Karlskoga.</param>
/// <param name="FeedbackEmail">Optional: where to send feedback when the decision is taken (confirmed by a link).</param>
/// <param name="Language">Optional: the language the resident reads (<c>sv</c>, <c>en</c>, <c>ar</c>, <c>so</c>, <c>ti</c>, <c>prs</c>, <c>fi</c>); their
/// e-mails are written in it and reach counts answers by it. Anything else is taken as Swedish, without an error.</param>
/// <param name="ConsentToFeedback">Needed with an address: the resident agrees to this text (version <c>feedback-consent-2026-11</c>, stored with the address): «Ja, jag vill få återkoppling. Adressen används bara till det och raderas när återkopplingen är skickad.» (In English: "Yes, I want feedback. The address is used for nothing else and deleted once the feedback is sent.")</param>
public sealed record SubmitOpinionRequest(
    string? Text,
    IReadOnlyList<AnswerInput>? Answers,
    BackgroundInput? Background,
    string? FeedbackEmail,
    bool ConsentToFeedback,
    string? Language = null);

/// <summary>Gives an opinion; with an <c>Idempotency-Key</c> a retry returns the first receipt instead of a second opinion.</summary>
public sealed record SubmitOpinionCommand(Guid DialogueId, SubmitOpinionRequest Body, string? IdempotencyKey = null)
    : ICommand<SubmitOpinionResponse>, IIdempotentCommand, Infrastructure.Http.IAddsOpinions
{
    public string IdempotencyScope => $"SubmitOpinion:{DialogueId}";

    public object IdempotencyFingerprint => Body;
}

/// <summary>The receipt: a private link to see the opinion, withdraw it while the dialogue is open, and follow what happens.</summary>
public sealed record SubmitOpinionResponse(Guid OpinionId, string ReceiptToken, string ReceiptUrl, bool ConfirmationEmailQueued);

public sealed class SubmitOpinionValidator : AbstractValidator<SubmitOpinionCommand>
{
    public SubmitOpinionValidator()
    {
        RuleFor(c => c.DialogueId).NotEmpty().RouteValue("id");
        RuleFor(c => c.Body).NotNull();
        RuleFor(c => c.IdempotencyKey).MaximumLength(IdempotencyKeyReusedException.MaxKeyLength);
        When(c => c.Body is not null, () => OpinionInput.AddRules(this, "Body.", c => c.Body.Text, c => c.Body.Answers, c => c.Body.Background));
        RuleFor(c => c.Body.FeedbackEmail).MaximumLength(256).EmailAddress().When(c => c.Body is not null);
        RuleFor(c => c.Body.ConsentToFeedback).Equal(true)
            .When(c => !string.IsNullOrWhiteSpace(c.Body?.FeedbackEmail))
            .WithMessage("Consent is needed to use the e-mail address for feedback.");
    }
}

public sealed class SubmitOpinionHandler(AppDbContext db, TimeProvider clock, IConfiguration configuration, IEmailOutboxKick outbox, OpinionFormCache forms, OpinionScreening screening,
    EmailTemplates templates, Infrastructure.Cluster.ClusterSignals signals)
    : ICommandHandler<SubmitOpinionCommand, SubmitOpinionResponse>
{
    /// <summary>The version of the consent text shown with the e-mail field; stored with each address.</summary>
    public const string ConsentTextVersion = "feedback-consent-2026-11";

    public async ValueTask<SubmitOpinionResponse> Handle(SubmitOpinionCommand command, CancellationToken cancellationToken)
    {
        // The questionnaire and the districts come from memory (OpinionFormCache). Whether the dialogue takes the opinion
        // is guarded by the database's trigger in the insert itself (no round trip before it); when the trigger refuses,
        // the domain says why (Dialogue.EnsureAcceptsOpinions with the status read then).
        var input = command.Body;
        var form = await forms.FormAsync(db, command.DialogueId, cancellationToken)
            ?? throw new NotFoundException(ProblemCodes.DialogueNotFound, $"There is no published dialogue with id {command.DialogueId}.");
        var districtExists = await forms.DistrictExistsAsync(db, OpinionInput.District(input.Background), clock, cancellationToken);
        var municipality = await forms.MunicipalityAsync(db, clock, cancellationToken);
        var read = OpinionInput.Read(form, municipality, districtExists, input.Text, input.Answers, input.Background);
        var (text, answers, background) = (read.Text, read.Answers, read.Background);
        var now = clock.GetUtcNow();
        var (receipt, receiptHash) = Opinion.NewToken();
        var language = Words.Languages.Normalise(input.Language);
        var opinion = new Opinion(Guid.CreateVersion7(now), command.DialogueId, OpinionChannel.Online, text, answers, background, receiptHash, now, language);
        db.Opinions.Add(opinion);
        var marks = read.MarksOf(opinion, form, now);
        db.MapMarks.AddRange(marks);
        // Threats, hate, personal data or a burst of copies: held for a moderator, stored and counted all the same.
        if (await screening.ScreenAsync(opinion, online: true, now, marks) is { } held)
        {
            db.ModerationLog.Add(held);
        }

        var site = PublicSite.Url(configuration);
        var email = string.IsNullOrWhiteSpace(input.FeedbackEmail) ? null : input.FeedbackEmail.Trim();
        if (email is not null)
        {
            var title = await db.Dialogues.Where(d => d.Id == command.DialogueId).Select(d => new { d.Title, d.Translations }).SingleAsync(cancellationToken);
            var (confirm, confirmHash) = Opinion.NewToken();
            opinion.AskForFeedback(email, ConsentTextVersion, confirmHash);
            var mail = await templates.RenderAsync(new ConfirmFeedbackEmail.Content(
                title.Translations.FirstOrDefault(t => t.Language == language)?.Title ?? title.Title,
                PublicSite.InLanguage($"{site}/kvitto/bekrafta/{confirm}", language), language));
            db.OutgoingEmails.Add(new OutgoingEmail(Guid.CreateVersion7(now), "confirm-feedback-email", email, mail.Subject, mail.Text, mail.Html, now));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken); // one commit: the opinion and its confirmation mail
        }
        catch (DbUpdateException e) when (OpinionGuard.IsDialogueNotAccepting(e))
        {
            // The guard refused: the dialogue does not take opinions (now). The domain says why.
            Dialogue.EnsureAcceptsOpinions(await StatusAsync(command.DialogueId, cancellationToken), OpinionChannel.Online);
            throw new DomainRuleException(ProblemCodes.DialogueNotAcceptingOpinions, "The dialogue does not accept opinions right now.");
        }

        if (email is not null)
        {
            outbox.Kick();
        }

        if (form.OpinionsPublic)
        {
            await signals.PublishAsync(Infrastructure.Cluster.CacheChange.OpinionList);
        }

        return new SubmitOpinionResponse(opinion.Id, receipt, PublicSite.InLanguage($"{site}/kvitto/{receipt}", language), email is not null);
    }

    private Task<DialogueStatus> StatusAsync(Guid dialogueId, CancellationToken cancellationToken) =>
        db.Dialogues.Where(d => d.Id == dialogueId).Select(d => d.Status).SingleAsync(cancellationToken);
}

/// <summary>The database's guard on opinions (migrations <c>OpinionsRequireOpenDialogue</c>, <c>DecidedAndFeedbackPublished</c>):
/// the rule of <see cref="Dialogue.EnsureAcceptsOpinions(DialogueStatus, OpinionChannel)"/>, refused with this SQLSTATE.</summary>
internal static class OpinionGuard
{
    public const string SqlState = "MD001";

    public static bool IsDialogueNotAccepting(DbUpdateException e) =>
        e.InnerException is Npgsql.PostgresException { SqlState: SqlState };
}
