namespace Medborgardialog.Api.Domain;

/// <summary>
/// One run of the theme suggestions over a dialogue's opinions (issue 18): asked for by staff, worked by a background
/// job, with its progress. Its suggestions are proposals only — nothing is tagged until staff accept one.
/// </summary>
public sealed class ThemeSuggestionRun
{
    private ThemeSuggestionRun() { } // for EF

    public ThemeSuggestionRun(Guid id, Guid dialogueId, Guid? questionId, int wanted, bool onlyUntagged, DateTimeOffset now)
    {
        Id = id;
        DialogueId = dialogueId;
        QuestionId = questionId;
        Wanted = wanted;
        OnlyUntagged = onlyUntagged;
        RequestedAt = now;
        Status = SuggestionRunStatus.Queued;
    }

    public Guid Id { get; private set; }
    public Guid DialogueId { get; private set; }

    /// <summary>Only the answers to this free-text question; none: the opinion's text and every free-text answer.</summary>
    public Guid? QuestionId { get; private set; }

    /// <summary>How many themes staff asked for (at most; fewer when the opinions do not hold that many).</summary>
    public int Wanted { get; private set; }

    /// <summary>Only opinions not yet grouped under any theme.</summary>
    public bool OnlyUntagged { get; private set; }
    public SuggestionRunStatus Status { get; private set; }

    /// <summary>0–100, written by the job as it goes.</summary>
    public int Progress { get; private set; }

    /// <summary>How many opinions the run read (those with words to go by).</summary>
    public int OpinionsRead { get; private set; }
    public DateTimeOffset RequestedAt { get; private set; }
    public DateTimeOffset? StartedAt { get; private set; }
    public DateTimeOffset? FinishedAt { get; private set; }

    public bool IsWorking => Status is SuggestionRunStatus.Queued or SuggestionRunStatus.Running;

    public void Start(DateTimeOffset now)
    {
        Status = SuggestionRunStatus.Running;
        StartedAt = now;
        Progress = 1;
    }

    public void Finish(int opinionsRead, DateTimeOffset now)
    {
        Status = SuggestionRunStatus.Done;
        OpinionsRead = opinionsRead;
        Progress = 100;
        FinishedAt = now;
    }

    public void Fail(DateTimeOffset now)
    {
        Status = SuggestionRunStatus.Failed;
        FinishedAt = now;
    }
}

/// <summary>Where a run of the theme suggestions stands: queued, being worked out, done, or failed (ask again).</summary>
public enum SuggestionRunStatus
{
    Queued,
    Running,
    Done,
    Failed,
}

/// <summary>
/// A proposed theme: its key words (why it was proposed), the opinions it would group, and what staff did with it.
/// The words are the stems the clustering used (<see cref="Terms"/>) and their commonest spelling in the opinions
/// (<see cref="KeyWords"/>), so the suggestion explains itself.
/// </summary>
public sealed class ThemeSuggestion
{
    private ThemeSuggestion() { } // for EF

    public ThemeSuggestion(Guid id, Guid runId, Guid dialogueId, int position, string name, IReadOnlyList<string> keyWords,
        IReadOnlyList<SuggestionTerm> terms, IReadOnlyList<Guid> opinionIds, IReadOnlyList<Guid> exampleIds)
    {
        Id = id;
        RunId = runId;
        DialogueId = dialogueId;
        Position = position;
        Name = name;
        KeyWords = keyWords.ToList();
        Terms = terms.ToList();
        OpinionIds = opinionIds.ToList();
        ExampleIds = exampleIds.ToList();
        Status = SuggestionStatus.Proposed;
    }

    public Guid Id { get; private set; }
    public Guid RunId { get; private set; }
    public Guid DialogueId { get; private set; }

    /// <summary>Its place in the run's list (largest first; a split's halves take their parent's place).</summary>
    public int Position { get; private set; }
    public string Name { get; private set; } = "";
    public List<string> KeyWords { get; private set; } = [];
    public List<SuggestionTerm> Terms { get; private set; } = [];
    public List<Guid> OpinionIds { get; private set; } = [];
    public List<Guid> ExampleIds { get; private set; } = [];
    public SuggestionStatus Status { get; private set; }

    /// <summary>Once accepted: the theme its opinions were tagged with, and the tagging (which undo reverses).</summary>
    public Guid? ThemeId { get; private set; }
    public Guid? TaggingOperationId { get; private set; }

    /// <summary>Merged into this one, or split into these: where it went.</summary>
    public List<Guid> SucceededBy { get; private set; } = [];

    public void Rename(string name)
    {
        EnsureProposed();
        Name = name;
    }

    public void Accept(Guid themeId, Guid taggingOperationId)
    {
        EnsureProposed();
        Status = SuggestionStatus.Accepted;
        ThemeId = themeId;
        TaggingOperationId = taggingOperationId;
    }

    public void Reject()
    {
        EnsureProposed();
        Status = SuggestionStatus.Rejected;
    }

    /// <summary>Back to proposed: after a reject, or after the tagging of an accepted one was undone.</summary>
    public void Reopen()
    {
        if (Status is not (SuggestionStatus.Rejected or SuggestionStatus.Accepted))
        {
            throw new DomainRuleException(ProblemCodes.SuggestionNotReopenable, "Only a rejected or accepted suggestion can be proposed again.");
        }

        Status = SuggestionStatus.Proposed;
        ThemeId = null;
        TaggingOperationId = null;
    }

    /// <summary>Takes the others' opinions and words in: they are merged into this one.</summary>
    public void Merge(IReadOnlyList<ThemeSuggestion> others, IReadOnlyList<string> keyWords, IReadOnlyList<SuggestionTerm> terms, IReadOnlyList<Guid> exampleIds)
    {
        EnsureProposed();
        foreach (var other in others)
        {
            if (other.Id == Id || other.RunId != RunId)
            {
                throw new DomainRuleException(ProblemCodes.SuggestionNotMergeable, "Only other suggestions of the same run can be merged into a suggestion.");
            }

            other.EnsureProposed();
            other.Status = SuggestionStatus.Merged;
            other.SucceededBy = [Id];
        }

        OpinionIds = OpinionIds.Concat(others.SelectMany(o => o.OpinionIds)).Distinct().ToList();
        KeyWords = keyWords.ToList();
        Terms = terms.ToList();
        ExampleIds = exampleIds.ToList();
    }

    /// <summary>Replaced by the parts it was split into.</summary>
    public void SplitInto(IReadOnlyList<ThemeSuggestion> parts)
    {
        EnsureProposed();
        if (parts.Count < 2)
        {
            throw new DomainRuleException(ProblemCodes.SuggestionNotSplittable, "These opinions cannot be told apart by their words: the suggestion cannot be split.");
        }

        Status = SuggestionStatus.Split;
        SucceededBy = parts.Select(p => p.Id).ToList();
    }

    /// <summary>Refuses any change once the suggestion is no longer proposed.</summary>
    public void EnsureProposed()
    {
        if (Status != SuggestionStatus.Proposed)
        {
            throw new DomainRuleException(ProblemCodes.SuggestionNotProposed, $"The suggestion is {Status.ToString().ToLowerInvariant()}; only a proposed suggestion can be changed.");
        }
    }
}

/// <summary>A word stem of a suggestion and its weight in the suggestion's centre (how typical it is of its opinions).</summary>
public sealed record SuggestionTerm(string Stem, double Weight);

/// <summary>What staff did with a suggestion: still proposed, accepted (its opinions tagged), rejected, merged into another, or split in two.</summary>
public enum SuggestionStatus
{
    Proposed,
    Accepted,
    Rejected,
    Merged,
    Split,
}

/// <summary>
/// One bulk change of many opinions' themes — a search's matches tagged, an accepted suggestion's opinions tagged,
/// a group of near-identical opinions untagged — recorded with exactly the opinions it changed, so undo restores
/// them and nothing else.
/// </summary>
public sealed class TaggingOperation
{
    private TaggingOperation() { } // for EF

    public TaggingOperation(Guid id, Guid dialogueId, Guid themeId, TaggingAction action, TaggingSource source, IReadOnlyList<Guid> changed, Guid? byUserId, DateTimeOffset now)
    {
        Id = id;
        DialogueId = dialogueId;
        ThemeId = themeId;
        Action = action;
        Source = source;
        Changed = changed.ToList();
        Count = changed.Count;
        ByUserId = byUserId;
        DoneAt = now;
    }

    public Guid Id { get; private set; }
    public Guid DialogueId { get; private set; }
    public Guid ThemeId { get; private set; }
    public TaggingAction Action { get; private set; }
    public TaggingSource Source { get; private set; }

    /// <summary>The opinions this operation changed (those that already had, or lacked, the theme are not in it).</summary>
    public List<Guid> Changed { get; private set; } = [];
    public int Count { get; private set; }
    public Guid? ByUserId { get; private set; }
    public DateTimeOffset DoneAt { get; private set; }
    public DateTimeOffset? UndoneAt { get; private set; }

    public void Undo(DateTimeOffset now)
    {
        if (UndoneAt is not null)
        {
            throw new DomainRuleException(ProblemCodes.TaggingAlreadyUndone, "This change of themes is already undone.");
        }

        UndoneAt = now;
    }
}

/// <summary>A bulk change of themes adds the theme (tag) or removes it (untag).</summary>
public enum TaggingAction
{
    Tag,
    Untag,
}

/// <summary>Where a bulk change of themes came from: a search and filters, an accepted suggestion, or opinions picked by id.</summary>
public enum TaggingSource
{
    Search,
    Suggestion,
    Similar,
}

public static class CompilingLimits
{
    public const int MinSuggestions = 2;
    public const int MaxSuggestions = 30;
    public const int DefaultSuggestions = 10;

    /// <summary>How many opinions one tagging may pick by id (the similar ones reviewed, say).</summary>
    public const int MaxPickedOpinions = 1000;
}
