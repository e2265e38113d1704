using System.Collections.Concurrent;
using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CaseTrak.BrowserTests;

/// <summary>
/// One browser context and page for one test. Listens for CSP violations and script errors from the moment
/// the page opens; <see cref="CheckPageAsync"/> saves a full-page screenshot and runs axe. Findings are
/// collected, not thrown at once, so one run walks the whole journey and reports every page's problems;
/// a test ends with <see cref="AssertNoProblems"/>.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private static readonly HashSet<string> BlockingImpacts = ["serious", "critical"];

    // UI.md's bar is WCAG 2.2 AA; running only those rules also keeps axe quick on a busy 2-core machine.
    private static readonly AxeRunOptions WcagAa = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    private readonly IBrowserContext context;
    private readonly Screenshots screenshots;
    private readonly string testName;
    private readonly ConcurrentQueue<string> consoleProblems = new();
    private readonly List<string> accessibilityProblems = [];
    private int step;

    private BrowserSession(IBrowserContext context, IPage page, Screenshots screenshots, string testName)
    {
        this.context = context;
        this.screenshots = screenshots;
        this.testName = testName;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
                consoleProblems.Enqueue($"CSP on {page.Url}: {message.Text}");
        };
        page.PageError += (_, error) => consoleProblems.Enqueue($"Script error on {page.Url}: {error}");
    }

    public IPage Page { get; }

    public IReadOnlyCollection<string> ConsoleProblems => consoleProblems;

    internal static async Task<BrowserSession> OpenAsync(IBrowserContext context, Screenshots screenshots, string testName)
    {
        // Generous: CI shares two cores with the app server and Chromium, and a first request JIT-compiles its page.
        context.SetDefaultTimeout(20_000);
        return new BrowserSession(context, await context.NewPageAsync(), screenshots, testName);
    }

    public async Task CheckPageAsync(string name)
    {
        await Page.WaitForLoadStateAsync(LoadState.Load);
        var path = screenshots.PathFor(testName, ++step, name);
        await Page.ScreenshotAsync(new() { Path = path, FullPage = true });

        var result = await Page.RunAxe(WcagAa);
        var blocking = result.Violations.Where(v => BlockingImpacts.Contains(v.Impact ?? "")).ToList();
        if (blocking.Count > 0)
            accessibilityProblems.Add($"{Page.Url} (screenshot {Path.GetFileName(path)}):\n{Describe(blocking)}");
    }

    /// <summary>Serious or critical axe findings on any checked page, CSP violations or script errors fail the test.</summary>
    public void AssertNoProblems()
    {
        var report = new StringBuilder();
        if (accessibilityProblems.Count > 0)
            report.AppendLine("Accessibility problems (axe, serious or critical):").AppendJoin('\n', accessibilityProblems).AppendLine();
        if (!consoleProblems.IsEmpty)
            report.AppendLine("The browser console reported:").AppendJoin('\n', consoleProblems.Select(p => "- " + p)).AppendLine();
        if (report.Length > 0)
            Assert.Fail(report.ToString());
    }

    private static string Describe(IEnumerable<AxeResultItem> violations)
    {
        var text = new StringBuilder();
        foreach (var v in violations)
        {
            text.Append("- ").Append(v.Impact).Append(' ').Append(v.Id).Append(": ").Append(v.Help).Append(" (").Append(v.HelpUrl).AppendLine(")");
            foreach (var node in v.Nodes.Take(5))
                text.Append("    at ").Append(node.Target).Append("  ").AppendLine(node.Html.Length > 160 ? node.Html[..160] + "…" : node.Html);
        }
        return text.ToString();
    }

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
