namespace CaseTrak.BrowserTests;

/// <summary>Guards the guard: if the console listener missed CSP reports, every other test would pass blindly.</summary>
public sealed class ConsoleListenerTests(BrowserApp app)
{
    [Fact]
    public async Task An_inline_style_is_refused_by_the_CSP_and_reported()
    {
        await using var session = await app.OpenSessionAsync("csp-guard");
        await session.Page.GotoAsync("/signin");

        await session.Page.EvaluateAsync("() => { const s = document.createElement('style'); s.textContent = 'body { color: red; }'; document.head.appendChild(s); }");

        await WaitUntilAsync(() => session.ConsoleProblems.Count > 0);
        Assert.Contains(session.ConsoleProblems, p => p.Contains("Content Security Policy", StringComparison.Ordinal));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 50 && !condition(); i++)
            await Task.Delay(100, TestContext.Current.CancellationToken);
    }
}
