namespace CaseTrak.Web.Features.Billing;

public enum ReportColumnType { Text, Number, Money, Date }

/// <summary>A column: its JSON key, heading, type and, for numbers, decimal places. Money is minor units.</summary>
public sealed record ReportColumn(string Key, string Title, ReportColumnType Type, int Decimals = 0);

/// <summary>
/// What every report produces, whatever the format it is sent in: JSON for the API and the dashboard, CSV and
/// XLSX for downloads. Cells are strings (text), DateOnly (date), long (money, minor units) or decimal (number).
/// </summary>
public sealed record ReportTable(string Name, string Title, IReadOnlyList<ReportColumn> Columns,
    IReadOnlyList<IReadOnlyList<object?>> Rows, IReadOnlyList<object?>? Totals, IReadOnlyDictionary<string, string> Parameters)
{
    public const string Currency = "GBP";

    public int IndexOf(string key)
    {
        for (var i = 0; i < Columns.Count; i++)
            if (Columns[i].Key == key)
                return i;
        throw new ArgumentException($"No column {key} in report {Name}.", nameof(key));
    }

    /// <summary>A totals row: the sum of every money and number column, the label in the first.</summary>
    public static IReadOnlyList<object?> Sum(IReadOnlyList<ReportColumn> columns, IReadOnlyList<IReadOnlyList<object?>> rows, string label = "Total")
    {
        var totals = new object?[columns.Count];
        totals[0] = label;
        for (var i = 1; i < columns.Count; i++)
        {
            totals[i] = columns[i].Type switch
            {
                ReportColumnType.Money => rows.Sum(r => r[i] is long v ? v : 0),
                ReportColumnType.Number => rows.Sum(r => r[i] is decimal v ? v : 0m),
                _ => null,
            };
        }
        return totals;
    }
}

/// <summary>The JSON answer: rows as objects keyed by column, money in minor units with the currency beside.</summary>
public sealed record ReportResponse(string Name, string Title, string Currency, IReadOnlyDictionary<string, string> Parameters,
    IReadOnlyList<ReportColumn> Columns, IReadOnlyList<Dictionary<string, object?>> Rows, Dictionary<string, object?>? Totals)
{
    public static ReportResponse From(ReportTable t) => new(t.Name, t.Title, ReportTable.Currency, t.Parameters, t.Columns,
        t.Rows.Select(r => Row(t.Columns, r)).ToList(), t.Totals is null ? null : Row(t.Columns, t.Totals));

    private static Dictionary<string, object?> Row(IReadOnlyList<ReportColumn> columns, IReadOnlyList<object?> cells)
    {
        var row = new Dictionary<string, object?>(columns.Count);
        for (var i = 0; i < columns.Count; i++)
            row[columns[i].Key] = cells[i] is DateOnly d ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : cells[i];
        return row;
    }
}
