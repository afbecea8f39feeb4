using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Features.Compliance;
using Medborgardialog.Api.Features.Dialogues;
using Medborgardialog.Api.Features.Feedback;
using Medborgardialog.Api.Features.Opinions;
using Medborgardialog.Api.Infrastructure.Email;
using Medborgardialog.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Medborgardialog.Api.Tests.Features.Email;

/// <summary>Every kind of e-mail has one template beside its feature (a Razor component): its plain text says what the
/// handler used to write, word for word, and whatever people typed is HTML-encoded in the HTML part.</summary>
public sealed class EmailTemplateTests
{
    private const string Hostile = "<script>alert('x')</script> Skatepark & \"bowl\"";

    private static Task<RenderedEmail> RenderAsync<T>(IEmailModel<T> model) where T : IComponent =>
        TestEnvironment.Factory.Services.GetRequiredService<EmailTemplates>().RenderAsync(model);

    /// <summary>One model per kind, with what residents and officials type made hostile.</summary>
    private static IEnumerable<TestCaseData> Kinds()
    {
        yield return Case(() => RenderAsync(new ConfirmFeedbackEmail.Content(Hostile, "https://medborgardialog.karlskoga.se/kvitto/bekrafta/abc")), "confirm-feedback-email");
        yield return Case(() => RenderAsync(new SessionSignUpEmail.Content("<b>Sara</b>", Hostile, 2, new DateTimeOffset(2026, 12, 10, 17, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 12, 10, 19, 0, 0, TimeSpan.Zero), "Folkets hus, <i>Kungsvägen 32</i>", Hostile, "https://medborgardialog.karlskoga.se/dialoger/s",
            "https://medborgardialog.karlskoga.se/api/calendar/sessions/1.ics")), "session-sign-up");
        yield return Case(() => RenderAsync(new FeedbackEmail.Content(Hostile, "Kultur- och fritidsnämnden", new DateOnly(2027, 2, 10), "Beslut <img src=x onerror=alert(1)>",
            "Så <em>användes</em> de", "Tack & hej", [new FactLink("<script>Protokollet</script>", "javascript:alert(1)")],
            "https://medborgardialog.karlskoga.se/dialoger/s/aterkoppling", "https://medborgardialog.karlskoga.se/avregistrera/t")), "feedback");
        yield return Case(() => RenderAsync(new MissingFeedbackReminderEmail.Content(Hostile, new DateTimeOffset(2027, 2, 10, 9, 0, 0, TimeSpan.Zero),
            "https://medborgardialog.karlskoga.se/personal/dialoger/1/beslut")), "feedback-reminder");
        yield return Case(() => RenderAsync(new ComplianceReminderEmail.Content(Hostile,
            [new ChecklistItem(CompliancePromise.Q3aInformed, ItemState.NotYetDue, new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero),
                [new EvidenceLine(EvidenceCode.NotAnnounced, new Dictionary<string, string> { ["announceByOn"] = "2026-11-25" })], [], [])],
            "https://medborgardialog.karlskoga.se/personal/efterlevnad")), "compliance-reminder");
    }

    private static TestCaseData Case(Func<Task<RenderedEmail>> render, string kind) => new TestCaseData(render).SetArgDisplayNames(kind);

    [TestCaseSource(nameof(Kinds))]
    public async Task Each_template_encodes_what_people_typed_in_its_HTML_and_keeps_it_as_typed_in_its_text(Func<Task<RenderedEmail>> render)
    {
        var mail = await render();

        mail.Html.Should().StartWith("<!DOCTYPE html>").And.Contain("<html lang=\"sv\" dir=\"ltr\">")
            .And.Contain("&lt;script&gt;").And.NotContain("<script").And.NotContain("<img").And.NotContain("<b>").And.NotContain("<i>")
            .And.NotContain("<em>").And.NotContain("href=\"javascript:", "only http(s) addresses become links");
        mail.Text.Should().Contain(Hostile, "plain text shows what was typed; only HTML needs encoding")
            .And.NotContain("&lt;").And.NotContain("&amp;").And.NotContain("&quot;");
        mail.Subject.Should().Contain(Hostile).And.NotContain("\n");
    }

    [Test]
    public async Task The_confirmation_says_what_the_handler_wrote()
    {
        var mail = await RenderAsync(new ConfirmFeedbackEmail.Content("Ny skatepark", "https://m.se/kvitto/bekrafta/abc"));

        mail.Subject.Should().Be("Bekräfta din e-post: Ny skatepark");
        mail.Text.Should().Be("""
            Hej!

            Tack för din synpunkt i medborgardialogen ”Ny skatepark”.
            Du har bett om återkoppling när beslutet är fattat. Bekräfta din e-postadress med länken:
            https://m.se/kvitto/bekrafta/abc

            Om du inte bekräftar inom 7 dagar raderas adressen och du får ingen återkoppling. Din synpunkt finns kvar oavsett.

            Karlskoga kommun
            """);
        mail.Html.Should().Contain("<a href=\"https://m.se/kvitto/bekrafta/abc\">https://m.se/kvitto/bekrafta/abc</a>").And.Contain("Tack för din synpunkt");
    }

    [Test]
    public async Task The_sign_up_confirmation_says_what_the_handler_wrote_in_Swedish_time()
    {
        var mail = await RenderAsync(new SessionSignUpEmail.Content(null, "Öppet möte", 1, new DateTimeOffset(2026, 12, 10, 17, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 12, 10, 19, 0, 0, TimeSpan.Zero), "Folkets hus, Kungsvägen 32", "Ny skatepark", "https://m.se/dialoger/ny-skatepark",
            "https://m.se/api/calendar/sessions/1.ics"));

        mail.Subject.Should().Be("Anmälan: Öppet möte");
        mail.Text.Should().Be("""
            Hej!

            Du är anmäld till Öppet möte (1 person).

            När: torsdag 10 december 2026 kl. 18:00–20:00
            Var: Folkets hus, Kungsvägen 32

            Mötet är en del av medborgardialogen ”Ny skatepark”:
            https://m.se/dialoger/ny-skatepark

            Lägg till i kalendern (.ics): https://m.se/api/calendar/sessions/1.ics

            Vi sparar din e-postadress bara för att skicka den här bekräftelsen. Den raderas senast dagen efter mötet.

            Välkommen!
            Karlskoga kommun
            """);
    }

    [Test]
    public async Task The_feedback_says_what_the_sender_wrote_with_its_links()
    {
        var mail = await RenderAsync(new FeedbackEmail.Content("Ny skatepark", "Kultur- och fritidsnämnden", new DateOnly(2027, 2, 10), "Nämnden beslutar.\nMed belysning.",
            "Belysningen kom från dialogen.", "Tack!", [new FactLink("Protokollet", "https://k.se/p"), new FactLink("Karta", "https://k.se/k")],
            "https://m.se/dialoger/ny-skatepark/aterkoppling", "https://m.se/avregistrera/t"));

        mail.Subject.Should().Be("Återkoppling: Ny skatepark");
        mail.Text.Should().Be("""
            Hej!

            Du lämnade en synpunkt i medborgardialogen ”Ny skatepark” och bad om återkoppling. Nu är beslutet fattat.

            Beslut (Kultur- och fritidsnämnden, 2027-02-10):
            Nämnden beslutar.
            Med belysning.

            Så användes invånarnas synpunkter:
            Belysningen kom från dialogen.

            Tack!

            Läs hela återkopplingen: https://m.se/dialoger/ny-skatepark/aterkoppling

            - Protokollet: https://k.se/p
            - Karta: https://k.se/k

            Vi raderar din e-postadress när återkopplingen är skickad och tiden för frågor har gått ut.
            Vill du inte få mer e-post om dialogen? Avregistrera dig: https://m.se/avregistrera/t

            Karlskoga kommun
            """);
        mail.Html.Should().Contain("Nämnden beslutar.<br>Med belysning.").And.Contain("<a href=\"https://k.se/p\">Protokollet</a>");
    }

    [Test]
    public async Task The_reminders_say_what_the_handlers_wrote()
    {
        var feedback = await RenderAsync(new MissingFeedbackReminderEmail.Content("Ny skatepark", new DateTimeOffset(2027, 2, 10, 9, 0, 0, TimeSpan.Zero), "https://m.se/personal/dialoger/1/beslut"));
        var compliance = await RenderAsync(new ComplianceReminderEmail.Content("Ny skatepark",
            [new ChecklistItem(CompliancePromise.Q3aInformed, ItemState.NotYetDue, new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero),
                [new EvidenceLine(EvidenceCode.NotAnnounced, new Dictionary<string, string> { ["announceByOn"] = "2026-11-25" })], [], [])],
            "https://m.se/personal/efterlevnad"));

        feedback.Subject.Should().Be("Påminnelse: återkoppling saknas för \"Ny skatepark\"");
        feedback.Text.Should().Be("""
            Hej!

            Beslutet i medborgardialogen "Ny skatepark" registrerades 2027-02-10, men ingen återkoppling är publicerad.
            Kommunen har lovat att återkoppla till dem som deltog. Publicera återkopplingen i medborgardialogens personalvy:
            https://m.se/personal/dialoger/1/beslut

            Medborgardialog, Karlskoga kommun
            """);
        compliance.Subject.Should().Be("Påminnelse: ett löfte riskerar att missas i \"Ny skatepark\"");
        compliance.Text.Should().Be("""
            Hej!

            I medborgardialogen "Ny skatepark" riskerar kommunen att inte hålla sitt kvalitetslöfte:
            - Q3a Tydlig information om när, var och hur: senast 2026-11-25. Inte utlyst än; lys ut senast 25 november 2026.

            Se checklistan: https://m.se/personal/efterlevnad

            Medborgardialog, Karlskoga kommun
            """);
        compliance.Html.Should().Contain("<li><strong>Q3a Tydlig information om när, var och hur</strong>: senast 2026-11-25.");
    }
}
