using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>The firm's client-money settings; the defaults until someone changes them (no row is written on read).</summary>
public sealed class ClientMoneySettingsReader(AppDbContext db)
{
    public async Task<ClientMoneySettings> GetAsync(CancellationToken ct) =>
        await db.Set<ClientMoneySettings>().AsNoTracking().FirstOrDefaultAsync(ct) ?? new ClientMoneySettings();
}
