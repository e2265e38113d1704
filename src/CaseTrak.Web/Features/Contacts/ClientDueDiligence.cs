using CaseTrak.Web.Features.Shared;
using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Contacts;

/// <summary>
/// Answers the MLR 2017 gate from the outcome mirrored on the contact (its latest record): complete or a
/// recorded exception lets work go ahead; client money also needs the identity document to be in date.
/// </summary>
internal sealed class ClientDueDiligence(AppDbContext db, TimeProvider clock) : IClientDueDiligence
{
    public async Task<CddClearance> CheckAsync(Guid contactId, CddPurpose purpose, CancellationToken ct)
    {
        var contact = await db.Set<Contact>().AsNoTracking().Where(c => c.Id == contactId)
            .Select(c => new { c.CddStatus, c.CddIdExpiresOn }).SingleOrDefaultAsync(ct);
        if (contact is null)
            return new(false, "cdd.incomplete", "This client is not one of your firm's contacts.");
        switch (contact.CddStatus)
        {
            case CddStatus.Exception:
                return new(true, null, "A recorded exception to due diligence applies.", ByException: true);
            case CddStatus.Complete:
                var today = DateOnly.FromDateTime(Display.ToUk(clock.GetUtcNow().UtcDateTime));
                if (purpose == CddPurpose.TakeClientMoney && contact.CddIdExpiresOn is { } expires && expires < today)
                    return new(false, "cdd.id_expired",
                        $"The client's identity document expired on {ContactDisplay.Date(expires)}. Check a current one before taking client money.");
                return new(true, null, "Client due diligence is complete.");
            default:
                return new(false, "cdd.incomplete", purpose == CddPurpose.TakeClientMoney
                    ? "Client due diligence is not complete, so client money cannot be accepted yet."
                    : "Client due diligence is not complete, so no more time can be recorded yet.");
        }
    }
}
