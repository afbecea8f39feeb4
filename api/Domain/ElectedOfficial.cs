namespace Medborgardialog.Api.Domain;

/// <summary>
/// An elected official (förtroendevald), shown publicly as responsible for dialogues: name, party, role,
/// committees, public contact and office hours. Only public, work data is ever stored: no home address,
/// no private phone.
/// </summary>
public sealed class ElectedOfficial
{
    private ElectedOfficial() { } // for EF

    public ElectedOfficial(Guid id, string name, string party, string role, IEnumerable<string> committees,
        string? publicEmail, string? publicPhone, string? officeHours)
    {
        Id = id;
        Name = name;
        Party = party;
        Role = role;
        Committees = committees.ToList();
        PublicEmail = publicEmail;
        PublicPhone = publicPhone;
        OfficeHours = officeHours;
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public string Party { get; private set; } = "";
    public string Role { get; private set; } = "";
    public List<string> Committees { get; private set; } = [];

    /// <summary>The official's work address at the municipality (public), not a private one.</summary>
    public string? PublicEmail { get; private set; }

    /// <summary>The official's work telephone (public), not a private one.</summary>
    public string? PublicPhone { get; private set; }

    /// <summary>When and where residents can meet them, e.g. "Tisdagar 16–17 i stadshuset".</summary>
    public string? OfficeHours { get; private set; }
}
