using CaseTrak.Web.Features.Billing;

namespace CaseTrak.Web.Features.ClientMoney;

/// <param name="ClientBalanceMinor">The matter's client balance (all accounts) after the receipt; null in suspense.</param>
/// <param name="Warnings">AR 3.3 and suspense alerts: the receipt stands, but someone should look.</param>
public sealed record ReceiptDto(Guid Id, Guid? MatterId, string? MatterReference, Guid BankAccountId, string BankAccountName, long AmountMinor,
    long OfficeAmountMinor, Guid? InvoiceId, DateOnly ReceivedOn, DateOnly BankedOn, string Payer, PaymentMethod Method, string? Reference,
    string? CddException, Guid JournalId, string JournalNumber, Guid? AllocationJournalId, Guid? TransferId, bool InSuspense, bool Reversed,
    Guid ReceivedByUserId, DateTime CreatedAt, DateTime? AllocatedAt, long? ClientBalanceMinor, IReadOnlyList<string> Warnings, string Currency = "GBP");
