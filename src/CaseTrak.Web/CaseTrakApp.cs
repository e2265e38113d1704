using CaseTrak.Web.Features.Audit;
using CaseTrak.Web.Features.Auth;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Cli;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using CaseTrak.Web.Platform.Idempotency;
using CaseTrak.Web.Platform.Mail;
using CaseTrak.Web.Platform.Security;
using CaseTrak.Web.Platform.Web;
using Microsoft.AspNetCore.DataProtection;
using Scalar.AspNetCore;
using Serilog;

namespace CaseTrak.Web;

/// <summary>Composition root: services, middleware and endpoints, shared by the server and the operator commands.</summary>
public static class CaseTrakApp
{
    public const string DemoFlag = "--demo";

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args.Where(a => a != DemoFlag).ToArray());
        if (args.Contains(DemoFlag))
            builder.Configuration["Demo:Seed"] = "true";
        configure?.Invoke(builder);
        builder.Host.UseSerilog((context, services, log) =>
        {
            log.ReadFrom.Configuration(context.Configuration).Enrich.FromLogContext();
            // JSON outside development: machine-readable, and CR/LF inside values is escaped, so a hostile
            // string cannot forge log lines.
            if (context.HostingEnvironment.IsDevelopment())
                log.WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture);
            else
                log.WriteTo.Console(new Serilog.Formatting.Compact.RenderedCompactJsonFormatter());
        });
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = RequestLimits.DefaultMaxBodyBytes;
        });
        AddServices(builder.Services, builder.Configuration);
        var app = builder.Build();
        UsePipeline(app);
        return app;
    }

    public static void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddCaseTrakData();
        services.AddIdempotencyKeys();
        services.AddCaseTrakWeb();
        services.AddCaseTrakAuthentication();
        services.AddCaseTrakRateLimits();
        services.AddCaseTrakHealthChecks();
        services.AddDataProtection().SetApplicationName("CaseTrak").PersistKeysToDbContext<AppDbContext>();
        services.Configure<MailOptions>(configuration.GetSection("Mail"));
        services.AddSingleton<IMailSender, MailKitSender>();
        services.AddScoped<UserDirectory>();
        services.AddScoped<TenantGuard>();
        services.AddFirms();
        services.AddAuth();
        services.AddAuditFeature();
        Features.Contacts.ContactsModule.AddContacts(services);
        Features.Conflicts.ConflictsModule.AddConflicts(services);
        Features.Search.SearchModule.AddSearch(services);
        Features.Matters.Demo.MattersDemo.AddMattersDemo(services);
        Features.Matters.MattersModule.AddMatters(services);
        Features.Billing.BillingModule.AddBilling(services);
        Features.ClientMoney.ClientMoneyModule.AddClientMoney(services);
        services.AddScoped<DemoSeeder>();
    }

    private static void UsePipeline(WebApplication app)
    {
        // Outside the exception handler, so the log shows the status the client got (404, 422), not 500.
        app.UseSerilogRequestLogging();
        app.UseExceptionHandler();
        // Pages get a friendly page for 404 and the like; the API keeps answering with ProblemDetails.
        app.UseWhen(http => http.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
        app.UseWhen(http => !http.Request.Path.StartsWithSegments("/api"), pages => pages.UseStatusCodePagesWithReExecute("/error", "?code={0}"));
        if (!app.Environment.IsDevelopment())
            app.UseHsts();
        app.UseSecurityHeaders();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRequestLimits();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseTwoFactorGate();
        app.UseIdempotencyKeys();
        app.UseAntiforgery();

        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapScalarApiReference("/api/docs", o => o.WithTitle("CaseTrak API").WithOpenApiRoutePattern("/openapi/{documentName}.json")).AllowAnonymous();
        app.MapCaseTrakHealthChecks();
        app.MapAuthApi();
        app.MapFirmsApi();
        app.MapAuditApi();
        Features.Contacts.ContactsModule.MapContactsApi(app);
        Features.Conflicts.ConflictsModule.MapConflictsApi(app);
        Features.Search.SearchModule.MapSearchApi(app);
        Features.Matters.MattersModule.MapMattersApi(app);
        Features.Billing.BillingModule.MapBillingApi(app);
        Features.ClientMoney.ClientMoneyModule.MapClientMoneyApi(app);
        app.MapRazorPages();
    }
}
