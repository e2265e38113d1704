using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Firms;

/// <summary>The signed-in user's row, loaded once per request when a handler needs more than the claims.</summary>
public sealed class CurrentUser(AppDbContext db, IHttpContextAccessor http)
{
    // Compiled: this runs on many requests, and building the query tree each time cost more than running it
    // (PERFORMANCE.md scenario 3). Query filters still apply: they read the context they are given.
    private static readonly Func<AppDbContext, Guid, CancellationToken, Task<AppUser?>> FindReadOnly =
        EF.CompileAsyncQuery((AppDbContext db, Guid id, CancellationToken _) => db.Users.AsNoTracking().SingleOrDefault(u => u.Id == id));

    private static readonly Func<AppDbContext, Guid, CancellationToken, Task<AppUser?>> FindTracked =
        EF.CompileAsyncQuery((AppDbContext db, Guid id, CancellationToken _) => db.Users.SingleOrDefault(u => u.Id == id));

    private AppUser? _user;
    private AppUser? _tracked;

    public Guid Id => http.HttpContext?.User.UserId() ?? Guid.Empty;

    /// <summary>A read-only copy, for checks and display. Changes to it are not saved: use <see cref="LoadTrackedAsync"/>.</summary>
    public async Task<AppUser> LoadAsync(CancellationToken ct) =>
        _user ??= await FindReadOnly(db, Id, ct) ?? throw NotSignedIn();

    /// <summary>The row tracked by this request's context, for handlers that change and save the user (password, two-factor, sessions).</summary>
    public async Task<AppUser> LoadTrackedAsync(CancellationToken ct) =>
        _tracked ??= await FindTracked(db, Id, ct) ?? throw NotSignedIn();

    private static UnauthorizedAccessException NotSignedIn() => new("No user is signed in.");
}
