using System.Security.Claims;
using System.Text.Json;
using CaseTrak.Web.Platform.Data;

namespace CaseTrak.Web.Platform.Audit;

/// <summary>
/// Adds audit events to the current unit of work; they are saved, chained and committed together with
/// the change they record.
/// </summary>
public sealed class AuditLog(AppDbContext db, TimeProvider clock, IHttpContextAccessor http)
{
    public AuditEvent Record(AuditAction action, string? targetType = null, Guid? targetId = null,
        AuditOutcome outcome = AuditOutcome.Success, object? details = null, Guid? actorId = null)
    {
        var firmId = db.CurrentFirmId;
        if (firmId == Guid.Empty)
            throw new InvalidOperationException("An audit event needs a firm.");
        var context = http.HttpContext;
        var e = AuditEvent.Create(firmId, clock.GetUtcNow().UtcDateTime, actorId ?? CurrentUserId(context),
            action, targetType, targetId, outcome, context?.Connection.RemoteIpAddress?.ToString(),
            details is null ? null : JsonSerializer.Serialize(details, JsonSerializerOptions.Web));
        if (db.Switches.AuditTrail) // off only in the bench's scenario 11 (DataModelSwitches)
            db.AuditEvents.Add(e);
        return e;
    }

    private static Guid? CurrentUserId(HttpContext? context) =>
        Guid.TryParse(context?.User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}
