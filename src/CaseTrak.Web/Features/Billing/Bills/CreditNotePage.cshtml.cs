using CaseTrak.Web.Features.Shared;
using CaseTrak.Web.Platform.Errors;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.Billing;

/// <summary>Issuing a credit note against a final bill: everything left, or chosen amounts per line.</summary>
public sealed class CreditNotePageModel(GetBillHandler get, IssueCreditNoteHandler issue) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();

    public BillDto Bill { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        try
        {
            Bill = await get.HandleAsync(Id, ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        return Bill.Status == InvoiceStatus.Final ? Page() : Redirect($"/bills/{Id}");
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        var lines = new List<CreditLineRequest>();
        if (!Input.Full)
            foreach (var (lineId, text) in Input.Amounts.Where(a => !string.IsNullOrWhiteSpace(a.Value)))
                lines.Add(new(lineId, BillDisplay.ParsePounds(text) ?? throw new RequestValidationException("amounts", "Enter each amount in pounds and pence, like 125.50.")));
        if (!Input.Full && lines.Count == 0)
            throw new RequestValidationException("amounts", "Enter an amount against at least one line, or choose to credit everything left.");
        var request = new IssueCreditNoteRequest(Input.Reason ?? "", lines);
        Check(request);
        EnsureValid();
        await issue.HandleAsync(Id, request, ct);
        Flash("Credit note issued");
        return Redirect($"/bills/{Id}");
    }, async () => Bill = await get.HandleAsync(Id, ct));

    public sealed class InputModel
    {
        public string? Reason { get; set; }
        public bool Full { get; set; }
        public Dictionary<Guid, string?> Amounts { get; set; } = [];
    }
}
