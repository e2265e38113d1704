using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Security.Sessions;
using CaseTrak.Web.Platform.Security.Tokens;
using CaseTrak.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace CaseTrak.Web.Platform.Security;

public static class Policies
{
    public const string FirmAdmin = "firm-admin";
    public const string AuditReader = "audit-reader";
}

internal static class AuthenticationSetup
{
    private const string Smart = "cookie-or-bearer";

    public static IServiceCollection AddCaseTrakAuthentication(this IServiceCollection services)
    {
        services.AddAuthCache();
        services.AddIdentityCore<AppUser>(o =>
            {
                o.Password.RequiredLength = CommonPasswordValidator.MinimumLength;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false; // checked across firms by the user service
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddSignInManager()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<ReplayProtectedAuthenticatorProvider>(TokenOptions.DefaultAuthenticatorProvider)
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddClaimsPrincipalFactory<CaseTrakClaimsFactory>();
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromDays(3));
        // Checked on every request (answered from the AuthCache until the user or firm changes) so a disabled
        // user or a changed password ends the session at once.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = Smart;
                o.DefaultChallengeScheme = Smart;
            })
            .AddPolicyScheme(Smart, "Cookie or bearer", o => o.ForwardDefaultSelector = http =>
                http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? BearerTokenHandler.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, null)
            .AddIdentityCookies(cookies =>
            {
                cookies.ApplicationCookie?.Configure(ConfigureApplicationCookie);
                cookies.TwoFactorUserIdCookie?.Configure(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
            });

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.FirmAdmin, p => p.RequireRole(RoleNames.Owner, RoleNames.Admin))
            .AddPolicy(Policies.AuditReader, p => p.RequireAssertion(c =>
                c.User.IsInRole(RoleNames.Owner) || c.User.IsInRole(RoleNames.Admin) ||
                c.User.HasClaim(FirmClaims.Duty, nameof(ComplianceDuties.Colp))));
        return services;
    }

    private static void ConfigureApplicationCookie(CookieAuthenticationOptions o)
    {
        o.Cookie.Name = "casetrak";
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Strict;
        o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.LoginPath = "/signin";
        o.LogoutPath = "/signout";
        o.AccessDeniedPath = "/denied";
        o.ExpireTimeSpan = TimeSpan.FromHours(10);
        o.SlidingExpiration = true;
        o.Events.OnValidatePrincipal = async context =>
        {
            // The cookie names the firm; the user lookup that validates it runs inside that firm.
            if (context.Principal is { } principal && principal.FirmId() != Guid.Empty)
                UserClaims.ApplyTo(principal, context.HttpContext.RequestServices.GetRequiredService<TenantContext>());
            await CookieValidation.ValidateAsync(context);
        };
        o.Events.OnRedirectToLogin = context => ApiAware(context, 401);
        o.Events.OnRedirectToAccessDenied = context => ApiAware(context, 403);
    }

    private static Task ApiAware(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
            context.Response.StatusCode = status;
        else
            context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
