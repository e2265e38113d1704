using System.Text;

namespace CaseTrak.Bench.Load;

/// <summary>A temporary wrk Lua script that sends each request to a random path of a fixed list.</summary>
public sealed class RandomPathScript : IDisposable
{
    private RandomPathScript(string path) => Path = path;

    public string Path { get; }

    public static RandomPathScript Write(IReadOnlyList<string> paths)
    {
        var file = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"casetrak-wrk-{Guid.NewGuid():N}.lua");
        var lua = new StringBuilder("local paths = {\n");
        foreach (var p in paths)
            lua.Append("  \"").Append(p.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append("\",\n");
        lua.Append("}\n");
        // Each wrk thread has its own Lua state: seed each differently so threads do not walk the same sequence.
        lua.Append("setup = function(thread) thread:set(\"seed\", math.random(1, 1000000)) end\n");
        lua.Append("init = function(args) math.randomseed(seed or os.time()) end\n");
        lua.Append("request = function() return wrk.format(\"GET\", paths[math.random(#paths)]) end\n");
        File.WriteAllText(file, lua.ToString());
        return new RandomPathScript(file);
    }

    public void Dispose() => File.Delete(Path);
}
