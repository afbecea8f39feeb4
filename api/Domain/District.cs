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

    /// <summary>Its area (WGS 84), written by a migration; "Hela kommunen" is the whole municipality. Null until known.</summary>
    public NetTopologySuite.Geometries.MultiPolygon? Area { get; private set; }

    /// <summary>The code of the district that stands for the whole municipality.</summary>
    public const string WholeMunicipality = "hela-kommunen";
}
