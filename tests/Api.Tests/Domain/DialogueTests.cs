using Medborgardialog.Api.Domain;

namespace Medborgardialog.Api.Tests.Domain;

public sealed class DialogueTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static Dialogue Draft(DialogueForm[]? forms = null) => Dialogue.CreateDraft(
        "slug", "Titel", "Sammanfattning", "Fråga", "Nämnd", null, null,
        forms ?? [DialogueForm.Survey], [], [new Place("Folkets hus", null, null, null)], Now.AddDays(14), Now.AddDays(44), Now);

    [Test]
    public void A_new_dialogue_is_a_draft()
    {
        var dialogue = Draft();

        dialogue.Status.Should().Be(DialogueStatus.Draft);
        dialogue.PublishedAt.Should().BeNull();
    }

    [Test]
    public void A_dialogue_cannot_close_before_it_opens()
    {
        var act = () => Dialogue.CreateDraft("s", "t", "s", "q", "c", null, null, [DialogueForm.Survey], [], [], Now, Now, Now);

        act.Should().Throw<DomainRuleException>().WithMessage("A dialogue must close after it opens.");
    }

    [Test]
    public void Publishing_announces_and_a_second_publish_is_refused()
    {
        var dialogue = Draft();

        dialogue.Publish(Now);

        dialogue.Status.Should().Be(DialogueStatus.Announced);
        dialogue.PublishedAt.Should().Be(Now);
        dialogue.Invoking(d => d.Publish(Now)).Should().Throw<DomainRuleException>();
    }

    [Test]
    public void A_dialogue_without_a_form_cannot_be_published()
    {
        var dialogue = Draft([]);

        dialogue.Invoking(d => d.Publish(Now)).Should().Throw<IncompleteDialogueException>()
            .Which.Missing.Should().Equal(AnnouncementGap.Form);
    }
}

public sealed class DialogueEditingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public void A_dialogue_with_fewer_than_two_forms_or_no_easy_read_text_carries_warnings()
    {
        var dialogue = Dialogue.CreateDraft("s", "t", "s", "q", "c", null, null, [DialogueForm.Survey], [], [], Now.AddDays(1), Now.AddDays(2), Now);

        dialogue.Warnings().Should().HaveCount(2);
        dialogue.Describe([], [], ParticipationLevel.Consult, "Lättläst text.", [], false, []);
        dialogue.Edit("t", "s", "q", "c", null, null, [DialogueForm.Survey, DialogueForm.PopUp], [], [], Now.AddDays(1), Now.AddDays(2));

        dialogue.Warnings().Should().BeEmpty();
    }
}
