using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Matters;

/// <summary>Closed, or the blockers that stop it, every one with its code.</summary>
public sealed record CloseMatterOutcome(MatterDto? Matter, IReadOnlyList<CloseBlocker> Blockers, IReadOnlyList<CloseBlocker>? Warnings = null)
{
    public bool Closed => Blockers.Count == 0;
}

/// <summary>The closed matter as GET answers it, with what the checks warned of (e.g. unpaid bills) in `warnings`.</summary>
public sealed record ClosedMatterDto
{
    [System.Text.Json.Serialization.JsonExtensionData]
    public Dictionary<string, System.Text.Json.JsonElement> Matter { get; init; } = [];

    public IReadOnlyList<CloseWarningDto> Warnings { get; init; } = [];

    private static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase) },
    };

    public static ClosedMatterDto From(CloseMatterOutcome outcome) => new()
    {
        Matter = System.Text.Json.JsonSerializer.SerializeToElement(outcome.Matter, Json).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone()),
        Warnings = (outcome.Warnings ?? []).Select(w => new CloseWarningDto(w.Code, w.Message)).ToList(),
    };
}

public sealed record CloseWarningDto(string Code, string Message);

/// <summary>
/// Closes a matter once every registered <see cref="IMatterCloseCheck"/> passes (undertakings now; billing and
/// client money add theirs). An enquiry closes this way too (abandoned).
/// </summary>
public sealed class CloseMatterHandler(AppDbContext db, GetMatterHandler get, IEnumerable<IMatterCloseCheck> checks, AuditLog audit, TimeProvider clock)
{
    public async Task<CloseMatterOutcome> HandleAsync(Guid matterId, CancellationToken ct)
    {
        var matter = await get.LoadAsync(matterId, ct, tracked: true);
        if (MatterTransitions.IsClosed(matter.Status))
            throw new ConflictException("matter.already_closed", "This matter is already closed.");

        var found = await PreviewAsync(matterId, ct);
        var blockers = found.Where(b => !b.Warning).ToList();
        var warnings = found.Where(b => b.Warning).ToList();
        if (blockers.Count > 0)
            return new(null, blockers, warnings);

        var now = clock.GetUtcNow().UtcDateTime;
        var from = matter.Status;
        matter.Status = MatterStatus.Closed;
        matter.ClosedAt = now;
        matter.LastActivityAt = now;
        matter.Version++;
        audit.Record(AuditAction.MatterClosed, "Matter", matter.Id, details: new { from = ApiEnums.Name(from) });
        await db.SaveChangesAsync(ct);
        return new(await get.ToDtoAsync(matter, ct), [], warnings);
    }

    /// <summary>What every check finds now, blockers and warnings, without closing (for the confirmation page).</summary>
    public async Task<IReadOnlyList<CloseBlocker>> PreviewAsync(Guid matterId, CancellationToken ct)
    {
        var found = new List<CloseBlocker>();
        foreach (var check in checks)
            found.AddRange(await check.CheckAsync(matterId, ct));
        return found;
    }
}

/// <summary>A matter cannot close with an undertaking still open (SRA Code 1.3).</summary>
internal sealed class OpenUndertakingsCloseCheck(AppDbContext db) : IMatterCloseCheck
{
    public async Task<IReadOnlyList<CloseBlocker>> CheckAsync(Guid matterId, CancellationToken ct)
    {
        var open = await db.Set<Undertaking>().CountAsync(u => u.MatterId == matterId && u.Status == UndertakingStatus.Open, ct);
        return open == 0 ? [] :
        [
            new("matter.open_undertakings", open == 1
                ? "An undertaking on this matter is still open. Discharge it before closing the matter."
                : $"{open} undertakings on this matter are still open. Discharge them before closing the matter."),
        ];
    }
}
