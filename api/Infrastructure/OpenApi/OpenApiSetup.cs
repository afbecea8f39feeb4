using Microsoft.OpenApi;

namespace Medborgardialog.Api.Infrastructure.OpenApi;

public static class OpenApiSetup
{
    public static IServiceCollection AddAppOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "Medborgardialog API",
                Version = "v1",
                Description = "The public, documented API of Karlskoga kommun's citizen dialogues: announced dialogues, " +
                              "opinions, results, decisions and feedback. Operations marked \"anyone\" are open without an account; " +
                              "the others are for municipal staff, who sign in with a cookie (plus the anti-forgery header on changes) " +
                              "or a bearer token. Every error is an RFC 9457 problem document (`application/problem+json`) with a stable " +
                              "`code`, and for invalid input `fieldErrors` naming each field with a code and its parameters. " +
                              "Enum values are written in camelCase, times in ISO 8601 with an offset.",
                Contact = new OpenApiContact { Name = "Karlskoga kommun, kommunledningsförvaltningen", Email = "kommun@karlskoga.se", Url = new Uri("https://www.karlskoga.se") },
                License = new OpenApiLicense { Name = "MIT", Url = new Uri("https://opensource.org/license/mit") },
            });
            options.AddSecurityDefinition(OperationContract.CookieScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Cookie,
                Name = "md.auth",
                Description = "The staff sign-in cookie, set by `POST /api/account/sign-in` (HttpOnly, SameSite=Strict).",
            });
            options.AddSecurityDefinition(OperationContract.AntiforgeryScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = Auth.Antiforgery.HeaderName,
                Description = "With the cookie, every change (POST, PUT, DELETE) sends the token from `GET /api/account/antiforgery` in this header.",
            });
            options.AddSecurityDefinition(OperationContract.BearerScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "A bearer token from `POST /api/account/token` (for integrators; valid one hour).",
            });
            options.OperationFilter<OperationContract>();
            options.SchemaFilter<SchemaContract>();
            options.SchemaFilter<RequestExamples>();
            options.SchemaFilter<GeoJsonSchema>();
            options.DocumentFilter<DocumentContract>();
            options.DocumentFilter<WebhookContract>();
            var xml = Path.Combine(AppContext.BaseDirectory, "Medborgardialog.Api.xml");
            if (File.Exists(xml))
            {
                options.IncludeXmlComments(xml);
            }

            options.SupportNonNullableReferenceTypes();
            options.NonNullableReferenceTypesAsRequired();
            options.UseAllOfToExtendReferenceSchemas();
        });
        return services;
    }

    public static WebApplication UseAppOpenApi(this WebApplication app)
    {
        // OpenAPI 3.0: what NSwag reads for the TypeScript client.
        app.UseSwagger(o => o.OpenApiVersion = OpenApiSpecVersion.OpenApi3_0);
        app.UseSwaggerUI(o =>
        {
            o.SwaggerEndpoint("/swagger/v1/swagger.json", "Medborgardialog API v1");
            o.DocumentTitle = "Medborgardialog API";
        });
        return app;
    }
}
