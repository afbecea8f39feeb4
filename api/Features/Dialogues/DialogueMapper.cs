using Medborgardialog.Api.Domain;
using Riok.Mapperly.Abstractions;

namespace Medborgardialog.Api.Features.Dialogues;

/// <summary>Source-generated projections from the entity to the public DTOs, translated by EF into SQL.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class DialogueMapper
{
    public static partial IQueryable<DialogueDetails> ProjectToDetails(this IQueryable<Dialogue> dialogues);

    public static partial IQueryable<DialogueSummary> ProjectToSummary(this IQueryable<Dialogue> dialogues);
}
