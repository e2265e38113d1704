using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CaseTrak.Web.Features.Billing;

/// <summary>The fee-arrangement form of the matter tab: stages typed one a line as "Name; amount; VAT %".</summary>
internal static class MatterBillingForms
{
    public static MatterBillingTabModel.InputModel From(FeeArrangementDto a) => new()
    {
        Kind = Matters.ApiEnums.Name(a.Kind), FeeAmount = a.AmountMinor is { } amount ? BillingInput.Pounds(amount) : null,
        TimeUnitMinutes = a.TimeUnitMinutes, ClientMatterReference = a.ClientMatterReference, ArrangementVersion = a.Version,
        Stages = string.Join("\n", a.Stages.Select(s => $"{s.Name}; {BillingInput.Pounds(s.AmountMinor)}; {BillingInput.Percent(s.VatRateBp)}")),
    };

    public static SetFeeArrangementRequest? ArrangementRequest(MatterBillingTabModel.InputModel input, ModelStateDictionary state)
    {
        long? amount = null;
        if (!string.IsNullOrWhiteSpace(input.FeeAmount))
        {
            amount = BillingInput.Pence(input.FeeAmount);
            if (amount is null)
                state.AddModelError("Input.FeeAmount", "Enter the amount in pounds, for example 1500.");
        }
        var stages = new List<FeeStageInput>();
        var lines = (input.Stages ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var (line, number) in lines.Select((l, i) => (l, i + 1)))
        {
            var parts = line.Split(';', StringSplitOptions.TrimEntries);
            var pence = parts.Length >= 2 ? BillingInput.Pence(parts[1]) : null;
            int? vat = parts.Length >= 3 && parts[2].Length > 0 ? BillingInput.BasisPoints(parts[2]) : null;
            if (parts[0].Length == 0 || pence is null || (parts.Length >= 3 && parts[2].Length > 0 && vat is null))
            {
                state.AddModelError("Input.Stages", string.Create(CultureInfo.InvariantCulture,
                    $"Stage line {number}: write the name, the amount and optionally the VAT %, separated by semicolons."));
                continue;
            }
            stages.Add(new FeeStageInput(null, parts[0], pence.Value, vat));
        }
        // A fixed fee typed as stages only: the fee is their sum.
        if (amount is null && stages.Count > 0 && input.Kind == "fixedFee")
            amount = stages.Sum(s => s.AmountMinor);
        return state.IsValid
            ? new SetFeeArrangementRequest(input.Kind ?? "", amount, input.TimeUnitMinutes, input.ClientMatterReference, null, [.. stages])
            : null;
    }
}
