namespace CaseTrak.Web.Platform.Data;

/// <summary>One named, gap-free sequence of a firm (matter references, bill numbers).</summary>
public sealed class FirmCounter
{
    public Guid FirmId { get; init; }
    public required string Name { get; init; }
    public long Value { get; set; }
}
