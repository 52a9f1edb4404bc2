using System.Reflection;
using System.Text.Json;
using AdaptiveLearning.Application.Events;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace AdaptiveLearning.Api.OpenApi;

/// <summary>
/// Publishes the event catalogue: for each type a component for its <c>data</c> and one for the whole CloudEvents
/// envelope carrying it (<c>AnswerRecordedEvent</c> …), and an OpenAPI 3.1 <c>webhooks</c> entry describing the signed
/// POST a receiver gets. Generated clients thus have a typed model per event, for webhook bodies and stream messages
/// alike, and the schemas come from the records the outbox serialises, so they cannot drift from what is sent.
/// </summary>
internal sealed class EventCatalogueTransformer : IOpenApiDocumentTransformer
{
    public async Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        document.Webhooks ??= new Dictionary<string, IOpenApiPathItem>();
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        // How a receiver authenticates the API: the signature header, checked with the webhook's secret.
        document.Components.SecuritySchemes[SignatureScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = "Webhook-Signature",
            Description = "Sent by the API to webhook receivers: `v1=` + hex HMAC-SHA256 of `{Webhook-Timestamp}.{raw body}` keyed "
                          + "with the webhook's secret (C#: `WebhookSignatureVerifier.IsValid`, TypeScript: `verifyWebhookSignature`).",
        };
        foreach (var kind in EventTypes.Catalogue)
        {
            var dataName = kind.Data.Name;
            var data = await context.GetOrCreateSchemaAsync(kind.Data, null, ct);
            ReferToSharedComponents(data, kind.Data, document);
            document.AddComponent<IOpenApiSchema>(dataName, data);
            var envelopeName = EnvelopeName(kind.Type);
            document.AddComponent<IOpenApiSchema>(envelopeName, Envelope(kind, new OpenApiSchemaReference(dataName, document)));
            document.Webhooks[kind.Type] = new OpenApiPathItem
            {
                Operations = new Dictionary<HttpMethod, OpenApiOperation>
                {
                    [HttpMethod.Post] = Delivery(kind, new OpenApiSchemaReference(envelopeName, document), document),
                },
            };
        }
    }

    /// <summary>
    /// A schema made on its own inlines its enums and records; point them at the components the routes already use, so
    /// clients get one <c>SessionMode</c> type rather than one per event.
    /// </summary>
    private static void ReferToSharedComponents(IOpenApiSchema data, Type record, OpenApiDocument document)
    {
        if (data is not OpenApiSchema { Properties: { } properties } || document.Components?.Schemas is not { } components)
            return;
        foreach (var property in record.GetProperties())
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            var underlying = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (!properties.TryGetValue(name, out var inline) || !components.ContainsKey(underlying.Name))
                continue;
            IOpenApiSchema shared = new OpenApiSchemaReference(underlying.Name, document);
            var nullable = Nullable.GetUnderlyingType(property.PropertyType) is not null
                           || new NullabilityInfoContext().Create(property).ReadState == NullabilityState.Nullable;
            properties[name] = nullable
                ? new OpenApiSchema { OneOf = [new OpenApiSchema { Type = JsonSchemaType.Null }, shared], Description = inline.Description }
                : shared;
        }
    }

    /// <summary><c>answer.recorded</c> → <c>AnswerRecordedEvent</c>.</summary>
    public static string EnvelopeName(string type) =>
        string.Concat(type.Split('.', '_').Select(part => char.ToUpperInvariant(part[0]) + part[1..])) + "Event";

    private static OpenApiSchema Envelope(EventKind kind, IOpenApiSchema data) => new()
    {
        Type = JsonSchemaType.Object,
        Description = $"`{kind.Type}` in the CloudEvents 1.0 structured JSON form (`application/cloudevents+json`): {kind.Summary}",
        Required = new HashSet<string> { "specversion", "id", "source", "type", "subject", "time", "datacontenttype", "data" },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["specversion"] = Text("Always `1.0`."),
            ["id"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "uuid", Description = "The event's id, the same on every delivery and redelivery: drop repeats by it." },
            ["source"] = Text("The emitting deployment (`Events:Source`)."),
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Const = kind.Type, Description = "The event type." },
            ["subject"] = Text("The aggregate it is about, as `kind/id` (`learner/…`, `session/…`, `question/…`, `import/…`, `webhook/…`); order holds per subject."),
            ["time"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time", Description = "When it happened (UTC)." },
            ["datacontenttype"] = Text("Always `application/json`."),
            ["sequence"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64", Description = "1, 2, 3 … within the subject: order by it and spot gaps." },
            ["data"] = data,
        },
    };

    private const string SignatureScheme = "WebhookSignature";

    private static OpenApiOperation Delivery(EventKind kind, IOpenApiSchema envelope, OpenApiDocument document) => new()
    {
        Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SignatureScheme, document)] = [] }],
        OperationId = "receive" + EnvelopeName(kind.Type),
        Summary = kind.Summary,
        Description = "What a subscribed webhook receives. Verify `Webhook-Signature` (`v1=` + hex HMAC-SHA256 of "
                      + "`{Webhook-Timestamp}.{raw body}` keyed with the webhook's secret) and reject timestamps more than 5 minutes "
                      + "away; answer 2xx within the timeout, or the delivery is retried with backoff.",
        Tags = new HashSet<OpenApiTagReference> { new("Webhooks") },
        Parameters =
        [
            Header("Webhook-Id", "The event id: the same on every attempt."),
            Header("Webhook-Timestamp", "Unix seconds of this attempt, signed with the body."),
            Header("Webhook-Signature", "`v1=<hex HMAC-SHA256>`; several space-separated values are possible during a secret rotation."),
            Header("Webhook-Delivery", "The delivery id (one per webhook and event)."),
            Header("Webhook-Attempt", "1 for the first attempt, then 2, 3 …"),
        ],
        RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType> { ["application/cloudevents+json"] = new() { Schema = envelope } },
        },
        Responses = new OpenApiResponses
        {
            ["200"] = new OpenApiResponse { Description = "Received (any 2xx does); anything else, a timeout or a redirect is retried." },
        },
    };

    private static OpenApiSchema Text(string description) => new() { Type = JsonSchemaType.String, Description = description };

    private static OpenApiParameter Header(string name, string description) => new()
    {
        Name = name,
        In = ParameterLocation.Header,
        Required = true,
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
    };
}
