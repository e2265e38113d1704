using CaseTrak.Web.Features.Shared;
using CaseTrak.Web.Platform.Errors;
using CaseTrak.Web.Platform.Money;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>What the register pages share: a refusal is the 403 page, a bad filter an error summary, money and dates as people read them.</summary>
public abstract class RegisterPageModel : AppPageModel
{
    /// <summary>Runs the page's reads: a role refusal becomes 403, a bad query the error summary above an empty page.</summary>
    protected async Task<IActionResult> ShowAsync(Func<Task> load)
    {
        try
        {
            await load();
        }
        catch (ForbiddenException)
        {
            return Forbid();
        }
        catch (RequestValidationException e)
        {
            FormErrors.Add(ModelState, e, typeof(object));
        }
        return Page();
    }

    public static string Money(long minor) => MoneyText.Pounds(minor);

    public static string Money(long? minor) => minor is { } m ? MoneyText.Pounds(m) : "";

    public static string Date(DateOnly day) => RegisterDates.Text(day);

    public static string Date(DateOnly? day) => day is { } d ? RegisterDates.Text(d) : "";

    public static string Iso(DateOnly? day) => day is { } d ? RegisterDates.Iso(d) : "";

    public static string Link(string path, params (string Key, string? Value)[] query) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(path, query.Where(q => !string.IsNullOrEmpty(q.Value))
            .Select(q => new KeyValuePair<string, string?>(q.Key, q.Value)));
}
