namespace Medborgardialog.Api.Domain;

/// <summary>How much influence residents have in a dialogue (the participation ladder).</summary>
public enum ParticipationLevel
{
    Inform,
    Consult,
    Dialogue,
    CoCreate,
}

/// <summary>A link to fact material: a report, a map, an earlier decision.</summary>
public sealed record FactLink(string Title, string Url);
