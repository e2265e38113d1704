using System.Linq.Expressions;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Access;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Security.Tokens;
using CaseTrak.Web.Platform.Tenancy;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Platform.Data;

/// <summary>
/// The one unit of work. Obtain it only from DI (see <see cref="TenantDbContextFactory"/>): the tenant
/// filter reads <see cref="CurrentFirmId"/>, which that factory sets for every request.
/// </summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityUserContext<AppUser, Guid>(options), IDataProtectionKeyContext
{
    public const string TenantFilter = "Tenant";
    public const string BarrierFilter = "Barrier";

    internal TenantContext? Tenant { get; set; }

    /// <summary>Set by <see cref="TenantDbContextFactory"/>; read once, when the process builds its model.</summary>
    internal DataModelSwitches Switches { get; set; } = DataModelSwitches.Production;

    /// <summary>The signed-in user's firm; empty (matching nothing) when no firm is known.</summary>
    public Guid CurrentFirmId => Tenant?.FirmId ?? Guid.Empty;

    /// <summary>The signed-in user; barriers let only listed users (and the COLP) see a restricted matter.</summary>
    public Guid CurrentUserId => Tenant?.UserId ?? Guid.Empty;

    public bool SeesBehindBarriers => Tenant?.SeesBehindBarriers ?? false;

    /// <summary>The audit-chain head as locked and read earlier in the current transaction, if it was.</summary>
    internal LockedAuditHead? LockedAuditHead { get; set; }

    public DbSet<Firm> Firms => Set<Firm>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<AuditChainHead> AuditChainHeads => Set<AuditChainHead>();
    public DbSet<FirmCounter> FirmCounters => Set<FirmCounter>();
    public DbSet<Access.MatterBarrier> MatterBarriers => Set<Access.MatterBarrier>();
    public DbSet<Access.MatterBarrierMember> MatterBarrierMembers => Set<Access.MatterBarrierMember>();
    public DbSet<AuthSession> AuthSessions => Set<AuthSession>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
        // SQLite gives back DateTime with Kind=Unspecified; every instant we store is UTC.
        if (Database.IsSqlite())
            configuration.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<AppUser>().ToTable("users");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("user_claims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("user_logins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("user_tokens");
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        FirmScopeConventions.Apply(builder, this, Switches);
        ProviderModel.Apply(builder, this);
    }

    // Barrier filters are built here so that they reference `this`, which EF swaps for the executing context.
    internal Expression<Func<T, bool>> BarrierFilterForRoot<T>() where T : class, IBarrierRoot =>
        x => SeesBehindBarriers || !MatterBarriers.Any(b => b.MatterId == x.Id)
            || MatterBarrierMembers.Any(m => m.MatterId == x.Id && m.UserId == CurrentUserId);

    internal Expression<Func<T, bool>> BarrierFilterForScoped<T>() where T : class, IMatterScoped =>
        x => SeesBehindBarriers || !MatterBarriers.Any(b => b.MatterId == x.MatterId)
            || MatterBarrierMembers.Any(m => m.MatterId == x.MatterId && m.UserId == CurrentUserId);

    internal Expression<Func<T, bool>> BarrierFilterForOptionallyScoped<T>() where T : class, IOptionallyMatterScoped =>
        x => x.MatterId == null || SeesBehindBarriers || !MatterBarriers.Any(b => b.MatterId == x.MatterId)
            || MatterBarrierMembers.Any(m => m.MatterId == x.MatterId && m.UserId == CurrentUserId);

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        FirmWriteGuard.Check(ChangeTracker, CurrentFirmId);
        if (AuditChain.HasPending(ChangeTracker))
            throw new InvalidOperationException("Audit events are written with SaveChangesAsync only.");
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        FirmWriteGuard.Check(ChangeTracker, CurrentFirmId);
        if (!AuditChain.HasPending(ChangeTracker))
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

        // The chain head is locked and the events sealed in the same transaction as the work they record.
        var ownTransaction = Database.CurrentTransaction is null
            ? await Database.BeginTransactionAsync(cancellationToken)
            : null;
        try
        {
            await AuditChain.SealPendingAsync(this, cancellationToken);
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (ownTransaction is not null)
                await ownTransaction.CommitAsync(cancellationToken);
            return written;
        }
        finally
        {
            if (ownTransaction is not null)
                await ownTransaction.DisposeAsync();
        }
    }
}
