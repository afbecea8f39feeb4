namespace Medborgardialog.Api.Domain;

/// <summary>One of Karlskoga's districts, from the managed list dialogues and (later) participants refer to.</summary>
public sealed class District
{
    private District() { } // for EF

    public District(string code, string name, int sortOrder)
    {
        Code = code;
        Name = name;
        SortOrder = sortOrder;
    }

    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public int SortOrder { get; private set; }
}
