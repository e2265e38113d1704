using System.Security.Claims;
using CaseTrak.Web.Platform.Security;
using CaseTrak.Web.Platform.Security.Tokens;
using CaseTrak.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Authentication;

namespace CaseTrak.Bench.Scenarios;

/// <summary>
/// What the request pipeline sets up before a handler runs, without HTTP: a DI scope of the running app, an
/// HttpContext carrying the signed-in principal (CurrentUser, AuditLog and TenantGuard read it) and the tenant
/// set from that principal as <see cref="UserClaims.ApplyTo"/> does. The scoped AppDbContext handlers get then
/// comes from the app's own TenantDbContextFactory pool, exactly as in a request.
/// </summary>
public sealed class AppRequestScope : IAsyncDisposable
{
    private readonly AsyncServiceScope _scope;
    private readonly IHttpContextAccessor _accessor;

    private AppRequestScope(AsyncServiceScope scope, HttpContext http)
    {
        _scope = scope;
        Http = http;
        _accessor = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
        _accessor.HttpContext = http;
    }

    public HttpContext Http { get; }

    /// <param name="user">Null: anonymous, as a request is before authentication.</param>
    public static AppRequestScope Begin(IServiceProvider app, ClaimsPrincipal? user)
    {
        var scope = app.CreateAsyncScope();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        if (user is not null)
        {
            UserClaims.ApplyTo(user, scope.ServiceProvider.GetRequiredService<TenantContext>());
            http.User = user;
        }
        return new AppRequestScope(scope, http);
    }

    public T Get<T>() where T : notnull => _scope.ServiceProvider.GetRequiredService<T>();

    /// <summary>Runs the app's bearer authentication for the token, as every API request does.</summary>
    public async Task<ClaimsPrincipal> AuthenticateAsync(string token)
    {
        Http.Request.Headers.Authorization = "Bearer " + token;
        var result = await Http.AuthenticateAsync(BearerTokenHandler.SchemeName);
        return result.Principal ?? throw new InvalidOperationException($"The bench token did not authenticate: {result.Failure?.Message}");
    }

    /// <summary>The bench user's principal, from one pass through the app's bearer authentication.</summary>
    public static async Task<ClaimsPrincipal> PrincipalAsync(IServiceProvider app, string token)
    {
        await using var anonymous = Begin(app, null);
        return await anonymous.AuthenticateAsync(token);
    }

    public async ValueTask DisposeAsync()
    {
        _accessor.HttpContext = null;
        await _scope.DisposeAsync();
    }
}
