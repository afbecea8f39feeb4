namespace Medborgardialog.Api.Infrastructure.Auth;

/// <summary>The anti-forgery token's header and cookie (see <see cref="Antiforgery"/> for what it protects).</summary>
public static class AntiforgerySetup
{
    public static IServiceCollection AddStaffAntiforgery(this IServiceCollection services)
    {
        services.AddAntiforgery(options =>
        {
            options.HeaderName = Antiforgery.HeaderName;
            options.Cookie.Name = "md.xsrf";
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
        return services;
    }
}
