using CaseTrak.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>Each client account's place on the five-week cadence, a way to start its next reconciliation, and the history.</summary>
public sealed class ReconciliationsPageModel(ReconciliationStatusQuery status, ReconciliationCadenceMonitor monitor, ListReconciliationsHandler list,
    StartReconciliationHandler start, TimeProvider clock) : AppPageModel
{
    public IReadOnlyList<AccountReconciliationStatus> Accounts { get; private set; } = [];
    public IReadOnlyList<ReconciliationRow> History { get; private set; } = [];
    [BindProperty] public InputModel Input { get; set; } = new();

    /// <param name="bankAccountId">The account whose "Start reconciliation" link was followed.</param>
    public async Task OnGetAsync(Guid? bankAccountId, CancellationToken ct)
    {
        await LoadAsync(ct);
        Input.StatementDate = Today.AddDays(-1);
        if (bankAccountId is { } chosen)
            Input.BankAccountId = chosen;
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        var balance = StatementAmounts.ToMinor(Input.StatementBalance);
        if (!string.IsNullOrWhiteSpace(Input.StatementBalance) && balance is null)
            ModelState.AddModelError("Input.StatementBalance", "Enter the statement balance in pounds and pence, for example 1234.56.");
        var request = new StartReconciliationRequest(Input.BankAccountId, Input.StatementDate, balance);
        Check(request);
        EnsureValid();
        var id = await start.HandleAsync(request, ct);
        Flash("Reconciliation started: import the bank statement next");
        return Redirect($"/client-money/reconciliations/{id}");
    }, () => LoadAsync(ct));

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private async Task LoadAsync(CancellationToken ct)
    {
        await monitor.RecordOverdueAsync(Today, ct);
        Accounts = await status.ForAccountsAsync(Today, ct);
        History = (await list.HandleAsync(null, 100, ct)).Items;
    }

    public static string DaysText(AccountReconciliationStatus a)
    {
        var days = a.LastReconciledTo is null ? $"{a.DaysSince} days open, never reconciled" : $"{a.DaysSince} days";
        return a.Cadence switch
        {
            ReconciliationCadence.Breach => $"{days} · overdue",
            ReconciliationCadence.Due => $"{days} · due",
            _ => days,
        };
    }

    public static string Badge(ReconciliationCadence cadence) => cadence switch
    {
        ReconciliationCadence.Breach => "status-bad",
        ReconciliationCadence.Due => "status-warn",
        _ => "status-ok",
    };

    public sealed class InputModel
    {
        public Guid? BankAccountId { get; set; }
        public DateOnly? StatementDate { get; set; }
        public string? StatementBalance { get; set; }
    }
}
