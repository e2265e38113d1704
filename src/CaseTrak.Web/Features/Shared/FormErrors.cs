using System.ComponentModel.DataAnnotations;
using CaseTrak.Web.Platform.Errors;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CaseTrak.Web.Features.Shared;

/// <summary>
/// Pages post into an <c>Input</c> object and hand a request record to the same handler the API uses.
/// The record's DataAnnotations and the handler's refusals become ModelState entries keyed to the form's
/// fields, so the error summary can link to each one.
/// </summary>
public static class FormErrors
{
    public const string Prefix = "Input";

    /// <summary>Handler codes that are about one field rather than the whole form.</summary>
    private static readonly Dictionary<string, string> FieldOfCode = new(StringComparer.Ordinal)
    {
        ["user.email_taken"] = "email",
        ["user.self_demotion"] = "roles",
    };

    /// <summary>Runs the request record's own DataAnnotations: one set of shape rules for page and API.</summary>
    public static void Check(ModelStateDictionary state, object request, Type input)
    {
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(request, new ValidationContext(request), results, validateAllProperties: true))
            return;
        foreach (var result in results)
            foreach (var member in result.MemberNames.DefaultIfEmpty(""))
                state.AddModelError(KeyFor(member, input), result.ErrorMessage ?? "Check this answer.");
    }

    public static void Add(ModelStateDictionary state, RequestValidationException e, Type input)
    {
        foreach (var (field, messages) in e.Errors)
            foreach (var message in messages)
                state.AddModelError(KeyFor(field, input), message);
    }

    public static void Add(ModelStateDictionary state, DomainRuleException e, Type input) =>
        state.AddModelError(FieldOfCode.TryGetValue(e.Code, out var field) ? KeyFor(field, input) : "", e.Message);

    /// <summary>"newPassword" or "NewPassword" becomes "Input.NewPassword" when the form has that field; otherwise a form-level error.</summary>
    public static string KeyFor(string field, Type input)
    {
        if (string.IsNullOrEmpty(field))
            return "";
        var name = char.ToUpperInvariant(field[0]) + field[1..];
        return input.GetProperty(name) is null ? "" : $"{Prefix}.{name}";
    }

    /// <summary>
    /// Where an error belongs in the summary: form-level errors first, then in the order the page's Input
    /// declares its fields (which is the order the form shows them), so the summary reads like the form.
    /// </summary>
    public static int FormOrder(object? page, string key)
    {
        if (string.IsNullOrEmpty(key))
            return -1;
        var input = page?.GetType().GetProperty(Prefix)?.PropertyType;
        var name = key.StartsWith(Prefix + ".", StringComparison.Ordinal) ? key[(Prefix.Length + 1)..] : key;
        var property = input?.GetProperty(name);
        return property is null ? int.MaxValue : property.MetadataToken;
    }

    /// <summary>The id the field's element gets from the tag helpers ("Input.Email" → "Input_Email").</summary>
    public static string IdFor(string key) => key.Replace('.', '_');
}
