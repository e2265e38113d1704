using System.Text.Json;
using CaseTrak.Web.Platform.Errors;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>
/// Which columns of a bank's CSV statement hold what. A column is named by its header text (with a header row) or by
/// its number counted from 1. The amount is one signed column, or a paid-in and a paid-out column.
/// </summary>
public sealed record StatementCsvMapping(string DateColumn, string DescriptionColumn, string? AmountColumn, string? PaidInColumn,
    string? PaidOutColumn, string? ReferenceColumn, string DateFormat, bool HasHeader)
{
    public static readonly string[] FormFields =
        ["dateColumn", "descriptionColumn", "amountColumn", "paidInColumn", "paidOutColumn", "referenceColumn", "dateFormat", "hasHeader"];

    public string ToJson() => JsonSerializer.Serialize(this, JsonSerializerOptions.Web);

    public static StatementCsvMapping? FromJson(string? json) =>
        string.IsNullOrWhiteSpace(json) ? null : JsonSerializer.Deserialize<StatementCsvMapping>(json, JsonSerializerOptions.Web);

    /// <summary>The mapping sent with an upload, or null when none of its fields were sent.</summary>
    public static StatementCsvMapping? FromForm(Func<string, string?> field)
    {
        if (FormFields.All(f => string.IsNullOrWhiteSpace(field(f))))
            return null;
        string? Value(string name) => string.IsNullOrWhiteSpace(field(name)) ? null : field(name)!.Trim();
        var errors = new Dictionary<string, string[]>();
        var date = Value("dateColumn");
        var description = Value("descriptionColumn");
        var amount = Value("amountColumn");
        var paidIn = Value("paidInColumn");
        var paidOut = Value("paidOutColumn");
        if (date is null)
            errors["dateColumn"] = ["Name the column that holds the date."];
        if (description is null)
            errors["descriptionColumn"] = ["Name the column that holds the description."];
        var oneColumn = amount is not null && paidIn is null && paidOut is null;
        var twoColumns = amount is null && paidIn is not null && paidOut is not null;
        if (!oneColumn && !twoColumns)
            errors["amountColumn"] = ["Name either the amount column, or both the paid-in and the paid-out columns."];
        var hasHeader = Value("hasHeader") is not { } h || h is "true" or "True" or "on" or "1" or "yes";
        if (errors.Count > 0)
            throw new RequestValidationException(errors);
        return new(date!, description!, amount, paidIn, paidOut, Value("referenceColumn"), Value("dateFormat") ?? "dd/MM/yyyy", hasHeader);
    }
}
