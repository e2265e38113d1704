using CaseTrak.Web.Platform.Data;

namespace CaseTrak.Web.Features.Billing;

/// <summary>Finalising, voiding, payments and credit notes of the demo's bills, and their numbers from the firm counters.</summary>
internal sealed partial class BillingDemoBills
{
    private void Finalise(Invoice bill, DemoBillingMatter m, DateOnly issued)
    {
        var firm = w.FirmRow;
        (bill.IssuedOn, bill.DueOn, bill.DeliveredOn, bill.DeliveryMethod) = (issued, issued.AddDays(s.Settings.PaymentTermsDays), issued, "Email");
        bill.SupplierName = firm.Name;
        bill.SupplierAddress = BillingDemoWorld.Join(firm.AddressLine1, firm.AddressLine2, firm.Town, firm.Postcode);
        (bill.SupplierVatNumber, bill.SupplierSraNumber, bill.RegulatoryStatement) = (firm.VatNumber, firm.SraNumber, s.Settings.RegulatoryStatement);
        (bill.CustomerName, bill.CustomerAddress) = (m.ClientName, m.ClientAddress);
        (bill.FinalisedByUserId, bill.FinalisedAt) = (w.User("partner"), issued.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc));
        if (bill.Kind == InvoiceKind.Invoice)
        {
            bill.TaxPointOn = issued;
            numbering.Add((issued, BillCounters.Invoice, n => (bill.NumberSequence, bill.Number) = (n, BillWork.FormatNumber(s.Settings.InvoicePrefix, n))));
        }
        else
            numbering.Add((issued, BillCounters.RequestForPayment, n => bill.RequestNumber = BillWork.FormatNumber(s.Settings.RequestPrefix, n)));
    }

    /// <summary>Voided a few days after issue: the number stays, the work goes back to work in progress.</summary>
    private void Void(Invoice bill, DateOnly on)
    {
        (bill.Status, bill.VoidReason) = (InvoiceStatus.Void, "Issued with the wrong client reference; the work is billed again on the next bill.");
        (bill.VoidedByUserId, bill.VoidedAt) = (w.User("partner"), on.ToDateTime(new TimeOnly(11, 0), DateTimeKind.Utc));
        foreach (var t in work.Time.Where(t => t.InvoiceId == bill.Id))
            (t.Status, t.InvoiceId) = (WipStatus.Unbilled, null);
        foreach (var d in work.Disbursements.Where(d => d.InvoiceId == bill.Id))
            (d.Status, d.InvoiceId) = (WipStatus.Unbilled, null);
    }

    /// <summary>Most older bills paid, some part paid or unpaid (overdue), a few partly credited; one credited in full; one overpaid.</summary>
    private void Settle()
    {
        var final = Invoices.Where(b => b.Status == InvoiceStatus.Final).OrderBy(b => b.IssuedOn).ToList();
        var fullCredit = final.FirstOrDefault(b => b.Kind == InvoiceKind.Invoice && Age(b) is > 100 and < 200);
        var overpaid = false;
        foreach (var bill in final)
        {
            var age = Age(bill);
            var roll = rng.Next(100);
            var paidOn = bill.IssuedOn!.Value.AddDays(rng.Next(7, 46));
            if (bill == fullCredit)
            {
                Credit(bill, bill.IssuedOn.Value.AddDays(20), "Fees waived in full following a service complaint.", full: true);
                continue;
            }
            var outcome = age > 60 ? (roll < 78 ? "paid" : roll < 86 ? "part" : roll < 93 ? "unpaid" : "credit")
                : age > 30 ? (roll < 50 ? "paid" : roll < 70 ? "part" : "unpaid")
                : roll < 20 ? "paid" : "unpaid";
            if (paidOn > w.Today)
                outcome = "unpaid";
            if (outcome == "credit" && bill.Kind == InvoiceKind.RequestForPayment)
                outcome = "paid"; // a request for payment is not a VAT invoice: nothing to credit
            if (outcome == "credit")
                Credit(bill, paidOn.AddDays(-3), "Goodwill reduction agreed with the client.", full: false);
            if (outcome is "paid" or "credit")
            {
                var extra = !overpaid && outcome == "paid" && bill.Kind == InvoiceKind.Invoice ? 5_000 : 0;
                overpaid |= extra > 0;
                Pay(bill, bill.TotalMinor - bill.PaidMinor - bill.CreditedMinor, extra, paidOn);
            }
            else if (outcome == "part")
                Pay(bill, (bill.TotalMinor * rng.Next(30, 71) / 100) / 100 * 100, 0, paidOn);
        }
    }

    private int Age(Invoice b) => w.Today.DayNumber - b.IssuedOn!.Value.DayNumber;

    private void Pay(Invoice bill, long allocate, long extra, DateOnly on)
    {
        if (allocate <= 0)
            return;
        var methods = new[] { PaymentMethod.BankTransfer, PaymentMethod.BankTransfer, PaymentMethod.BankTransfer, PaymentMethod.Card, PaymentMethod.Cheque };
        var payment = new OfficePayment
        {
            ClientId = bill.ClientId, ReceivedOn = on, AmountMinor = allocate + extra, AllocatedMinor = allocate, Method = methods[rng.Next(methods.Length)],
            Payer = bill.CustomerName, Reference = extra > 0 ? "Paid £50.00 more than the bill: held for the next bill" : null,
            RecordedByUserId = w.User("cashier"), CreatedAt = on.ToDateTime(new TimeOnly(14, 0), DateTimeKind.Utc), Version = 1,
        };
        Payments.Add(payment);
        Allocations.Add(new PaymentAllocation
        {
            PaymentId = payment.Id, InvoiceId = bill.Id, MatterId = bill.MatterId, AmountMinor = allocate,
            AllocatedByUserId = w.User("cashier"), AllocatedAt = payment.CreatedAt,
        });
        bill.PaidMinor += allocate;
        // A request for payment paid in full becomes a VAT invoice then, numbered and with the payment date as its tax point.
        if (bill.Kind == InvoiceKind.RequestForPayment && bill.PaidMinor == bill.TotalMinor)
        {
            bill.TaxPointOn = on;
            numbering.Add((on, BillCounters.Invoice, n => (bill.NumberSequence, bill.Number) = (n, BillWork.FormatNumber(s.Settings.InvoicePrefix, n))));
        }
    }
}
