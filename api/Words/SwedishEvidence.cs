using System.Globalization;
using System.Text.RegularExpressions;
using Medborgardialog.Api.Domain;

namespace Medborgardialog.Api.Words;

/// <summary>
/// The server's Swedish for the compliance evidence (<see cref="EvidenceLine"/>): the reminder e-mail and the
/// transparency CSV say it. Each sentence is the SPA's Swedish catalogue entry <c>compliance.evidence.&lt;code&gt;</c>,
/// word for word (a test keeps them in step); the parameters are filled in the Swedish way: a day as "3 december
/// 2026", a share as "15 %", a target group by its label, a number grouped and with a decimal comma ("1 234", "2,5").
/// </summary>
public static partial class SwedishEvidence
{
    public static IReadOnlyDictionary<EvidenceCode, string> Sentences { get; } = Complete(new Dictionary<EvidenceCode, string>
    {
        [EvidenceCode.DialogueCancelled] = "Dialogen ställdes in.",
        [EvidenceCode.OpenPeriod] = "Öppen {openedOn}–{closedOn}: {days} dagar (minst {minimumDays}).",
        [EvidenceCode.OpinionsReceived] = "Synpunkter som kom in: {received} ({online} på webben, {offline} på andra sätt); tillbakadragna {withdrawn}, skräppost {spam}; i resultatet {inResult}.",
        [EvidenceCode.OfflineInputAccepted] = "Synpunkter togs emot även utanför webben (möten, promenader, pop-up, papper eller telefon).",
        [EvidenceCode.NoOfflineInput] = "Ingen dialogform utanför webben och inga synpunkter från andra kanaler.",
        [EvidenceCode.ResultCompiled] = "Resultatet sammanställdes {compiledOn}, efter den sista synpunkten.",
        [EvidenceCode.OpinionAfterResult] = "En synpunkt kom in efter att resultatet sammanställdes ({compiledOn}): sammanställ det igen.",
        [EvidenceCode.BasisExported] = "Beslutsunderlaget exporterades första gången {exportedOn}.",
        [EvidenceCode.NoBasisExported] = "Inget beslutsunderlag är exporterat än.",
        [EvidenceCode.DecisionTaken] = "Beslutet fattades {decidedOn}.",
        [EvidenceCode.DecisionPlanned] = "Beslutet är planerat till {plannedOn}.",
        [EvidenceCode.NoDecisionDate] = "Inget datum för beslutet är planerat.",
        [EvidenceCode.DecisionSaysHowResultWasUsed] = "Beslutet beskriver hur resultatet användes.",
        [EvidenceCode.DecisionDoesNotSayHowResultWasUsed] = "Beslutet säger inte hur resultatet användes.",
        [EvidenceCode.BasisExportedAfterDecision] = "Underlaget exporterades efter beslutet.",
        [EvidenceCode.Announced] = "Utlyst {announcedOn}, {days} dagar innan den öppnade {openedOn} (minst {minimumDays}).",
        [EvidenceCode.NotAnnounced] = "Inte utlyst än; lys ut senast {announceByOn}.",
        [EvidenceCode.FormsOfDialogue] = "Dialogformer: {count} (minst {minimum}).",
        [EvidenceCode.SessionsWithAccessibility] = "Tillfällen med information om tillgänglighet: {count} (minst {minimum}).",
        [EvidenceCode.NoPlace] = "Dialogen anger ingen plats.",
        [EvidenceCode.PlainSummary] = "Sammanfattning på enkel svenska: {characters} tecken (krävs innan dialogen lyses ut).",
        [EvidenceCode.NoPlainSummary] = "Ingen sammanfattning på enkel svenska.",
        [EvidenceCode.EasyReadText] = "Det finns en lättläst text.",
        [EvidenceCode.NoEasyReadText] = "Ingen lättläst text.",
        [EvidenceCode.AddEasyReadText] = "Lägg till en lättläst text så att fler invånare kan vara med.",
        [EvidenceCode.GroupReached] = "{group}: {share} av {answered} som svarade, förväntad andel {expectedShare}: nådd.",
        [EvidenceCode.GroupUnderReached] = "{group}: {share} av {answered} som svarade, förväntad andel {expectedShare}: inte nådd, ingen förklaring.",
        [EvidenceCode.GroupUnderReachedExplained] = "{group}: {share} av {answered} som svarade, förväntad andel {expectedShare}: inte nådd, förklaring: {explanation}",
        [EvidenceCode.GroupNoAnswers] = "{group}: inga svar, förväntad andel {expectedShare}: inte nådd, ingen förklaring.",
        [EvidenceCode.GroupNoAnswersExplained] = "{group}: inga svar, förväntad andel {expectedShare}: inte nådd, förklaring: {explanation}",
        [EvidenceCode.GroupNotMeasured] = "{group}: mäts inte av bakgrundsfrågorna.",
        [EvidenceCode.GroupNotMeasuredExplained] = "{group}: mäts inte av bakgrundsfrågorna; förklaring: {explanation}",
        [EvidenceCode.NoTargetGroups] = "Inga målgrupper angivna.",
        [EvidenceCode.NoDecisionYet] = "Inget beslut än.",
        [EvidenceCode.FeedbackDue] = "Beslut {decidedOn}; återkoppling senast {dueOn} ({days} dagar).",
        [EvidenceCode.NoFeedbackPublished] = "Ingen återkoppling publicerad.",
        [EvidenceCode.FeedbackPublished] = "Återkopplingen publicerades {publishedOn}, {days} dagar efter beslutet.",
        [EvidenceCode.FeedbackPublishedLate] = "Återkopplingen publicerades {publishedOn}, {days} dagar efter beslutet: {daysLate} dagar för sent.",
        [EvidenceCode.FeedbackEmailsDelivered] = "E-post med återkopplingen: levererad till {sent} av {queued} bekräftade deltagare.",
        [EvidenceCode.InPublicFeed] = "Återkopplingen finns i det offentliga flödet.",
        [EvidenceCode.NotInPublicFeed] = "Återkopplingen saknas i det offentliga flödet.",
    });

    private static readonly CultureInfo Sv = Swedish.Culture;

    /// <summary>One line of evidence as a Swedish sentence.</summary>
    public static string Say(EvidenceLine line) =>
        Parameter().Replace(Sentences[line.Code], m => line.Params.TryGetValue(m.Groups[1].Value, out var value) ? Word(m.Groups[1].Value, value) : m.Value);

    /// <summary>A parameter in Swedish, by what its name says it holds (see <see cref="EvidenceLine"/>).</summary>
    private static string Word(string name, string value)
    {
        if (name == "group")
        {
            return Swedish.TargetGroups.TryParse(value, out var group) ? Swedish.TargetGroups[group] : value;
        }

        if (name.EndsWith("On", StringComparison.Ordinal) && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day.ToString("d MMMM yyyy", Sv);
        }

        if (name == "explanation" || !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return value;
        }

        return name.EndsWith("Share", StringComparison.OrdinalIgnoreCase) ? number.ToString("P0", Sv) : number.ToString("#,0.#", Sv);
    }

    private static Dictionary<EvidenceCode, string> Complete(Dictionary<EvidenceCode, string> sentences)
    {
        var missing = Enum.GetValues<EvidenceCode>().Where(c => !sentences.ContainsKey(c)).ToList();
        return missing.Count == 0 ? sentences : throw new InvalidOperationException($"No Swedish sentence for the evidence {string.Join(", ", missing)}.");
    }

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Parameter();
}
