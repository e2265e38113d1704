using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CaseTrak.Web.Features.Shared;

/// <summary>
/// Marks a field that has an error: Tabler's red border, <c>aria-invalid</c>, and <c>aria-describedby</c>
/// pointing at the message, so screen readers read the error with the field (WCAG 3.3.1).
/// </summary>
[HtmlTargetElement("input", Attributes = ForAttribute)]
[HtmlTargetElement("select", Attributes = ForAttribute)]
[HtmlTargetElement("textarea", Attributes = ForAttribute)]
public sealed class InvalidFieldTagHelper : TagHelper
{
    private const string ForAttribute = "asp-for";

    // After the framework's helpers have written id and name.
    public override int Order => 100;

    [HtmlAttributeName(ForAttribute)]
    public ModelExpression For { get; set; } = null!;

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (!FieldErrorTagHelper.HasErrors(ViewContext, For.Name))
            return;
        output.AddClass("is-invalid", HtmlEncoder.Default);
        output.Attributes.SetAttribute("aria-invalid", "true");
        var describedBy = output.Attributes.TryGetAttribute("aria-describedby", out var existing) ? existing.Value + " " : "";
        output.Attributes.SetAttribute("aria-describedby", describedBy + FieldErrorTagHelper.ErrorId(For.Name));
    }
}

/// <summary><c>&lt;field-error for="Input.Email" /&gt;</c>: the message beside the field, only when there is one.</summary>
[HtmlTargetElement("field-error", Attributes = "for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldErrorTagHelper : TagHelper
{
    public string For { get; set; } = "";

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public static string ErrorId(string key) => FormErrors.IdFor(key) + "-error";

    public static bool HasErrors(ViewContext view, string key) =>
        view.ViewData.ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (!ViewContext.ViewData.ModelState.TryGetValue(For, out var entry) || entry.Errors.Count == 0)
        {
            output.SuppressOutput();
            return;
        }
        output.TagName = "p";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("id", ErrorId(For));
        output.Attributes.SetAttribute("class", "invalid-feedback d-block field-error");
        output.Content.AppendHtml("<span class=\"visually-hidden\">Error: </span>");
        output.Content.Append(string.Join(" ", entry.Errors.Select(e => e.ErrorMessage)));
    }
}
