using System.Linq.Expressions;
using CaseTrak.Web.Features.Firms;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Platform.Data;

/// <summary>
/// Applies the tenancy shape to the model so that no feature has to remember it: composite keys,
/// the named tenant filter, and Restrict instead of cascading deletes.
/// </summary>
internal static class FirmScopeConventions
{
    public static void Apply(ModelBuilder builder, AppDbContext context, DataModelSwitches switches)
    {
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => !e.IsOwned()))
        {
            var clr = entity.ClrType;
            if (typeof(IFirmOwned).IsAssignableFrom(clr))
            {
                builder.Entity(clr).HasKey(nameof(IFirmOwned.FirmId), nameof(IFirmOwned.Id));
                builder.Entity(clr).HasOne(typeof(Firm)).WithMany().HasForeignKey(nameof(IFirmOwned.FirmId))
                    .OnDelete(DeleteBehavior.Restrict);
            }

            var firmProperty = clr == typeof(Firm) ? nameof(Firm.Id) : FirmIdPropertyOf(clr);
            if (firmProperty is not null && !IsPlatformOnly(clr) && switches.TenantFilter)
                builder.Entity(clr).HasQueryFilter(AppDbContext.TenantFilter, TenantLambda(clr, firmProperty, context));
            if (switches.BarrierFilter && BarrierLambda(clr, context) is { } barrier)
                builder.Entity(clr).HasQueryFilter(AppDbContext.BarrierFilter, barrier);
        }

        // A cascade could wipe a client's matters: every delete is explicit.
        foreach (var fk in builder.Model.GetEntityTypes().SelectMany(e => e.GetForeignKeys()))
            fk.DeleteBehavior = DeleteBehavior.Restrict;
    }

    /// <summary>Tables that only Platform code reads, always with an explicit firm.</summary>
    internal static bool IsPlatformOnly(Type clr) =>
        clr == typeof(FirmCounter) || clr == typeof(Audit.AuditChainHead) || clr == typeof(Security.Tokens.AuthSession);

    /// <summary>A matter and everything scoped to one vanish together for users outside its barrier.</summary>
    private static LambdaExpression? BarrierLambda(Type clr, AppDbContext context)
    {
        var method = typeof(Access.IBarrierRoot).IsAssignableFrom(clr) ? nameof(AppDbContext.BarrierFilterForRoot)
            : typeof(Access.IMatterScoped).IsAssignableFrom(clr) && clr != typeof(Access.MatterBarrierMember) ? nameof(AppDbContext.BarrierFilterForScoped)
            : typeof(Access.IOptionallyMatterScoped).IsAssignableFrom(clr) ? nameof(AppDbContext.BarrierFilterForOptionallyScoped)
            : null;
        return method is null ? null : (LambdaExpression)typeof(AppDbContext)
            .GetMethod(method, System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!
            .MakeGenericMethod(clr).Invoke(context, null)!;
    }

    private static string? FirmIdPropertyOf(Type clr) =>
        clr.GetProperty(nameof(IFirmOwned.FirmId))?.PropertyType == typeof(Guid) ? nameof(IFirmOwned.FirmId) : null;

    private static LambdaExpression TenantLambda(Type clr, string firmProperty, AppDbContext context)
    {
        // x => x.FirmId == context.CurrentFirmId; EF swaps in the executing context at query time.
        var x = Expression.Parameter(clr, "x");
        var body = Expression.Equal(
            Expression.Property(x, firmProperty),
            Expression.Property(Expression.Constant(context), nameof(AppDbContext.CurrentFirmId)));
        return Expression.Lambda(body, x);
    }
}
