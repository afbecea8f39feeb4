namespace Medborgardialog.Api.Domain;

/// <summary>
/// What can be wrong with one field of a request: the <c>code</c> of a problem document's <c>fieldErrors</c>,
/// with the parameters each code names. The one list; validators name these codes, the exception handler maps
/// FluentValidation's built-in rules onto them.
/// </summary>
public static class FieldErrorCodes
{
    /// <summary>The field is missing, null or empty.</summary>
    public const string Required = "required";

    /// <summary>Longer than allowed. Params: <c>max</c>.</summary>
    public const string TooLong = "tooLong";

    /// <summary>Shorter than allowed. Params: <c>min</c>.</summary>
    public const string TooShort = "tooShort";

    /// <summary>A list with more items than allowed. Params: <c>max</c>.</summary>
    public const string TooMany = "tooMany";

    /// <summary>A list with fewer items than needed. Params: <c>min</c>.</summary>
    public const string TooFew = "tooFew";

    /// <summary>A number or date below the least allowed. Params: <c>min</c> (or <c>other</c>: the field it must not be below).</summary>
    public const string TooSmall = "tooSmall";

    /// <summary>A number or date above the most allowed. Params: <c>max</c> (or <c>other</c>).</summary>
    public const string TooLarge = "tooLarge";

    /// <summary>Outside a range. Params: <c>min</c>, <c>max</c>.</summary>
    public const string OutOfRange = "outOfRange";

    /// <summary>Must come before another field's value. Params: <c>other</c>.</summary>
    public const string MustBeBefore = "mustBeBefore";

    /// <summary>Must come after another field's value. Params: <c>other</c>.</summary>
    public const string MustBeAfter = "mustBeAfter";

    /// <summary>Not one of the allowed values. Params: <c>allowed</c> (comma-separated) where the list is short.</summary>
    public const string UnknownValue = "unknownValue";

    /// <summary>Names something that does not exist or does not belong here (another dialogue's theme, an unknown district).</summary>
    public const string UnknownReference = "unknownReference";

    /// <summary>Not an e-mail address.</summary>
    public const string InvalidEmail = "invalidEmail";

    /// <summary>Not an http(s) web address.</summary>
    public const string InvalidUrl = "invalidUrl";

    /// <summary>A web address whose host is the server itself or a private network (localhost, a loopback, link-local,
    /// private or unspecified IP address), where the platform does not send.</summary>
    public const string PrivateAddress = "privateAddress";

    /// <summary>Not in the expected format (a date, a number, a pattern).</summary>
    public const string InvalidFormat = "invalidFormat";

    /// <summary>The value could not be read as the field's type (a string where a number belongs).</summary>
    public const string WrongType = "wrongType";

    /// <summary>A character that cannot be stored or published in a text: a control character other than tab and line
    /// breaks (NUL, U+0001 …).</summary>
    public const string InvalidCharacter = "invalidCharacter";

    /// <summary>A field the request does not have.</summary>
    public const string UnknownField = "unknownField";

    /// <summary>Must be empty here (options on a free-text question).</summary>
    public const string MustBeEmpty = "mustBeEmpty";

    /// <summary>Listed twice where each may appear once.</summary>
    public const string Duplicate = "duplicate";

    /// <summary>A file of a kind that is not accepted. Params: <c>allowed</c>.</summary>
    public const string UnsupportedFileType = "unsupportedFileType";

    /// <summary>A token or link that is not valid (used, expired or never issued).</summary>
    public const string InvalidToken = "invalidToken";

    /// <summary>A password the account rules refuse.</summary>
    public const string WeakPassword = "weakPassword";

    /// <summary>Any other rule of the field; the English message says which.</summary>
    public const string Invalid = "invalid";

    /// <summary>Not a geometry that can be read or kept: too few positions, an open ring, positions off the globe.</summary>
    public const string InvalidGeometry = "invalidGeometry";

    /// <summary>A route or an area whose edge crosses itself.</summary>
    public const string SelfIntersecting = "selfIntersecting";

    /// <summary>Outside the area it must lie in. Params: <c>area</c> (<c>dialogue</c> or <c>municipality</c>).</summary>
    public const string OutsideArea = "outsideArea";

    /// <summary>A route or an area with too many positions. Params: <c>max</c>.</summary>
    public const string TooManyVertices = "tooManyVertices";
}
