namespace CaseTrak.Bench.Harness;

/// <summary>The repository root: the nearest folder upwards holding CaseTrak.slnx.</summary>
public static class RepoRoot
{
    public static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "CaseTrak.slnx")))
                    return dir.FullName;
        }
        throw new InvalidOperationException("Run the bench from inside the CaseTrak repository (CaseTrak.slnx not found).");
    }
}
