using System.Globalization;
using System.Text;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Features.Compliance;

namespace Medborgardialog.Api.Words;

/// <summary>
/// The server's own Swedish for every value a person reads (house rule 12): the CSV import reads these labels, and
/// the exports (the opinions CSV, the decision basis, the transparency CSV), the e-mail and the moderation log write
/// them. The labels are the SPA's words (its catalogue's <c>form.*</c>, <c>age.*</c>, <c>staffOpinions.channel.*</c> …),
/// so what a screen shows is what a file may say; a test keeps the two in step.
/// </summary>
public static class Swedish
{
    /// <summary>Swedish as .NET writes it: month names, the decimal comma.</summary>
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("sv-SE");

    private static readonly TimeZoneInfo Karlskoga = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    /// <summary>A number as a Swedish reader writes it: "100 000", "2,5" (<see cref="Languages.Number"/>).</summary>
    public static string Number(IFormattable value) => Languages.Number(value, Culture);

    /// <summary>A moment as a clock in Karlskoga shows it.</summary>
    public static DateTimeOffset InKarlskoga(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Karlskoga);

    /// <summary>The day of a moment as Karlskoga reads it ("12 januari 2027"), in Karlskoga's time.</summary>
    public static string Day(DateTimeOffset at) => InKarlskoga(at).ToString("d MMMM yyyy", Culture);

    /// <summary>A text as a label is compared: composed (NFC), lower case, without dashes (every dash punctuation and
    /// the minus sign), white space or invisible format characters (a soft hyphen, a zero-width space, a byte-order mark).</summary>
    public static string Fold(string text)
    {
        var composed = text.Normalize(NormalizationForm.FormC);
        var folded = new StringBuilder(composed.Length);
        foreach (var c in composed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (char.IsWhiteSpace(c) || category is UnicodeCategory.DashPunctuation or UnicodeCategory.Format || c == '\u2212')
            {
                continue;
            }

            folded.Append(char.ToLowerInvariant(c));
        }

        return folded.ToString();
    }

    /// <summary>Whether two texts are the same words once folded (<see cref="Fold"/>): for names that are data, not an
    /// enum (a district, a session, a question's option).</summary>
    public static bool SameWords(string a, string b) => string.Equals(Fold(a), Fold(b), StringComparison.Ordinal);

    public static WordList<DialogueForm> Forms { get; } = new(new Dictionary<DialogueForm, string>
    {
        [DialogueForm.Survey] = "Enkät",
        [DialogueForm.OpenMeeting] = "Öppet möte",
        [DialogueForm.Workshop] = "Workshop",
        [DialogueForm.FocusGroup] = "Fokusgrupp",
        [DialogueForm.DialogueWalk] = "Dialogpromenad",
        [DialogueForm.DigitalForum] = "Digitalt forum",
        [DialogueForm.PopUp] = "Pop-up",
        [DialogueForm.YouthDialogue] = "Ungdomsdialog",
    }, new Dictionary<string, DialogueForm> { ["dialogvandring"] = DialogueForm.DialogueWalk });

    /// <summary>The public words for where a dialogue is (the dialogue pages' badges).</summary>
    public static WordList<DialogueStatus> Statuses { get; } = new(new Dictionary<DialogueStatus, string>
    {
        [DialogueStatus.Draft] = "Utkast",
        [DialogueStatus.Announced] = "Kommande",
        [DialogueStatus.Open] = "Pågår – tyck till nu",
        [DialogueStatus.Closed] = "Avslutad – resultatet sammanställs",
        [DialogueStatus.Decided] = "Beslutad – återkoppling kommer",
        [DialogueStatus.FeedbackPublished] = "Beslutad – läs återkopplingen",
        [DialogueStatus.Cancelled] = "Inställd",
    });

    public static WordList<ParticipationLevel> ParticipationLevels { get; } = new(new Dictionary<ParticipationLevel, string>
    {
        [ParticipationLevel.Inform] = "Information",
        [ParticipationLevel.Consult] = "Konsultation – vi vill höra din åsikt",
        [ParticipationLevel.Dialogue] = "Dialog – vi samtalar om förslagen",
        [ParticipationLevel.CoCreate] = "Samskapande",
    });

    public static WordList<TargetGroup> TargetGroups { get; } = new(new Dictionary<TargetGroup, string>
    {
        [TargetGroup.AllResidents] = "Alla invånare",
        [TargetGroup.YoungPeople] = "Unga",
        [TargetGroup.OlderPeople] = "Äldre",
        [TargetGroup.PeopleWithDisabilities] = "Personer med funktionsnedsättning",
        [TargetGroup.PeopleBornAbroad] = "Personer födda utomlands",
        [TargetGroup.BusinessOwners] = "Företagare",
        [TargetGroup.FamiliesWithChildren] = "Barnfamiljer",
        [TargetGroup.DistrictResidents] = "Boende i ett område",
    });

    /// <summary>How an opinion came in. "Webben" is the online form; the import takes every other channel.</summary>
    public static WordList<OpinionChannel> Channels { get; } = new(new Dictionary<OpinionChannel, string>
    {
        [OpinionChannel.Online] = "Webben",
        [OpinionChannel.Meeting] = "Möte",
        [OpinionChannel.DialogueWalk] = "Dialogpromenad",
        [OpinionChannel.PopUp] = "Pop-up",
        [OpinionChannel.Paper] = "Papper",
        [OpinionChannel.Phone] = "Telefon",
    }, new Dictionary<string, OpinionChannel> { ["dialogvandring"] = OpinionChannel.DialogueWalk });

    public static WordList<AgeBand> AgeBands { get; } = new(new Dictionary<AgeBand, string>
    {
        [AgeBand.Under16] = "Under 16",
        [AgeBand.Age16To25] = "16–25",
        [AgeBand.Age26To40] = "26–40",
        [AgeBand.Age41To64] = "41–64",
        [AgeBand.Age65Plus] = "65 eller äldre",
    }, new Dictionary<string, AgeBand> { ["65+"] = AgeBand.Age65Plus });

    public static WordList<Relation> Relations { get; } = new(new Dictionary<Relation, string>
    {
        [Relation.Resident] = "Boende i Karlskoga",
        [Relation.BusinessOwner] = "Företagare",
        [Relation.WorksOrStudiesHere] = "Arbetar eller studerar här",
        [Relation.YoungPerson] = "Ung",
    }, new Dictionary<string, Relation> { ["boende"] = Relation.Resident });

    public static WordList<QuestionKind> QuestionKinds { get; } = new(new Dictionary<QuestionKind, string>
    {
        [QuestionKind.FreeText] = "Fritext",
        [QuestionKind.SingleChoice] = "Ett alternativ",
        [QuestionKind.MultipleChoice] = "Flera alternativ",
        [QuestionKind.Scale] = "Skala 1–5",
        [QuestionKind.Ranking] = "Rangordning",
        [QuestionKind.Map] = "Karta",
    });

    /// <summary>A map question's answer given as a description of the place instead of a mark.</summary>
    public const string MarkDescribedInWords = "Beskriven med ord";

    /// <summary>What a mark on a map is (exports, the decision basis).</summary>
    public static WordList<MarkKind> MarkKinds { get; } = new(new Dictionary<MarkKind, string>
    {
        [MarkKind.Point] = "Plats",
        [MarkKind.Line] = "Sträcka",
        [MarkKind.Area] = "Område",
    });

    public static WordList<OpinionVisibility> Visibilities { get; } = new(new Dictionary<OpinionVisibility, string>
    {
        [OpinionVisibility.Internal] = "Internt",
        [OpinionVisibility.Public] = "Offentligt",
    });

    public static WordList<ModerationMode> ModerationModes { get; } = new(new Dictionary<ModerationMode, string>
    {
        [ModerationMode.PreModeration] = "Förhandsgranskning",
        [ModerationMode.PostModeration] = "Efterhandsgranskning",
    });

    public static WordList<ModerationStatus> ModerationStatuses { get; } = new(new Dictionary<ModerationStatus, string>
    {
        [ModerationStatus.Unreviewed] = "Inte granskad",
        [ModerationStatus.Held] = "Hålls kvar tills en moderator har tittat",
        [ModerationStatus.Approved] = "Godkänd",
        [ModerationStatus.Hidden] = "Dold",
        [ModerationStatus.Spam] = "Skräppost",
    });

    /// <summary>What the automatic check found (the moderation queue's reasons).</summary>
    public static WordList<ContentCategory> ContentCategories { get; } = new(new Dictionary<ContentCategory, string>
    {
        [ContentCategory.Threat] = "Hot",
        [ContentCategory.Hate] = "Hat eller kränkande ord",
        [ContentCategory.PersonalData] = "Personuppgifter",
    });

    public static WordList<ReportReason> ReportReasons { get; } = new(new Dictionary<ReportReason, string>
    {
        [ReportReason.ThreatOrHate] = "Hot eller hat",
        [ReportReason.PersonalData] = "Personuppgifter",
        [ReportReason.Spam] = "Reklam eller spam",
        [ReportReason.OffTopic] = "Handlar inte om frågan",
    });

    public static WordList<ModerationAction> ModerationActions { get; } = new(new Dictionary<ModerationAction, string>
    {
        [ModerationAction.HeldAutomatically] = "Stoppad automatiskt",
        [ModerationAction.HeldAfterReports] = "Stoppad efter anmälningar",
        [ModerationAction.Approved] = "Godkänd",
        [ModerationAction.Hidden] = "Dold",
        [ModerationAction.MarkedAsSpam] = "Markerad som skräppost",
        [ModerationAction.MarkedForPoliceReport] = "Markerad för polisanmälan",
    });

    /// <summary>The municipality's promises (MISSION.md).</summary>
    public static WordList<CompliancePromise> Promises { get; } = new(new Dictionary<CompliancePromise, string>
    {
        [CompliancePromise.Q1Heard] = "Q1 Alla har rätt att bli hörda",
        [CompliancePromise.Q2Basis] = "Q2 Resultatet är en del av beslutsunderlaget",
        [CompliancePromise.Q3aInformed] = "Q3a Tydlig information om när, var och hur",
        [CompliancePromise.Q3bFacts] = "Q3b Lättillgängligt faktaunderlag",
        [CompliancePromise.Q4Reach] = "Q4 Vi når de grupper som berörs",
        [CompliancePromise.Q5Feedback] = "Q5 Återkoppling till dem som deltog",
    });

    public static WordList<ItemState> ItemStates { get; } = new(new Dictionary<ItemState, string>
    {
        [ItemState.Met] = "Uppfyllt",
        [ItemState.NotMet] = "Inte uppfyllt",
        [ItemState.NotYetDue] = "Inte aktuellt än",
        [ItemState.NotApplicable] = "Inställd",
    });

    /// <summary>Every list, for checks over the whole vocabulary.</summary>
    public static IReadOnlyList<IWordList> All { get; } =
    [
        Forms, Statuses, ParticipationLevels, TargetGroups, Channels, AgeBands, Relations, QuestionKinds, Visibilities,
        ModerationModes, ModerationStatuses, ContentCategories, ReportReasons, ModerationActions, Promises, ItemStates,
    ];
}
