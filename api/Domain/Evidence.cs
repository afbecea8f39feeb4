namespace Medborgardialog.Api.Domain;

/// <summary>
/// One line of evidence a promise was judged on: a code and its parameters, never a sentence. The SPA says it in the
/// reader's language (<c>compliance.evidence.&lt;code&gt;</c> in its catalogues), the server in its own Swedish
/// (the reminder e-mail, the transparency CSV).
/// <para>Parameters are invariant text, named by what they hold: a name ending in <c>On</c> is a day
/// (<c>yyyy-MM-dd</c>, UTC); a name ending in <c>Share</c> is a fraction (<c>0.15</c> is 15 %); <c>group</c> is a
/// target group's code (<c>youngPeople</c>); <c>explanation</c> is the official's own text; every other parameter is a
/// number (<c>30.5</c>).</para>
/// </summary>
public sealed record EvidenceLine(EvidenceCode Code, IReadOnlyDictionary<string, string> Params);

/// <summary>
/// What a line of evidence says, and the parameters it carries (the set is closed: a new kind of evidence is a new code
/// here and a sentence in each catalogue):
/// - `dialogueCancelled`: The dialogue was cancelled: nothing is due.
/// - `openPeriod` (openedOn, closedOn, days, minimumDays): Q1: open {openedOn}–{closedOn}, {days} days (at least {minimumDays}).
/// - `opinionsReceived` (received, online, offline, withdrawn, spam, inResult): Q1: {received} opinions ({online} online, {offline} offline); withdrawn {withdrawn}, spam {spam}; in the result {inResult}.
/// - `offlineInputAccepted`: Q1: input was taken offline too (meetings, walks, pop-ups, paper or phone).
/// - `noOfflineInput`: Q1: no offline form of dialogue and no offline opinions.
/// - `resultCompiled` (compiledOn): Q1: the result was compiled {compiledOn}, after the last opinion.
/// - `opinionAfterResult` (compiledOn): Q1: an opinion arrived after the result was compiled ({compiledOn}).
/// - `basisExported` (exportedOn): Q2: the decision basis was first exported {exportedOn}.
/// - `noBasisExported`: Q2: no decision basis exported yet.
/// - `decisionTaken` (decidedOn): Q2: the decision was taken {decidedOn}.
/// - `decisionPlanned` (plannedOn): Q2: the decision is planned for {plannedOn}.
/// - `noDecisionDate`: Q2: no decision date planned.
/// - `decisionSaysHowResultWasUsed`: Q2: the decision records how the result was used.
/// - `decisionDoesNotSayHowResultWasUsed`: Q2: the decision does not say how the result was used.
/// - `basisExportedAfterDecision`: Q2: the basis was exported after the decision.
/// - `announced` (announcedOn, days, openedOn, minimumDays): Q3a: announced {announcedOn}, {days} days before it opened {openedOn} (at least {minimumDays}).
/// - `notAnnounced` (announceByOn): Q3a: not announced yet; announce by {announceByOn}.
/// - `formsOfDialogue` (count, minimum): Q3a: {count} forms of dialogue (at least {minimum}).
/// - `sessionsWithAccessibility` (count, minimum): Q3a: {count} sessions with accessibility information (at least {minimum}).
/// - `noPlace`: Q3a: the dialogue names no place.
/// - `plainSummary` (characters): Q3b: a plain-language summary of {characters} characters.
/// - `noPlainSummary`: Q3b: no plain-language summary.
/// - `easyReadText`: Q3b: an easy-read text (lättläst) is there.
/// - `noEasyReadText`: Q3b: no easy-read text.
/// - `addEasyReadText`: Q3b, a warning: add an easy-read text so more residents can take part.
/// - `groupReached` (group, share, answered, expectedShare): Q4: {group} reached: {share} of the {answered} who answered, configured share {expectedShare}.
/// - `groupUnderReached` (group, share, answered, expectedShare): Q4: {group} under-reached ({share} of {answered}, configured {expectedShare}) and not explained.
/// - `groupUnderReachedExplained` (group, share, answered, expectedShare, explanation): Q4: {group} under-reached ({share} of {answered}, configured {expectedShare}), explained: {explanation}.
/// - `groupNoAnswers` (group, expectedShare): Q4: {group}: no answers yet against a configured share of {expectedShare}; not explained.
/// - `groupNoAnswersExplained` (group, expectedShare, explanation): Q4: {group}: no answers against a configured share of {expectedShare}, explained: {explanation}.
/// - `groupNotMeasured` (group): Q4, a warning: {group} is not measured by the background questions.
/// - `groupNotMeasuredExplained` (group, explanation): Q4, a warning: {group} is not measured by the background questions; explained: {explanation}.
/// - `noTargetGroups`: Q4: the dialogue names no target groups.
/// - `noDecisionYet`: Q5: no decision yet.
/// - `feedbackDue` (decidedOn, dueOn, days): Q5: decided {decidedOn}; feedback due by {dueOn} ({days} days).
/// - `noFeedbackPublished`: Q5: no feedback published.
/// - `feedbackPublished` (publishedOn, days): Q5: feedback published {publishedOn}, {days} days after the decision.
/// - `feedbackPublishedLate` (publishedOn, days, daysLate): Q5: feedback published {publishedOn}, {days} days after the decision: {daysLate} days late.
/// - `feedbackEmailsDelivered` (sent, queued): Q5: feedback e-mail delivered to {sent} of {queued} confirmed participants.
/// - `inPublicFeed`: Q5: the public Atom feed has an entry for the feedback.
/// - `notInPublicFeed`: Q5: the public Atom feed has no entry for the feedback.
/// </summary>
public enum EvidenceCode
{
    DialogueCancelled,
    OpenPeriod,
    OpinionsReceived,
    OfflineInputAccepted,
    NoOfflineInput,
    ResultCompiled,
    OpinionAfterResult,
    BasisExported,
    NoBasisExported,
    DecisionTaken,
    DecisionPlanned,
    NoDecisionDate,
    DecisionSaysHowResultWasUsed,
    DecisionDoesNotSayHowResultWasUsed,
    BasisExportedAfterDecision,
    Announced,
    NotAnnounced,
    FormsOfDialogue,
    SessionsWithAccessibility,
    NoPlace,
    PlainSummary,
    NoPlainSummary,
    EasyReadText,
    NoEasyReadText,
    AddEasyReadText,
    GroupReached,
    GroupUnderReached,
    GroupUnderReachedExplained,
    GroupNoAnswers,
    GroupNoAnswersExplained,
    GroupNotMeasured,
    GroupNotMeasuredExplained,
    NoTargetGroups,
    NoDecisionYet,
    FeedbackDue,
    NoFeedbackPublished,
    FeedbackPublished,
    FeedbackPublishedLate,
    FeedbackEmailsDelivered,
    InPublicFeed,
    NotInPublicFeed,
}

/// <summary>A link to where the evidence can be seen; what it is a code, so each reader's catalogue names it.</summary>
public sealed record EvidenceLink(EvidenceLinkKind Kind, string Url);

/// <summary>What an evidence link shows: the dialogue's public page, its feedback page, or the public Atom feed.</summary>
public enum EvidenceLinkKind
{
    /// <summary>The dialogue's public page.</summary>
    DialoguePage,

    /// <summary>The dialogue's public feedback page.</summary>
    FeedbackPage,

    /// <summary>The public Atom feed.</summary>
    Feed,
}
