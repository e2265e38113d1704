namespace CaseTrak.Web.Platform.Data;

/// <summary>
/// Benchmark-only: PERFORMANCE.md scenario 11 prices the tenancy filters and the audit trail by running the app
/// once more with them off (bench/CaseTrak.Bench) against the same single-firm database. Internal on purpose and
/// never bound from configuration, so no setting, environment variable or argument can switch tenancy or audit
/// off in production; only code granted InternalsVisibleTo can register other values before AddCaseTrakData.
/// </summary>
/// <remarks>
/// EF builds the model once per process and compiled queries bind to it, so a process runs with one set of
/// switches: the bench starts the switched-off app as a process of its own.
/// </remarks>
/// <param name="TenantFilter">Off: no "Tenant" query filter (queries lose the firm_id that leads every index).</param>
/// <param name="BarrierFilter">Off: no "Barrier" query filter (information barriers are not applied).</param>
/// <param name="AuditTrail">Off: <see cref="Audit.AuditLog"/> records nothing.</param>
internal sealed record DataModelSwitches(bool TenantFilter = true, bool BarrierFilter = true, bool AuditTrail = true)
{
    public static readonly DataModelSwitches Production = new();
}
