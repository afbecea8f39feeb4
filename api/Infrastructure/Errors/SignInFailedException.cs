namespace Medborgardialog.Api.Infrastructure.Errors;

/// <summary>Sign-in refused: 401, with one message whatever the reason, so it tells nothing about which accounts exist.</summary>
public sealed class SignInFailedException() : Exception("The e-mail address or password is wrong, or the account is locked for a while after too many attempts.");
