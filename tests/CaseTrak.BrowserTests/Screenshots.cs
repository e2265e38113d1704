namespace CaseTrak.BrowserTests;

/// <summary>
/// Where page screenshots go: $CASETRAK_TEST_OUTPUT/screenshots when CI sets it (scripts/test.sh), else a
/// folder beside the test binaries. Emptied once per run so every file there belongs to this run.
/// </summary>
public sealed class Screenshots
{
    private Screenshots(string folder) => Folder = folder;

    public string Folder { get; }

    public static Screenshots Create()
    {
        var output = Environment.GetEnvironmentVariable("CASETRAK_TEST_OUTPUT");
        var folder = string.IsNullOrWhiteSpace(output)
            ? Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots")
            : Path.Combine(Path.GetFullPath(output), "screenshots");
        Directory.CreateDirectory(folder);
        foreach (var old in Directory.EnumerateFiles(folder, "*.png"))
            File.Delete(old);
        return new Screenshots(folder);
    }

    public string PathFor(string test, int step, string page) => Path.Combine(Folder, $"{test}-{step:00}-{page}.png");
}
