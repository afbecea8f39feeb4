using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Medborgardialog.Api.Infrastructure.OpenApi;

/// <summary>The document as a whole: where it is served, what each tag groups, and no schema that nothing uses.</summary>
public sealed class DocumentContract : IDocumentFilter
{
    /// <summary>Every tag an endpoint names, with what it groups. A tag without a line here fails the build's contract test.</summary>
    public static readonly IReadOnlyDictionary<string, string> Tags = new Dictionary<string, string>
    {
        ["Account"] = "Staff sign-in and sign-out (cookie or bearer token), the anti-forgery token, accepting an invitation, and inviting staff (Administrators). Residents have no accounts.",
        ["Calendar"] = "Sessions as iCalendar (RFC 5545) files, to add a meeting or walk to a calendar.",
        ["Compliance"] = "Proof that the quality commitment (promises Q1–Q5) was kept: each dialogue's checklist, the staff dashboard and the public yearly transparency report.",
        ["Dialogues"] = "Announced dialogues: what, when, where, how and for whom, with fact material and sessions; the staff console's views of them in every status, drafts included; staff create, edit and move them through their life (draft → announced → open → closed → decided → feedback published, or cancelled).",
        ["Email"] = "Locally written e-mail, for installations without an SMTP server (administrators).",
        ["Feedback"] = "After the decision: the decision itself, the public feedback on how the result was used, and unsubscribing from feedback e-mail.",
        ["Follows"] = "Following dialogues by e-mail without an account: follow (double opt-in), confirm, manage, and unsubscribe (also RFC 8058 one-click).",
        ["Feeds"] = "Atom feeds of announcements and feedback, for the municipality's website and the media.",
        ["Health"] = "Whether the service answers (liveness) and whether its database does too (readiness), for load balancers and monitoring.",
        ["Moderation"] = "A safe conversation: public opinions, reports from anyone, the moderation queue, decisions and their audit log.",
        ["Officials"] = "The elected officials (förtroendevalda) responsible for dialogues and decisions, with their public contact details.",
        ["Map"] = "The base of every map: the tile service if one is configured, the municipality and its districts (GeoJSON, WGS 84).",
        ["Opinions"] = "Residents' opinions online (anonymous, or with an address for feedback), their private receipts, and opinions staff register from paper, meetings and walks.",
        ["Results"] = "Compiling the opinions into a result: themes, tagging, quotes, a summary, and the decision basis.",
        ["ThemeSuggestions"] = "Theme suggestions from the free text, worked out on the municipality's own server (Swedish stemming by PostgreSQL, compound words split by the dialogue's own words, k-means over TF-IDF; deterministic): proposed themes with their key words, counts and examples, which staff accept (tagging in bulk, undoable), rename, merge, split or reject.",
        ["Webhooks"] = "Signed webhooks for integrators (Administrators register them): each step of a public dialogue (announced, opened, session added, closing soon, closed, decided, feedback published, cancelled) POSTed to the endpoints subscribed to it, Standard Webhooks signatures, retries with back-off, and a delivery log. The request sent is the `dialogueEvent` webhook.",
    };

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        // Relative: the API is served from the same origin as this document, whichever installation serves it.
        swaggerDoc.Servers = [new OpenApiServer { Url = "/", Description = "This installation (the origin that serves this document)" }];
        swaggerDoc.Tags = new HashSet<OpenApiTag>(
            Tags.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => new OpenApiTag { Name = t.Key, Description = t.Value }));

        // Swashbuckle registers ASP.NET Core's problem types for ProducesProblem; every problem answer uses ApiProblem instead.
        foreach (var unused in new[] { "ProblemDetails", "HttpValidationProblemDetails" })
        {
            swaggerDoc.Components?.Schemas?.Remove(unused);
        }

        // The vocabularies, listed where a client reads them: the problem's code and the field error's code.
        DescribeCodes(swaggerDoc, "ApiProblem", typeof(Domain.ProblemCodes), "Known codes (more may be added; an unknown code means the problem its status says)");
        DescribeCodes(swaggerDoc, "FieldError", typeof(Domain.FieldErrorCodes), "The codes");
    }

    private static void DescribeCodes(OpenApiDocument document, string schema, Type codes, string lead)
    {
        if (document.Components?.Schemas?.TryGetValue(schema, out var found) != true
            || found is not OpenApiSchema { Properties: { } properties }
            || !properties.TryGetValue("code", out var code) || code is not OpenApiSchema codeSchema)
        {
            return;
        }

        var values = codes.GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Distinct()
            .Order(StringComparer.Ordinal);
        codeSchema.Description = $"{codeSchema.Description} {lead}: {string.Join(", ", values.Select(v => $"`{v}`"))}.";
    }
}
