using System.Net;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace Medborgardialog.Api.Infrastructure.Email;

/// <summary>The part of an e-mail a template is asked to render.</summary>
public enum EmailPart
{
    Subject,
    Html,
    Text,
}

/// <summary>The model of one kind of e-mail, naming its template (so <see cref="EmailTemplates.RenderAsync{TTemplate}"/>
/// finds it from the model alone).</summary>
public interface IEmailModel<TTemplate> where TTemplate : IComponent;

/// <summary>A mail written in the recipient's language (a code of <see cref="Words.Languages.Codes"/>), its words from
/// <see cref="Words.MailWords"/>.</summary>
public interface ILocalisedEmail
{
    string Language { get; }
}

/// <summary>
/// One kind of e-mail, as a Razor component beside its feature: it renders the subject, the HTML part and the plain-text
/// part of one <typeparamref name="TModel"/>, one <see cref="Part"/> at a time. Everything a template writes from its
/// model is HTML-encoded by the renderer (a dialogue titled <c>&lt;script&gt;</c> stays text).
/// </summary>
public abstract class EmailTemplate<TModel> : ComponentBase where TModel : class
{
    [Parameter, EditorRequired]
    public TModel Model { get; set; } = null!;

    [Parameter]
    public EmailPart Part { get; set; }

    /// <summary>The language the mail is written in: the model's, Swedish for a mail to staff.</summary>
    protected string Language => Model is ILocalisedEmail localised ? Words.Languages.Normalise(localised.Language) : Words.Languages.Swedish;

    /// <summary>A word of the mail catalogue in <see cref="Language"/>, with its parameters.</summary>
    protected string Say(string key, params (string Name, object Value)[] parameters) => Words.MailWords.Say(Language, key, parameters);
}

/// <summary>An e-mail rendered from its template: the subject and both parts of a multipart/alternative message.</summary>
public sealed record RenderedEmail(string Subject, string Html, string Text);

/// <summary>
/// Renders e-mail templates with ASP.NET Core's <see cref="HtmlRenderer"/> (Razor components, no package beyond the
/// shared framework). The HTML part is the component's HTML. The plain-text part is the same component asked for its
/// text part — written as plain lines under <c>@preservewhitespace true</c> — rendered (encoded like any output) and
/// then decoded back to the characters the model holds; the subject likewise, on one line. Encoding keeps every
/// letter as it is (å, ä, ö, ”) and escapes only what HTML must.
/// </summary>
public sealed class EmailTemplates(IServiceProvider services, ILoggerFactory loggers)
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public async Task<RenderedEmail> RenderAsync<TTemplate>(IEmailModel<TTemplate> model) where TTemplate : IComponent
    {
        await using var renderer = new HtmlRenderer(new RenderServices(services), loggers);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            async Task<string> Render(EmailPart part) =>
                (await renderer.RenderComponentAsync<TTemplate>(ParameterView.FromDictionary(new Dictionary<string, object?>
                {
                    [nameof(EmailTemplate<object>.Model)] = model,
                    [nameof(EmailTemplate<object>.Part)] = part,
                }))).ToHtmlString();

            var subject = string.Join(' ', Plain(await Render(EmailPart.Subject)).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            return new RenderedEmail(subject, (await Render(EmailPart.Html)).Trim(), Plain(await Render(EmailPart.Text)));
        });
    }

    /// <summary>Rendered text back to its characters: decoded, one kind of line break, no spaces at line ends, no blank
    /// lines at either end.</summary>
    private static string Plain(string rendered)
    {
        var lines = WebUtility.HtmlDecode(rendered).ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd());
        return string.Join('\n', lines).Trim('\n');
    }

    /// <summary>The app's services, with an HTML encoder that leaves letters alone (the default one escapes every
    /// non-ASCII character, å included).</summary>
    private sealed class RenderServices(IServiceProvider inner) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(HtmlEncoder) ? Encoder : inner.GetService(serviceType);
    }
}
