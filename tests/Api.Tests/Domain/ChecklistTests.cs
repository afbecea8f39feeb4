using System.Text.RegularExpressions;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Words;

namespace Medborgardialog.Api.Tests.Domain;

/// <summary>The checklist is a pure function of a dialogue's facts: no database, no other use case. Its evidence is
/// codes with parameters, and every code the server can say in Swedish with exactly the parameters it carries.</summary>
public sealed partial class ChecklistTests
{
    private static readonly DateTimeOffset Opens = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly DecidedOn = new(2027, 2, 1);
    private static readonly ComplianceOptions Options = new();

    /// <summary>A dialogue run by the book, feedback published ten days after the decision.</summary>
    private static DialogueFacts Kept() => new(
        Guid.NewGuid(), "ny-skatepark", DialogueStatus.FeedbackPublished, Opens, Opens.AddDays(30), Opens.AddDays(-20), Opens, Opens.AddDays(30),
        [DialogueForm.Survey, DialogueForm.YouthDialogue], true, 1, "En sammanfattning på enkel svenska.", true,
        4, 1, 0, 0, Opens.AddDays(10), Opens.AddDays(31), Opens.AddDays(32), DecidedOn, true, DecidedOn,
        new DateTimeOffset(DecidedOn.AddDays(10).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero), 2, 2,
        [
            new GroupReach(TargetGroup.YoungPeople, true, 0.6, 0.15, 5, null),
            new GroupReach(TargetGroup.OlderPeople, true, 0.0, 0.2, 5, "Vi besökte två träffpunkter."),
            new GroupReach(TargetGroup.BusinessOwners, true, null, 0.05, 0, null),
            new GroupReach(TargetGroup.PeopleBornAbroad, false, null, null, 0, null),
        ])
    {
        FeedbackInFeed = true,
    };

    private static readonly DateTimeOffset Later = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public void The_same_facts_give_the_same_checklist_of_codes()
    {
        var facts = Kept();

        var first = Checklist.For(facts, Options, Later, "https://medborgardialog.karlskoga.se");
        var second = Checklist.For(facts, Options, Later, "https://medborgardialog.karlskoga.se");

        first.Should().BeEquivalentTo(second);
        first.Single(i => i.Promise == CompliancePromise.Q5Feedback).Evidence.Select(e => e.Code)
            .Should().Equal(EvidenceCode.FeedbackDue, EvidenceCode.FeedbackPublished, EvidenceCode.FeedbackEmailsDelivered, EvidenceCode.InPublicFeed);
        first.Single(i => i.Promise == CompliancePromise.Q5Feedback).Links.Select(l => l.Kind).Should().Equal(EvidenceLinkKind.FeedbackPage, EvidenceLinkKind.Feed);
    }

    [Test]
    public void Feedback_without_its_entry_in_the_public_feed_does_not_keep_Q5()
    {
        var q5 = Checklist.For(Kept() with { FeedbackInFeed = false }, Options, Later, "").Single(i => i.Promise == CompliancePromise.Q5Feedback);

        q5.State.Should().Be(ItemState.NotMet);
        q5.Evidence.Select(e => e.Code).Should().Contain(EvidenceCode.NotInPublicFeed).And.NotContain(EvidenceCode.InPublicFeed);
    }

    [Test]
    public void Every_line_carries_the_parameters_its_Swedish_sentence_names_and_no_other()
    {
        var facts = new[]
        {
            Kept(),
            Kept() with { FeedbackInFeed = false, FeedbackPublishedAt = Later.AddDays(30), HasPlaces = false, HasEasyRead = false, Summary = "" },
            Kept() with { Status = DialogueStatus.Closed, DecidedOn = null, FeedbackPublishedAt = null, ResultCompiledAt = Opens, FirstExportedAt = null, Forms = [DialogueForm.Survey], OfflineOpinions = 0 },
            Kept() with { Status = DialogueStatus.Draft, PublishedAt = null, OpenedAt = null, ClosedAt = null, PlannedDecisionDate = null, DecidedOn = null, Reach = [] },
            Kept() with { Status = DialogueStatus.Decided, FirstExportedAt = Later, DecisionSaysHowResultWasUsed = false, FeedbackPublishedAt = null },
            Kept() with { Status = DialogueStatus.Cancelled },
            Kept() with
            {
                Reach =
                [
                    new GroupReach(TargetGroup.YoungPeople, true, 0.01, 0.15, 50, "Skolorna hade lov."),
                    new GroupReach(TargetGroup.OlderPeople, true, 0.01, 0.2, 50, null),
                    new GroupReach(TargetGroup.BusinessOwners, true, null, 0.05, 0, "Inga företagare svarade."),
                    new GroupReach(TargetGroup.PeopleBornAbroad, false, null, null, 0, "Vi höll en träff med SFI."),
                ],
            },
        };
        var lines = facts.SelectMany(f => Checklist.For(f, Options, Later, "")).SelectMany(i => i.Evidence.Concat(i.Warnings)).ToList();

        foreach (var line in lines)
        {
            var named = Placeholder().Matches(SwedishEvidence.Sentences[line.Code]).Select(m => m.Groups[1].Value);
            line.Params.Keys.Should().BeEquivalentTo(named, line.Code.ToString());
            SwedishEvidence.Say(line).Should().NotContain("{", line.Code.ToString());
        }

        lines.Select(l => l.Code).Distinct().Should().BeEquivalentTo(Enum.GetValues<EvidenceCode>(), "the cases say every code");
    }

    [Test]
    public void The_server_says_evidence_in_Swedish_words_and_Swedish_numbers()
    {
        var items = Checklist.For(Kept(), Options, Later, "");
        string Say(CompliancePromise p, EvidenceCode code) => SwedishEvidence.Say(items.Single(i => i.Promise == p).Evidence.Concat(items.Single(i => i.Promise == p).Warnings).First(e => e.Code == code));

        Say(CompliancePromise.Q1Heard, EvidenceCode.OpenPeriod).Should().Be("Öppen 1 december 2026–31 december 2026: 30 dagar (minst 14).");
        Say(CompliancePromise.Q4Reach, EvidenceCode.GroupReached).Should().Be("Unga: 60 % av 5 som svarade, förväntad andel 15 %: nådd.");
        Say(CompliancePromise.Q4Reach, EvidenceCode.GroupUnderReachedExplained).Should().EndWith("inte nådd, förklaring: Vi besökte två träffpunkter.");
        Say(CompliancePromise.Q4Reach, EvidenceCode.GroupNoAnswers).Should().Be("Företagare: inga svar, förväntad andel 5 %: inte nådd, ingen förklaring.");
        Say(CompliancePromise.Q5Feedback, EvidenceCode.FeedbackPublished).Should().Be("Återkopplingen publicerades 11 februari 2027, 10 dagar efter beslutet.");
    }

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Placeholder();
}
