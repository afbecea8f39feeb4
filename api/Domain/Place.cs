namespace Medborgardialog.Api.Domain;

/// <summary>Where (or online, where) a dialogue takes place.</summary>
public sealed record Place(string Name, string? Address, string? Url, string? Accessibility);
