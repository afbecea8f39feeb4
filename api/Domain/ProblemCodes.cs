namespace Medborgardialog.Api.Domain;

/// <summary>
/// The API's vocabulary for clients: every stable <c>code</c> a problem document can carry, in one place.
/// A code never changes meaning once published; clients (the SPA's catalogues) turn codes into words.
/// Field errors have codes of their own (<c>FieldErrorCodes</c>).
/// </summary>
public static class ProblemCodes
{
    // Generic problems, answered by the one exception handler.
    /// <summary>One or more fields are invalid (400; <c>errors</c> names them).</summary>
    public const string ValidationFailed = "request.invalid";
    /// <summary>The body is not valid JSON for the request (400).</summary>
    public const string BodyUnreadable = "request.unreadable";
    /// <summary>The body is too large (413).</summary>
    public const string BodyTooLarge = "request.tooLarge";
    /// <summary>The body is not of a type the endpoint reads (415).</summary>
    public const string UnsupportedMediaType = "request.unsupportedMediaType";
    /// <summary>The method is not one the address answers (405).</summary>
    public const string MethodNotAllowed = "request.methodNotAllowed";
    /// <summary>Nothing was found at the address (404), when no more particular code applies.</summary>
    public const string NotFound = "resource.notFound";
    /// <summary>The request conflicts with the resource (409), when no more particular code applies.</summary>
    public const string Conflict = "resource.conflict";
    /// <summary>Someone else changed the resource at the same time (409): read it again.</summary>
    public const string ConcurrentChange = "resource.changedBySomeoneElse";
    /// <summary>The Idempotency-Key was used before with another body (422).</summary>
    public const string IdempotencyKeyReused = "idempotency.keyReused";
    /// <summary>Sign in first (401).</summary>
    public const string Unauthorized = "auth.required";
    /// <summary>The signed-in account may not do this (403).</summary>
    public const string Forbidden = "auth.forbidden";
    /// <summary>The e-mail address or password is wrong, or the account is locked.</summary>
    public const string SignInFailed = "auth.signInFailed";
    /// <summary>The anti-forgery token is missing or invalid (400).</summary>
    public const string AntiforgeryMissing = "auth.antiforgeryTokenInvalid";
    /// <summary>Too many requests: wait and try again (429).</summary>
    public const string TooManyRequests = "rateLimit.exceeded";
    /// <summary>The service (its database) is unavailable for now (503).</summary>
    public const string Unavailable = "service.unavailable";
    /// <summary>The client cancelled the request.</summary>
    public const string Cancelled = "request.cancelled";
    /// <summary>An unexpected error on the server (500).</summary>
    public const string Unexpected = "server.unexpected";

    // Domain rules (409), alphabetised by area, then by name. Each names the rule that refused the step.

    // The decision (promise Q2).
    /// <summary>The decision of this dialogue is already recorded; it is recorded once.</summary>
    public const string DecisionAlreadyRecorded = "decision.alreadyRecorded";
    /// <summary>The dialogue was cancelled: there is no decision to record.</summary>
    public const string DecisionDialogueCancelled = "decision.dialogueCancelled";
    /// <summary>A decision is recorded only after the dialogue has closed.</summary>
    public const string DecisionDialogueNotClosed = "decision.dialogueNotClosed";
    /// <summary>The decision must say how the dialogue's result was used.</summary>
    public const string DecisionNeedsHowResultWasUsed = "decision.needsHowResultWasUsed";

    // The decision basis.
    /// <summary>The decision basis is exported only after the dialogue has closed.</summary>
    public const string DecisionBasisDialogueNotClosed = "decisionBasis.dialogueNotClosed";

    // The dialogue and its steps.
    /// <summary>The dialogue is already cancelled.</summary>
    public const string DialogueAlreadyCancelled = "dialogue.alreadyCancelled";
    /// <summary>The dialogue is already closed (closing it again, or it has gone further).</summary>
    public const string DialogueAlreadyClosed = "dialogue.alreadyClosed";
    /// <summary>The dialogue is already open.</summary>
    public const string DialogueAlreadyOpen = "dialogue.alreadyOpen";
    /// <summary>The dialogue is already published (announced); it is published once.</summary>
    public const string DialogueAlreadyPublished = "dialogue.alreadyPublished";
    /// <summary>The dialogue is cancelled: it takes no further step (publish, open, edit, opinions).</summary>
    public const string DialogueCancelled = "dialogue.cancelled";
    /// <summary>A cancelled dialogue's opinions cannot be made public.</summary>
    public const string DialogueCancelledOpinionsStayInternal = "dialogue.cancelledOpinionsStayInternal";
    /// <summary>Cancelling needs a reason the public can read.</summary>
    public const string DialogueCancellationNeedsReason = "dialogue.cancellationNeedsReason";
    /// <summary>The dialogue has closed: it can no longer be edited, cancelled, reopened, or take online opinions.</summary>
    public const string DialogueClosed = "dialogue.closed";
    /// <summary>A dialogue must close after it opens.</summary>
    public const string DialogueClosesBeforeOpening = "dialogue.closesBeforeOpening";
    /// <summary>The dialogue cannot be announced yet: it lacks what <c>missing</c> lists.</summary>
    public const string DialogueIncomplete = "dialogue.incomplete";
    /// <summary>The dialogue does not accept this opinion now (the database's guard, when the status gives no reason).</summary>
    public const string DialogueNotAcceptingOpinions = "dialogue.notAcceptingOpinions";
    /// <summary>The dialogue is not open (yet): the step needs an open dialogue.</summary>
    public const string DialogueNotOpen = "dialogue.notOpen";
    /// <summary>The dialogue must be published (announced) before it opens.</summary>
    public const string DialogueNotPublished = "dialogue.notPublished";
    /// <summary>The dialogue is open: its opening time is history and cannot change.</summary>
    public const string DialogueOpeningTimeFixed = "dialogue.openingTimeFixed";

    // Fact documents.
    /// <summary>Fact material is added only until the dialogue closes.</summary>
    public const string DocumentDialogueClosed = "document.dialogueClosed";

    // Feedback (promise Q5).
    /// <summary>Feedback for this dialogue is already published; it is published once.</summary>
    public const string FeedbackAlreadyPublished = "feedback.alreadyPublished";
    /// <summary>Feedback is published only after the decision is recorded.</summary>
    public const string FeedbackNeedsDecision = "feedback.needsDecision";

    // Moderation.
    /// <summary>The opinion is already marked for a police report.</summary>
    public const string ModerationAlreadyMarkedForPoliceReport = "moderation.alreadyMarkedForPoliceReport";
    /// <summary>Hiding an opinion needs a reason, shown publicly in its place.</summary>
    public const string ModerationHideNeedsReason = "moderation.hideNeedsReason";
    /// <summary>The opinion is not marked for a police report, so there is none to export.</summary>
    public const string ModerationNotMarkedForPoliceReport = "moderation.notMarkedForPoliceReport";
    /// <summary>The resident withdrew the opinion: it is no longer shown or moderated.</summary>
    public const string ModerationOpinionWithdrawn = "moderation.opinionWithdrawn";
    /// <summary>An opinion marked for a police report is kept: its text is not erased.</summary>
    public const string ModerationPoliceReportKept = "moderation.policeReportKept";

    // Opinions.
    /// <summary>This receipt or browser has already reported the opinion.</summary>
    public const string OpinionAlreadyReported = "opinion.alreadyReported";
    /// <summary>The opinion is already withdrawn.</summary>
    public const string OpinionAlreadyWithdrawn = "opinion.alreadyWithdrawn";
    /// <summary>The opinion has no e-mail address to confirm.</summary>
    public const string OpinionNoEmailToConfirm = "opinion.noEmailToConfirm";
    /// <summary>An opinion registered by staff was gathered offline: it needs an offline channel.</summary>
    public const string OpinionOfflineNeedsChannel = "opinion.offlineNeedsChannel";
    /// <summary>An opinion is withdrawn only while its dialogue is open.</summary>
    public const string OpinionWithdrawalNeedsOpenDialogue = "opinion.withdrawalNeedsOpenDialogue";

    // The questionnaire.
    /// <summary>The questionnaire does not hold together (the detail lists why).</summary>
    public const string QuestionnaireInvalid = "questionnaire.invalid";
    /// <summary>The questionnaire changes only while the dialogue is a draft.</summary>
    public const string QuestionnaireLocked = "questionnaire.locked";

    // The dialogue's map (map questions).
    /// <summary>The dialogue's map (area, start, named places) changes only while the dialogue is a draft.</summary>
    public const string MapLocked = "map.locked";

    // Reach (promise Q4).
    /// <summary>Explaining a reach shortfall needs a few words.</summary>
    public const string ReachExplanationNeedsText = "reach.explanationNeedsText";
    /// <summary>The group is not one of the dialogue's target groups.</summary>
    public const string ReachNotATargetGroup = "reach.notATargetGroup";

    // The result.
    /// <summary>The result is compiled only after the dialogue has closed.</summary>
    public const string ResultDialogueNotClosed = "result.dialogueNotClosed";
    /// <summary>The decision is recorded: the result it was based on no longer changes.</summary>
    public const string ResultFrozenByDecision = "result.frozenByDecision";

    // Sessions.
    /// <summary>Sessions are added only until the dialogue closes.</summary>
    public const string SessionDialogueClosed = "session.dialogueClosed";
    /// <summary>A session must end after it starts.</summary>
    public const string SessionEndsBeforeStart = "session.endsBeforeStart";
    /// <summary>The session is full.</summary>
    public const string SessionFull = "session.full";
    /// <summary>A session with sign-up needs a capacity.</summary>
    public const string SessionNeedsCapacity = "session.needsCapacity";
    /// <summary>A session needs a place or an online link.</summary>
    public const string SessionNeedsPlace = "session.needsPlace";
    /// <summary>Fewer places are left than the sign-up asks for.</summary>
    public const string SessionNotEnoughPlaces = "session.notEnoughPlaces";
    /// <summary>Signing up is possible only while the dialogue is announced or open.</summary>
    public const string SessionSignUpNeedsPublicDialogue = "session.signUpNeedsPublicDialogue";
    /// <summary>A sign-up is for at least one person.</summary>
    public const string SessionSignUpNeedsPeople = "session.signUpNeedsPeople";
    /// <summary>The session has started: sign-up is closed.</summary>
    public const string SessionStarted = "session.started";
    /// <summary>A session must start before the dialogue closes.</summary>
    public const string SessionStartsAfterDialogueCloses = "session.startsAfterDialogueCloses";

    // Staff accounts.
    /// <summary>There is already a staff account with that e-mail address.</summary>
    public const string StaffEmailTaken = "staff.emailTaken";

    // Themes.
    /// <summary>Opinions are grouped into themes only once the dialogue has opened.</summary>
    public const string ThemeDialogueNotOpened = "theme.dialogueNotOpened";
    /// <summary>The dialogue already has a theme with that name.</summary>
    public const string ThemeExists = "theme.exists";
    /// <summary>The dialogue has as many themes as it may have.</summary>
    public const string ThemeTooMany = "theme.tooMany";

    // Compiling many opinions: theme suggestions and tagging in bulk.
    /// <summary>A suggestion run is already queued or working for this dialogue.</summary>
    public const string SuggestionsRunning = "suggestions.running";
    /// <summary>The suggestion is no longer proposed (accepted, rejected, merged or split): it cannot be changed.</summary>
    public const string SuggestionNotProposed = "suggestion.notProposed";
    /// <summary>Only a rejected or accepted suggestion can be proposed again.</summary>
    public const string SuggestionNotReopenable = "suggestion.notReopenable";
    /// <summary>Only other proposed suggestions of the same run can be merged into a suggestion.</summary>
    public const string SuggestionNotMergeable = "suggestion.notMergeable";
    /// <summary>The suggestion's opinions cannot be told apart by their words.</summary>
    public const string SuggestionNotSplittable = "suggestion.notSplittable";
    /// <summary>The matching opinions are no longer as many as the count the change was confirmed for.</summary>
    public const string TaggingCountChanged = "tagging.countChanged";
    /// <summary>The tagging is already undone.</summary>
    public const string TaggingAlreadyUndone = "tagging.alreadyUndone";

    // Not found (404), by what was not found.
    /// <summary>The signed-in account no longer exists.</summary>
    public const string AccountNotFound = "account.notFound";
    /// <summary>There is no dialogue with that id or slug (or none the caller may see).</summary>
    public const string DialogueNotFound = "dialogue.notFound";
    /// <summary>There is no public fact document with that id.</summary>
    public const string DocumentNotFound = "document.notFound";
    /// <summary>The e-mail confirmation link is not valid, was used, or the address was removed.</summary>
    public const string EmailConfirmationNotFound = "emailConfirmation.notFound";
    /// <summary>There is no published feedback for that dialogue.</summary>
    public const string FeedbackNotFound = "feedback.notFound";
    /// <summary>There is no locally kept mail with that id, or mail is not kept locally.</summary>
    public const string LocalMailNotFound = "localMail.notFound";
    /// <summary>There is no opinion with that id (or none public, for a public path).</summary>
    public const string OpinionNotFound = "opinion.notFound";
    /// <summary>The dialogue's opinions are internal: there is no public list of them.</summary>
    public const string PublicOpinionsNotFound = "publicOpinions.notFound";
    /// <summary>There is no opinion with that receipt.</summary>
    public const string ReceiptNotFound = "receipt.notFound";
    /// <summary>There is no (public) session with that id.</summary>
    public const string SessionNotFound = "session.notFound";
    /// <summary>The dialogue has no translation into that language.</summary>
    public const string TranslationNotFound = "translation.notFound";
    /// <summary>The unsubscribe link is not valid.</summary>
    public const string UnsubscribeLinkNotFound = "unsubscribe.notFound";
    /// <summary>There is no webhook endpoint with that id.</summary>
    public const string WebhookNotFound = "webhook.notFound";
    /// <summary>There is no theme suggestion with that id.</summary>
    public const string SuggestionNotFound = "suggestion.notFound";
    /// <summary>There is no tagging with that id.</summary>
    public const string TaggingNotFound = "tagging.notFound";
    /// <summary>There is no theme with that id.</summary>
    public const string ThemeNotFound = "theme.notFound";

    // Following (issue 17).
    /// <summary>The follow was already confirmed: the link has been used.</summary>
    public const string FollowAlreadyConfirmed = "follow.alreadyConfirmed";
    /// <summary>A cancelled dialogue cannot be followed.</summary>
    public const string FollowDialogueCancelled = "follow.dialogueCancelled";
    /// <summary>A dialogue whose feedback is published cannot be followed: nothing more will happen.</summary>
    public const string FollowDialogueFinished = "follow.dialogueFinished";
    /// <summary>The follow's confirmation link is not valid (tampered with, expired, or the follow was removed).</summary>
    public const string FollowLinkNotFound = "follow.linkNotFound";
    /// <summary>The follower's link (manage, unsubscribe) is not valid, or everything was already removed.</summary>
    public const string FollowerLinkNotFound = "follower.linkNotFound";
    /// <summary>The follower has no follow with that id.</summary>
    public const string FollowNotFound = "follow.notFound";
}
