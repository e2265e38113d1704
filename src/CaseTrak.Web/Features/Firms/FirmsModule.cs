using System.Globalization;
using CaseTrak.Web.Platform.Security;
using CaseTrak.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseTrak.Web.Features.Firms;

public static class FirmsModule
{
    public static IServiceCollection AddFirms(this IServiceCollection services) => services
        .AddScoped<FirmProvisioner>()
        .AddScoped<ListUsersHandler>()
        .AddScoped<GetUserHandler>()
        .AddScoped<CreateUserHandler>()
        .AddScoped<UpdateUserHandler>()
        .AddScoped<FirmSettingsHandler>()
        .AddScoped<CurrentUser>();

    public static void MapFirmsApi(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/v1/users").WithTags("Users");
        users.MapGet("/", (string? q, int? limit, string? cursor, ListUsersHandler h, CancellationToken ct) =>
            h.HandleAsync(new(q, true, limit, cursor), ct));
        users.MapGet("/{id:guid}", async (Guid id, GetUserHandler h, HttpContext http, CancellationToken ct) =>
        {
            var user = await h.LoadAsync(id, ct);
            ETags.Set(http, user.ConcurrencyStamp ?? "");
            return UserDto.From(user);
        });
        users.MapPost("/", async Task<Created<CreatedUser>> (CreateUserRequest request, CreateUserHandler h, CurrentUser me, HttpContext http, CancellationToken ct) =>
        {
            var created = await h.HandleAsync(request, await me.LoadAsync(ct), PublicUrl.Of(http), ct);
            return TypedResults.Created($"/api/v1/users/{created.User.Id}", created);
        }).RequireAuthorization(Policies.FirmAdmin);
        users.MapPatch("/{id:guid}", async (Guid id, UpdateUserRequest request, UpdateUserHandler h, CurrentUser me, HttpContext http, CancellationToken ct) =>
        {
            var updated = await h.HandleAsync(id, request, await me.LoadAsync(ct), u =>
            {
                ETags.Require(http, u.ConcurrencyStamp ?? "");
                return Task.CompletedTask;
            }, ct);
            return updated;
        }).RequireAuthorization(Policies.FirmAdmin);

        var firm = app.MapGroup("/api/v1/firm").WithTags("Firm");
        firm.MapGet("/", async (FirmSettingsHandler h, HttpContext http, CancellationToken ct) =>
        {
            var dto = await h.GetAsync(ct);
            ETags.Set(http, dto.Version.ToString(CultureInfo.InvariantCulture));
            return dto;
        });
        firm.MapPut("/", async (UpdateFirmRequest request, FirmSettingsHandler h, HttpContext http, CancellationToken ct) =>
        {
            var current = await h.GetAsync(ct);
            ETags.Require(http, current.Version.ToString(CultureInfo.InvariantCulture));
            var dto = await h.UpdateAsync(request, current.Version, ct);
            ETags.Set(http, dto.Version.ToString(CultureInfo.InvariantCulture));
            return dto;
        }).RequireAuthorization(Policies.FirmAdmin);
    }
}
