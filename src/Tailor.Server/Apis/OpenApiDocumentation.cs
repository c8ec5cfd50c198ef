using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Tailor.Server.Security;

namespace Tailor.Server.Apis;

/// <summary>
/// The OpenAPI document's title, the bearer-key scheme, and the scope of each operation, both as the
/// security requirement (so the reference page asks for a key once) and as "x-tailor-scope" (so
/// clients and the isolation tests can read which scope an operation needs).
/// </summary>
internal static class OpenApiDocumentation
{
    private const string SchemeName = "apiKey";

    public static void Configure(OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Tailor API";
            document.Info.Description = "Real-time recommendations and shop data. Every /api/v1 route needs an API key " +
                "(Authorization: Bearer KEY) with the route's scope: ingest, read or admin. Each key may make a limited " +
                "number of requests a second (1,000 unless set when the key is created); beyond it the answer is 429 " +
                "with Retry-After.";
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "A key made with 'tailor keys create --scope ingest|read|admin'.",
            };
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            var requirement = context.Description.ActionDescriptor.EndpointMetadata.OfType<ScopeRequirement>().LastOrDefault();
            if (requirement is null)
            {
                return Task.CompletedTask;
            }

            operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
            operation.Extensions["x-tailor-scope"] = new JsonNodeExtension(System.Text.Json.Nodes.JsonValue.Create(requirement.Name));
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [],
            });
            return Task.CompletedTask;
        });
    }
}
