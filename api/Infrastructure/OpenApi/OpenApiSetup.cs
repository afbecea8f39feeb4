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
                              "opinions, results, decisions and feedback. Anonymous endpoints are open to anyone; " +
                              "writing endpoints are for municipal staff.",
            });
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
