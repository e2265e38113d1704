namespace CaseTrak.Web.Platform.Tenancy;

/// <summary>
/// The firm a request (or a job) works for. Set once, from the signed-in user's claims or explicitly by a
/// job or operator command; never from a route or a body.
/// </summary>
public sealed class TenantContext
{
    public Guid FirmId { get; private set; }

    public void Set(Guid firmId)
    {
        if (firmId == Guid.Empty)
            throw new ArgumentException("A firm id is required.", nameof(firmId));
        if (FirmId != Guid.Empty && FirmId != firmId)
            throw new InvalidOperationException("This scope already works for another firm.");
        FirmId = firmId;
    }
}
