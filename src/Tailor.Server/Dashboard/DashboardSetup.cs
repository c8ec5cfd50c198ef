using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.FileProviders;
using MudBlazor.Services;
using Tailor.Data;

namespace Tailor.Server.Dashboard;

/// <summary>
/// The shop owner's dashboard at /: Razor components rendered on the server (static SSR, plain forms, no
/// script needed), behind a cookie sign-in with a dashboard user's password or an admin API key. The
/// API under /api/v1 keeps its keys and never accepts the cookie, so a page cannot be used to call it.
/// </summary>
public static class DashboardSetup
{
    /// <summary>Largest CSV a signed-in owner may upload on the Data page: 100 MiB (the API's limit is 8 MiB).</summary>
    public const long ImportLimitBytes = 100L * 1024 * 1024;

    public static IServiceCollection AddDashboard(this IServiceCollection services)
    {
        services.AddRazorComponents();
        services.AddMudServices();
        services.AddSingleton<DashboardSignIn>();
        services.AddSingleton<SalesSummaryCache>();
        services.AddSingleton<DashboardWork>();
        services.AddSingleton<MarketingViews>();
        services.AddSingleton<OperationsViews>();
        // Quick caches before the server listens; the slow fits of Marketing and Operations after it does.
        services.AddHostedService<DashboardWarmup>();
        services.AddHostedService<DashboardFitsWarmup>();
        services.AddDataProtection().SetApplicationName("Tailor");
        // Its keys are stored unencrypted next to the data they guard, in the same database: anyone who can
        // read them can read everything they protect, so encrypting them here would add nothing but a warning.
        services.AddLogging(logging => logging.AddFilter("Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager", LogLevel.Error));
        services.AddOptions<KeyManagementOptions>()
            .Configure<ITailorStore>((options, store) => options.XmlRepository = new StoreXmlRepository(store));
        services.AddAuthentication(DashboardAuth.Scheme).AddCookie(DashboardAuth.Scheme, cookie =>
        {
            cookie.LoginPath = "/login";
            cookie.AccessDeniedPath = "/login";
            cookie.Cookie.Name = DashboardAuth.CookieName;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
        });
        services.AddAuthorization();
        return services;
    }

    /// <summary>The dashboard's middleware: sign-in, upload size, form tokens, and its stylesheet.</summary>
    public static WebApplication UseDashboard(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new EmbeddedFileProvider(typeof(DashboardSetup).Assembly, "Tailor.Server.Dashboard.Assets"),
            RequestPath = "/assets",
        });
        app.UseAuthentication();
        app.UseAuthorization();
        app.Use((context, next) =>
        {
            // A signed-in owner may upload a whole export; everyone else keeps the server's small limit.
            if (HttpMethods.IsPost(context.Request.Method) && context.Request.Path == "/data"
                && context.User.Identity?.IsAuthenticated == true
                && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            {
                limit.MaxRequestBodySize = ImportLimitBytes;
            }

            return next(context);
        });
        app.UseAntiforgery();
        return app;
    }

    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder app)
    {
        app.MapRazorComponents<App>();
        DashboardEndpoints.Map(app);
        return app;
    }
}
