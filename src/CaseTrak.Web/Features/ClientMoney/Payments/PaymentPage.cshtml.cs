using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Features.Shared;
using CaseTrak.Web.Platform.Errors;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>
/// One payment with its approval trail. Approving goes through a confirmation (`?confirm=approve`) that says exactly
/// what will be paid from which matter; rejecting needs the reason; the requester or a cashier may cancel it.
/// </summary>
public sealed class PaymentPageModel(ClientPaymentsQuery payments, ApprovePaymentHandler approve, RejectPaymentHandler reject, ClientBalances balances,
    CurrentUser me) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty(SupportsGet = true)] public string? Confirm { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();

    public ClientPaymentDto Payment { get; private set; } = null!;
    public long HeldMinor { get; private set; }
    public bool MayApprove { get; private set; }
    public bool MayCancel { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        try
        {
            await LoadAsync(ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        Input.Version = Payment.Version;
        return Page();
    }

    public Task<IActionResult> OnPostApproveAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        var dto = await approve.HandleAsync(Id, Input.Version, ct);
        Flash(dto.Status == ClientPaymentStatus.Paid
            ? $"Payment of {Platform.Money.MoneyText.Pounds(dto.AmountMinor)} to {dto.Payee} approved and posted ({dto.JournalNumber})"
            : $"Payment to {dto.Payee} approved: it now needs a second approver");
        return Redirect($"/client-money/payments/{Id}");
    }, () => LoadAsync(ct));

    public Task<IActionResult> OnPostRejectAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        var dto = await reject.RejectAsync(Id, new(Input.Reason), ct);
        Flash($"Payment to {dto.Payee} rejected");
        return Redirect($"/client-money/payments/{Id}");
    }, () => LoadAsync(ct));

    public Task<IActionResult> OnPostCancelAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        var dto = await reject.CancelAsync(Id, ct);
        Flash($"Payment to {dto.Payee} cancelled");
        return Redirect($"/client-money/payments/{Id}");
    }, () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        Payment = await payments.GetAsync(Id, ct);
        HeldMinor = await balances.ForMatterAsync(Payment.MatterId, Payment.BankAccountId, ct);
        var user = await me.LoadAsync(ct);
        MayApprove = PaymentQueuePageModel.MayApprove(user, Payment);
        MayCancel = Payment.Status is ClientPaymentStatus.Requested or ClientPaymentStatus.Approved
            && (Payment.RequestedByUserId == user.Id || ClientMoneyAccess.IsBookkeeper(user));
    }

    public sealed class InputModel
    {
        public int? Version { get; set; }
        public string? Reason { get; set; }
    }
}
