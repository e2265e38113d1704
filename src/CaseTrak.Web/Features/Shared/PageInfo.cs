using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace CaseTrak.Web.Features.Shared;

/// <summary>A breadcrumb above the page title; the last crumb (the page itself) has no link.</summary>
public sealed record Crumb(string Text, string? Href = null);

/// <summary>What the layout needs from a page: its title (also the h1) and where it sits.</summary>
public static class PageInfo
{
    private const string TitleKey = "Title";
    private const string CrumbsKey = "Crumbs";

    /// <summary>Sets the title and the crumbs between the dashboard and this page.</summary>
    public static void SetPage(this ViewDataDictionary viewData, string title, params Crumb[] parents)
    {
        viewData[TitleKey] = title;
        viewData[CrumbsKey] = parents;
    }

    public static string Title(this ViewDataDictionary viewData) => viewData[TitleKey] as string ?? "CaseTrak";

    public static IReadOnlyList<Crumb> Crumbs(this ViewDataDictionary viewData) => viewData[CrumbsKey] as Crumb[] ?? [];
}
