using System.Globalization;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>Dates as the reconciliation pages and messages show them ("26 Nov 2026").</summary>
public static class ReconciliationText
{
    public static string Date(DateOnly d) => d.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
