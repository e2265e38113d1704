using CaseTrak.Web.Features.Firms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CaseTrak.Web.Platform.Data;

/// <summary>
/// Stamps new firm-owned rows with the current firm and refuses any write to another firm's rows.
/// With no firm known, no firm-owned row may be written at all (fail closed).
/// </summary>
internal static class FirmWriteGuard
{
    public static void Check(ChangeTracker tracker, Guid currentFirmId)
    {
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
                continue;
            var firmId = FirmOf(entry);
            if (firmId is null)
                continue;
            if (entry.State == EntityState.Added && entry.Entity is FirmOwnedEntity owned && owned.FirmId == Guid.Empty)
            {
                owned.FirmId = currentFirmId;
                firmId = currentFirmId;
            }
            if (currentFirmId == Guid.Empty || firmId != currentFirmId)
                throw new CrossFirmWriteException(entry.Metadata.ClrType.Name);
        }
    }

    private static Guid? FirmOf(EntityEntry entry) => entry.Entity switch
    {
        Firm firm => firm.Id,
        AppUser user => user.FirmId,
        IFirmOwned owned => owned.FirmId,
        _ => entry.Metadata.FindProperty(nameof(IFirmOwned.FirmId)) is { } p && p.ClrType == typeof(Guid)
            ? (Guid?)entry.Property(p.Name).CurrentValue
            : null,
    };
}

/// <summary>A programming error, never a user's: code tried to write outside the current firm.</summary>
public sealed class CrossFirmWriteException(string entity)
    : InvalidOperationException($"Refused a write to a {entity} outside the current firm.");
