namespace CaseTrak.Web.Features.Billing;

/// <summary>
/// The published LEDES field lists, in order. LEDES 1998B: 24 fields (LEDES Oversight Committee, "LEDES 1998B
/// Field Specification", rev. 7/2014; ledes.org). LEDES98BI V2 (also called LEDES98B-INTL): the 24 1998B fields
/// followed by 28 more, 52 in all, with the format line "LEDES98BI V2" (ledes.org "LEDES98BI V2" specification;
/// the same list and order are given in Clio's "Convert a LEDES 1998B bill to a LEDES 1998BI format" and
/// Mitratech Collaborati's "LEDES 1998BI V2 Format Specifications"; Brightflag's vendor help checks 24 and 52 columns).
/// </summary>
public static class LedesFields
{
    public const string Header1998B = "LEDES1998B";
    public const string Header1998BI = "LEDES98BI V2";

    public static IReadOnlyList<string> Fields1998B { get; } = Array.AsReadOnly(
    [
        "INVOICE_DATE", "INVOICE_NUMBER", "CLIENT_ID", "LAW_FIRM_MATTER_ID", "INVOICE_TOTAL", "BILLING_START_DATE",
        "BILLING_END_DATE", "INVOICE_DESCRIPTION", "LINE_ITEM_NUMBER", "EXP/FEE/INV_ADJ_TYPE", "LINE_ITEM_NUMBER_OF_UNITS",
        "LINE_ITEM_ADJUSTMENT_AMOUNT", "LINE_ITEM_TOTAL", "LINE_ITEM_DATE", "LINE_ITEM_TASK_CODE", "LINE_ITEM_EXPENSE_CODE",
        "LINE_ITEM_ACTIVITY_CODE", "TIMEKEEPER_ID", "LINE_ITEM_DESCRIPTION", "LAW_FIRM_ID", "LINE_ITEM_UNIT_COST",
        "TIMEKEEPER_NAME", "TIMEKEEPER_CLASSIFICATION", "CLIENT_MATTER_ID",
    ]);

    public static IReadOnlyList<string> Fields1998BI { get; } = Array.AsReadOnly(
    [
        .. Fields1998B,
        "PO_NUMBER", "CLIENT_TAX_ID", "MATTER_NAME", "INVOICE_TAX_TOTAL", "INVOICE_NET_TOTAL", "INVOICE_CURRENCY",
        "TIMEKEEPER_LAST_NAME", "TIMEKEEPER_FIRST_NAME", "ACCOUNT_TYPE", "LAW_FIRM_NAME", "LAW_FIRM_ADDRESS_1",
        "LAW_FIRM_ADDRESS_2", "LAW_FIRM_CITY", "LAW_FIRM_STATEorREGION", "LAW_FIRM_POSTCODE", "LAW_FIRM_COUNTRY",
        "CLIENT_NAME", "CLIENT_ADDRESS_1", "CLIENT_ADDRESS_2", "CLIENT_CITY", "CLIENT_STATEorREGION", "CLIENT_POSTCODE",
        "CLIENT_COUNTRY", "LINE_ITEM_TAX_RATE", "LINE_ITEM_TAX_TOTAL", "LINE_ITEM_TAX_TYPE", "INVOICE_REPORTED_TAX_TOTAL",
        "INVOICE_TAX_CURRENCY",
    ]);
}
