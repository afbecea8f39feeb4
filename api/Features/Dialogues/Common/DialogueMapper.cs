using Riok.Mapperly.Abstractions;

namespace Medborgardialog.Api.Features.Dialogues.Common;

/// <summary>Source-generated projections from the entity to the public DTOs, translated by EF into SQL.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class DialogueMapper
{
    public static partial IQueryable<DialogueDetails> ProjectToDetails(this IQueryable<Dialogue> dialogues);

    // Districts and officials live in their own tables; GetDialogue adds them with names.
    [MapperIgnoreTarget(nameof(DialogueDetails.Districts))]
    [MapperIgnoreTarget(nameof(DialogueDetails.ResponsibleOfficials))]
    [MapperIgnoreTarget(nameof(DialogueDetails.Documents))]
    [MapperIgnoreTarget(nameof(DialogueDetails.OpinionCount))]
    [MapperIgnoreTarget(nameof(DialogueDetails.Questions))] // a jsonb column: read whole, mapped in GetDialogue
    [MapperIgnoreTarget(nameof(DialogueDetails.FeedbackPublishedAt))]
    [MapperIgnoreTarget(nameof(DialogueDetails.Moderation))] // the effective moderation: GetDialogue works out the default
    [MapperIgnoreTarget(nameof(DialogueDetails.ModerationIsDefault))]
    [MapperIgnoreTarget(nameof(DialogueDetails.Translations))] // a jsonb column: read whole, mapped in GetDialogue
    [MapperIgnoreTarget(nameof(DialogueDetails.Map))] // geometry and jsonb: read whole, mapped in GetDialogue
    private static partial DialogueDetails ToDetails(Dialogue dialogue);

    public static partial IQueryable<DialogueSummary> ProjectToSummary(this IQueryable<Dialogue> dialogues);

    [MapperIgnoreTarget(nameof(DialogueSummary.Translations))] // a jsonb column: ListDialogues reads it for the page
    private static partial DialogueSummary ToSummary(Dialogue dialogue);
}
