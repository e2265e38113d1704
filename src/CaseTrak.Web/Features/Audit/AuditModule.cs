using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Security;

namespace CaseTrak.Web.Features.Audit;

public sealed record AuditVerifyResponse(bool Valid, long Events, long? FirstInvalidSeq);

public static class AuditModule
{
    public static IServiceCollection AddAuditFeature(this IServiceCollection services) => services
        .AddScoped<ListAuditHandler>()
        .AddScoped<ExportAuditHandler>()
        .AddScoped<AuditLog>();

    public static void MapAuditApi(this IEndpointRouteBuilder app)
    {
        var audit = app.MapGroup("/api/v1/audit").WithTags("Audit").RequireAuthorization(Policies.AuditReader);
        audit.MapGet("/", (DateOnly? from, DateOnly? to, Guid? actorId, string? action, string? cursor, int? limit,
            ListAuditHandler h, CancellationToken ct) => h.HandleAsync(new(from, to, actorId, action, cursor, limit), ct));
        audit.MapGet("/verify", async (AppDbContext db, CancellationToken ct) =>
        {
            var result = await AuditChainVerifier.VerifyAsync(db, db.CurrentFirmId, ct);
            return new AuditVerifyResponse(result.Valid, result.Events, result.FirstInvalidSeq);
        });
        audit.MapGet("/export", async (DateOnly? from, DateOnly? to, Guid? actorId, string? action, ExportAuditHandler h,
            HttpContext http, TimeProvider clock, CancellationToken ct) =>
        {
            http.Response.ContentType = "text/csv; charset=utf-8";
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"audit-{clock.GetUtcNow():yyyyMMdd}.csv\"";
            await h.WriteCsvAsync(new(from, to, actorId, action), http.Response.Body, ct);
        });
    }
}
