namespace CaseTrak.Web.Platform.Tenancy;

/// <summary>
/// The firm a request (or a job) works for. Set once, from the signed-in user's claims or explicitly by a
/// job or operator command; never from a route or a body.
/// </summary>
public sealed class TenantContext
{
    public Guid FirmId { get; private set; }

    /// <summary>The signed-in user, for information barriers; empty for jobs and anonymous requests.</summary>
    public Guid UserId { get; private set; }

    /// <summary>The COLP keeps supervisory access to every matter, barriers included.</summary>
    public bool SeesBehindBarriers { get; private set; }

    public void SetUser(Guid firmId, Guid userId, bool seesBehindBarriers)
    {
        Set(firmId);
        UserId = userId;
        SeesBehindBarriers = seesBehindBarriers;
    }

    public void Set(Guid firmId)
    {
        if (firmId == Guid.Empty)
            throw new ArgumentException("A firm id is required.", nameof(firmId));
        if (FirmId != Guid.Empty && FirmId != firmId)
            throw new InvalidOperationException("This scope already works for another firm.");
        FirmId = firmId;
    }
}
