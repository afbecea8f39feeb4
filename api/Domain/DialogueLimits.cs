namespace Medborgardialog.Api.Domain;

/// <summary>Text lengths shared by the database columns and the validators.</summary>
public static class DialogueLimits
{
    public const int Slug = 120;
    public const int Title = 160;
    public const int Summary = 2000;
    public const int Question = 1000;
    public const int Committee = 200;
    public const int CaseNumber = 50;
    public const int PlaceName = 200;
    public const int PlaceAddress = 300;
    public const int PlaceUrl = 500;
    public const int PlaceAccessibility = 1000;
    public const int MaxPlaces = 20;
    public const int CancellationReason = 1000;
    public const int EasyReadText = 4000;
    public const int Topic = 60;
    public const int MaxTopics = 10;
    public const int MaxFactLinks = 20;
}

/// <summary>Text lengths of opinions.</summary>
public static class OpinionLimits
{
    public const int Text = 5000;
}

public static class OutcomeLimits
{
    public const int ThemeName = 100;
    public const int Summary = 10_000;
    public const int DecisionText = 4000;
    public const int FeedbackText = 10_000;
    public const int MaxQuotes = 20;
    public const int MaxThemes = 50;
}
