namespace Medborgardialog.Api.Domain;

/// <summary>
/// The API's vocabulary for clients: every stable <c>code</c> a problem document can carry, in one place.
/// A code never changes meaning once published; clients (the SPA's catalogues) turn codes into words.
/// Field errors have codes of their own (<c>FieldErrorCodes</c>).
/// </summary>
public static class ProblemCodes
{
    // Generic problems, answered by the one exception handler.
    public const string ValidationFailed = "request.invalid";
    public const string BodyUnreadable = "request.unreadable";
    public const string BodyTooLarge = "request.tooLarge";
    public const string UnsupportedMediaType = "request.unsupportedMediaType";
    public const string MethodNotAllowed = "request.methodNotAllowed";
    public const string NotFound = "resource.notFound";
    public const string Conflict = "resource.conflict";
    public const string ConcurrentChange = "resource.changedBySomeoneElse";
    public const string IdempotencyKeyReused = "idempotency.keyReused";
    public const string Unauthorized = "auth.required";
    public const string Forbidden = "auth.forbidden";
    public const string SignInFailed = "auth.signInFailed";
    public const string AntiforgeryMissing = "auth.antiforgeryTokenInvalid";
    public const string TooManyRequests = "rateLimit.exceeded";
    public const string Unavailable = "service.unavailable";
    public const string Cancelled = "request.cancelled";
    public const string Unexpected = "server.unexpected";

    // Domain rules (409).
    public const string DialogueIncomplete = "dialogue.incomplete";
}
