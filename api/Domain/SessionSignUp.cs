namespace Medborgardialog.Api.Domain;

/// <summary>
/// A sign-up for a session. Only the number of people is needed; a name and an e-mail address (for a
/// confirmation, with consent) are optional and forgotten the day after the session.
/// </summary>
public sealed class SessionSignUp
{
    private SessionSignUp() { } // for EF

    public SessionSignUp(Guid id, Guid sessionId, int people, string? name, string? email, DateTimeOffset now, DateTimeOffset forgetAfter)
    {
        Id = id;
        SessionId = sessionId;
        People = people;
        Name = name;
        Email = email;
        CreatedAt = now;
        ForgetAfter = forgetAfter;
    }

    public Guid Id { get; private set; }
    public Guid SessionId { get; private set; }
    public int People { get; private set; }
    public string? Name { get; private set; }
    public string? Email { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ForgetAfter { get; private set; }

    public void Forget()
    {
        Name = null;
        Email = null;
    }
}
