using CaseTrak.Web.Features.Shared;
using CaseTrak.Web.Platform.Errors;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.Billing;

/// <summary>
/// One bill. A draft is edited here (lines written down, written off or removed, fee and discount lines, narrative);
/// a final bill is shown with its PDF, delivery, payments and credit notes.
/// </summary>
public sealed class BillPageModel(GetBillHandler get, EditBillHandler edit, DeliverBillHandler deliver, CreditNotesHandler creditNotes) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();

    public BillDto Bill { get; private set; } = null!;
    public IReadOnlyList<CreditNoteDto> CreditNotes { get; private set; } = [];

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
        Input.Narrative = Bill.Narrative;
        Input.Kind = Bill.Kind == InvoiceKind.Invoice ? "invoice" : "requestForPayment";
        Input.DeliveredOn = DateOnly.FromDateTime(DateTime.UtcNow);
        return Page();
    }

    public Task<IActionResult> OnPostDetailsAsync(CancellationToken ct) => Change("Draft saved", () =>
        edit.UpdateAsync(Id, Input.Version, new(Input.Narrative ?? "", Input.Kind), ct), ct);

    public Task<IActionResult> OnPostLineAsync(Guid lineId, CancellationToken ct) => Change("Line changed", () =>
        edit.EditLineAsync(Id, lineId, Input.Version, new(Input.Description, Amount(Input.Net, "net"), Input.Reason, Rate()), ct), ct);

    public Task<IActionResult> OnPostRemoveLineAsync(Guid lineId, CancellationToken ct) => Change("Line removed; its work is unbilled again", () =>
        edit.RemoveLineAsync(Id, lineId, Input.Version, ct), ct);

    public Task<IActionResult> OnPostWriteOffAsync(Guid lineId, CancellationToken ct) => Change("Line written off", () =>
        edit.WriteOffLineAsync(Id, lineId, Input.Version, new(Input.Reason ?? ""), ct), ct);

    public Task<IActionResult> OnPostAddLineAsync(CancellationToken ct) => Change("Line added", () =>
        edit.AddLineAsync(Id, Input.Version, new(Input.LineKind ?? "fee", Input.Description ?? "", Amount(Input.Net, "net") ?? 0, Rate()), ct), ct);

    public Task<IActionResult> OnPostDiscountAsync(CancellationToken ct) => Change("Discount added", () =>
        edit.DiscountAsync(Id, Input.Version, new((int)Math.Round((Input.Percent ?? 0) * 100), Input.Reason ?? ""), ct), ct);

    public Task<IActionResult> OnPostDeleteAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        var bill = await get.LoadAsync(Id, ct);
        await edit.DeleteDraftAsync(Id, Input.Version, ct);
        Flash("Draft deleted; its work is unbilled again");
        return Redirect($"/matters/{bill.MatterId}");
    }, () => LoadAsync(ct));

    public Task<IActionResult> OnPostDeliverAsync(CancellationToken ct) => Change("Delivery recorded", () =>
        deliver.HandleAsync(Id, new(Input.DeliveredOn, Input.Method), ct), ct);

    private Task<IActionResult> Change(string done, Func<Task> change, CancellationToken ct) => SubmitAsync(async () =>
    {
        await change();
        Flash(done);
        return Redirect($"/bills/{Id}");
    }, () => LoadAsync(ct));

    private static long? Amount(string? pounds, string field) => string.IsNullOrWhiteSpace(pounds) ? null
        : BillDisplay.ParsePounds(pounds) ?? throw new RequestValidationException(field, "Enter an amount in pounds and pence, like 125.50.");

    private int? Rate() => Input.VatRate is { } r ? (int)Math.Round(r * 100) : null;

    private async Task LoadAsync(CancellationToken ct)
    {
        Bill = await get.HandleAsync(Id, ct);
        CreditNotes = (await creditNotes.ListAsync(Id, null, 200, null, ct)).Items;
    }

    public sealed class InputModel
    {
        public int? Version { get; set; }
        public string? Narrative { get; set; }
        public string? Kind { get; set; }
        public string? LineKind { get; set; }
        public string? Description { get; set; }
        public string? Net { get; set; }
        public decimal? VatRate { get; set; }
        public decimal? Percent { get; set; }
        public string? Reason { get; set; }
        public DateOnly? DeliveredOn { get; set; }
        public string? Method { get; set; }
    }
}
