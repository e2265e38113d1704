using CaseTrak.Web.Platform.Data;

namespace CaseTrak.Web.Features.Matters;

public enum CustomFieldType { Text, Number, Date, Choice }

/// <summary>A firm's kind of work (conveyancing, litigation, …), with its own custom fields.</summary>
public sealed class PracticeArea : FirmOwnedEntity
{
    public required string Name { get; set; }
    public bool Active { get; set; } = true;
}

public sealed class CustomFieldDefinition : FirmOwnedEntity
{
    public Guid PracticeAreaId { get; init; }
    /// <summary>Stable key used in the matter's JSON, e.g. "propertyAddress".</summary>
    public required string Key { get; init; }
    public required string Label { get; set; }
    public CustomFieldType Type { get; init; }
    public bool Required { get; set; }
    /// <summary>For choice fields: the allowed values, one per line.</summary>
    public string? Choices { get; set; }
    public int Order { get; set; }
}
