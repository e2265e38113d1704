using CaseTrak.Web.Features.Shared;
using CaseTrak.Web.Platform.Errors;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>
/// The reconciliation workspace: import the statement, match what auto-match left, explain the rest, and see the
/// three-way check. Every change goes through the same handlers as the API; a signed-off one is read-only.
/// </summary>
public sealed class ReconciliationPageModel(GetReconciliationHandler get, ImportStatementHandler import, AutoMatchStatementHandler autoMatch,
    MatchStatementLineHandler match, ReconciliationItemsHandler items, StatementLinesQuery statement, Platform.Data.AppDbContext db) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    /// <summary>Where the list of matched lines starts (older pages of a long statement).</summary>
    [BindProperty(SupportsGet = true)] public string? LinesCursor { get; set; }
    public Platform.Web.Page<StatementLineDto> Matched { get; private set; } = null!;
    [BindProperty] public InputModel Input { get; set; } = new();
    public ReconciliationDto Reconciliation { get; private set; } = null!;

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
        var saved = StatementCsvMapping.FromJson(await SavedMappingAsync(ct));
        Input = saved is null ? new() : new()
        {
            DateColumn = saved.DateColumn, DescriptionColumn = saved.DescriptionColumn, AmountColumn = saved.AmountColumn,
            PaidInColumn = saved.PaidInColumn, PaidOutColumn = saved.PaidOutColumn, ReferenceColumn = saved.ReferenceColumn,
            DateFormat = saved.DateFormat, HasHeader = saved.HasHeader,
        };
        return Page();
    }

    public Task<IActionResult> OnPostImportAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        if (Input.File is not { Length: > 0 } file)
            throw new RequestValidationException("file", "Choose the statement file to import.");
        var mapping = StatementCsvMapping.FromForm(name => name switch
        {
            "dateColumn" => Input.DateColumn, "descriptionColumn" => Input.DescriptionColumn, "amountColumn" => Input.AmountColumn,
            "paidInColumn" => Input.PaidInColumn, "paidOutColumn" => Input.PaidOutColumn, "referenceColumn" => Input.ReferenceColumn,
            "dateFormat" => Input.DateFormat, "hasHeader" => Input.HasHeader ? "true" : "false", _ => null,
        });
        await using var stream = file.OpenReadStream();
        var result = await import.HandleAsync(Id, file.FileName, stream, mapping, ct);
        Flash($"{result.Imported} statement lines imported, {result.Skipped} already held and skipped; {result.Matched} matched automatically");
        return Back();
    }, () => LoadAsync(ct));

    public Task<IActionResult> OnPostAutoMatchAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        var result = await autoMatch.HandleAsync(Id, ct);
        Flash($"{result.Matched} lines matched automatically; {result.UnmatchedLines} left to match or explain");
        return Back();
    }, () => LoadAsync(ct));

    public Task<IActionResult> OnPostMatchAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        var request = new MatchStatementLineRequest(Input.StatementLineId, Input.LedgerEntryId);
        Check(request);
        EnsureValid();
        await match.MatchAsync(Id, request, ct);
        Flash("Statement line matched to the cash book");
        return Back();
    }, () => LoadAsync(ct));

    public Task<IActionResult> OnPostUnmatchAsync(Guid lineId, CancellationToken ct) => SubmitAsync(async () =>
    {
        await match.UnmatchAsync(Id, lineId, ct);
        Flash("Match undone");
        return Back();
    }, () => LoadAsync(ct));

    public Task<IActionResult> OnPostItemAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        var amount = StatementAmounts.ToMinor(Input.ItemAmount);
        if (!string.IsNullOrWhiteSpace(Input.ItemAmount) && amount is null)
            ModelState.AddModelError("Input.ItemAmount", "Enter the amount in pounds and pence, for example -5.00.");
        var request = new AddReconciliationItemRequest(Input.ItemKind, Input.Explanation, amount, Input.ItemLineId);
        Check(request);
        EnsureValid();
        await items.AddAsync(Id, request, ct);
        Flash("Difference explained");
        return Back();
    }, () => LoadAsync(ct));

    public Task<IActionResult> OnPostRemoveItemAsync(Guid itemId, CancellationToken ct) => SubmitAsync(async () =>
    {
        await items.RemoveAsync(Id, itemId, ct);
        Flash("Explanation removed");
        return Back();
    }, () => LoadAsync(ct));

    private IActionResult Back() => Redirect($"/client-money/reconciliations/{Id}");

    private async Task LoadAsync(CancellationToken ct)
    {
        Reconciliation = await get.HandleAsync(Id, ct);
        Matched = await statement.ListAsync(Id, matched: true, StatementLinesQuery.Listed, LinesCursor, ct);
    }

    private Task<string?> SavedMappingAsync(CancellationToken ct) =>
        Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.Set<BankAccount>().Where(a => a.Id == Reconciliation.BankAccountId).Select(a => a.StatementCsvMapping), ct);

    public sealed class InputModel
    {
        public IFormFile? File { get; set; }
        public string? DateColumn { get; set; } = "Date";
        public string? DescriptionColumn { get; set; } = "Description";
        public string? AmountColumn { get; set; } = "Amount";
        public string? PaidInColumn { get; set; }
        public string? PaidOutColumn { get; set; }
        public string? ReferenceColumn { get; set; }
        public string? DateFormat { get; set; } = "dd/MM/yyyy";
        public bool HasHeader { get; set; } = true;
        public Guid? StatementLineId { get; set; }
        public Guid? LedgerEntryId { get; set; }
        public ReconciliationItemKind? ItemKind { get; set; }
        public string? Explanation { get; set; }
        public string? ItemAmount { get; set; }
        public Guid? ItemLineId { get; set; }
    }
}
