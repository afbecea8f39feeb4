using System.Net.Http;
using System.Text.Json.Nodes;
using Medborgardialog.Api.Features.Webhooks;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Medborgardialog.Api.Infrastructure.OpenApi;

/// <summary>
/// The webhook the platform sends to integrators, in the contract: one <c>dialogueEvent</c> POST with its body
/// (<see cref="WebhookEventPayload"/>) and the three Standard Webhooks headers, so generators and linters see it.
/// </summary>
public sealed class WebhookContract : IDocumentFilter
{
    public const string Name = "dialogueEvent";

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        var payload = context.SchemaGenerator.GenerateSchema(typeof(WebhookEventPayload), context.SchemaRepository);
        var operation = new OpenApiOperation
        {
            OperationId = "ReceiveDialogueEvent",
            Summary = "A step of a public dialogue, POSTed to each active endpoint subscribed to it (see the Webhooks operations).",
            Description = "Signed as Standard Webhooks: `webhook-signature` is `v1,` + the base64 HMAC-SHA256, keyed with the bytes of the " +
                          "secret after `whsec_` (base64-decoded), of `{webhook-id}.{webhook-timestamp}.{body}`; during a secret rotation " +
                          "two signatures are sent, separated by a space. Answer 2xx within 10 seconds to acknowledge; anything else " +
                          "(or no answer) is retried after 1, 2, 4 … minutes (at most an hour apart) for 24 hours. Redirects are not followed. " +
                          "A delivery has the same `webhook-id` on every attempt: use it to recognise a repeat.",
            Tags = new HashSet<OpenApiTagReference> { new("Webhooks", swaggerDoc) },
            Parameters =
            [
                Header("webhook-id", "The delivery's id, the same on every attempt (a UUID)."),
                Header("webhook-timestamp", "When this attempt was sent, in Unix seconds. Refuse timestamps far from your own clock (e.g. 5 minutes) against replays."),
                Header("webhook-signature", "`v1,<base64 HMAC-SHA256>` — one or, during a rotation, two space-separated signatures."),
            ],
            RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, IOpenApiMediaType> { ["application/json"] = new OpenApiMediaType { Schema = payload } },
            },
            Responses = new OpenApiResponses
            {
                ["200"] = new OpenApiResponse { Description = "Received (any 2xx): the delivery is never sent again." },
                ["default"] = new OpenApiResponse { Description = "Not received: the delivery is retried with back-off." },
            },
        };
        var pathItem = new OpenApiPathItem { Operations = new Dictionary<HttpMethod, OpenApiOperation> { [HttpMethod.Post] = operation } };
        // OpenAPI 3.1's top-level webhooks, for a 3.1 rendering of the document …
        swaggerDoc.Webhooks ??= new Dictionary<string, IOpenApiPathItem>();
        swaggerDoc.Webhooks[Name] = pathItem;
        // … and, since the committed document is OpenAPI 3.0 (what NSwag reads) and 3.0 has no webhooks, the same path item
        // as the x-webhooks extension (the convention Redocly reads), its body referring to the component schema.
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var writer = new OpenApiJsonWriter(text);
        pathItem.SerializeAsV3(writer);
        text.Flush();
        var written = JsonNode.Parse(text.ToString())!;
        // The platform calls the receiver: no scheme of this API applies (the signature is the receiver's check), said
        // explicitly, as an empty requirement, which the writer leaves out of an operation.
        written["post"]!["security"] = new JsonArray();
        swaggerDoc.Extensions ??= new Dictionary<string, IOpenApiExtension>();
        swaggerDoc.Extensions["x-webhooks"] = new JsonNodeExtension(new JsonObject { [Name] = written });
    }

    private static OpenApiParameter Header(string name, string description) => new()
    {
        Name = name,
        In = ParameterLocation.Header,
        Required = true,
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
    };
}
