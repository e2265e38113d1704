using CaseTrak.Web.Platform.Data;

namespace CaseTrak.Web.Features.ClientMoney;

public enum BankAccountKind { Client, Office }

/// <summary>
/// A bank account the firm holds. A client account's name must carry the firm's name and the word "client"
/// (AR 3.2). Its client cash book is the ledger entries posted to it; its suspense balance is money received
/// that is not yet allocated to a matter.
/// </summary>
public sealed class BankAccount : FirmOwnedEntity
{
    public BankAccountKind Kind { get; init; }
    public required string Name { get; set; }
    public string? BankName { get; set; }
    public required string SortCode { get; init; }
    public required string AccountNumber { get; init; }
    public string Currency { get; init; } = "GBP";
    public DateOnly OpenedOn { get; init; }
    public DateOnly? ClosedOn { get; set; }
    /// <summary>Unallocated receipts held in suspense; kept by the poster, never below zero.</summary>
    public long SuspenseMinor { get; set; }
    /// <summary>The saved column mapping for this bank's CSV statements (JSON), reused on the next import.</summary>
    public string? StatementCsvMapping { get; set; }
    public Guid CreatedByUserId { get; init; }
    public DateTime CreatedAt { get; init; }
    public int Version { get; set; }
}
