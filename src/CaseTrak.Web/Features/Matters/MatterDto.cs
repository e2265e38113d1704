using System.Text.Json;

namespace CaseTrak.Web.Features.Matters;

public sealed record UserRef(Guid Id, string DisplayName);

/// <summary>One matter as GET /api/v1/matters/{id} answers it; `version` is also the ETag.</summary>
public sealed record MatterDto(
    Guid Id, string Reference, string Title, string? Description, MatterStatus Status,
    Guid ClientId, string ClientName, Guid? PracticeAreaId, string? PracticeAreaName,
    Guid ResponsibleUserId, string ResponsibleUserName, Guid? SupervisingUserId, string? SupervisingUserName,
    Guid ConflictCheckId, long? CostEstimateMinor, string Currency, int CostAlertBp,
    IReadOnlyDictionary<string, JsonElement> CustomFields, IReadOnlyList<UserRef> Team, bool Restricted,
    IReadOnlyList<MatterStatus> AllowedStatuses, DateOnly OpenedOn, DateTime? ClosedAt, DateTime CreatedAt,
    DateTime LastActivityAt, int Version)
{
    public static MatterDto From(Matter m, string? clientName, string? practiceArea, string? responsibleName, string? supervisingName,
        IReadOnlyList<UserRef> team, bool restricted) => new(
        m.Id, m.Reference, m.Title, m.Description, m.Status,
        m.ClientId, clientName ?? "", m.PracticeAreaId, practiceArea,
        m.ResponsibleUserId, responsibleName ?? "",
        m.SupervisingUserId, m.SupervisingUserId is null ? null : supervisingName ?? "",
        m.ConflictCheckId, m.CostEstimateMinor, "GBP", m.CostAlertBp,
        CustomFieldValues.Read(m.CustomFields), team, restricted,
        MatterTransitions.From(m.Status), m.OpenedOn, m.ClosedAt, m.CreatedAt, m.LastActivityAt, m.Version);
}

/// <summary>The allowed status changes (issue 3): closing goes through the close endpoint and its checks.</summary>
public static class MatterTransitions
{
    private static readonly Dictionary<MatterStatus, MatterStatus[]> Allowed = new()
    {
        [MatterStatus.Enquiry] = [MatterStatus.Open, MatterStatus.Closed],
        [MatterStatus.Open] = [MatterStatus.OnHold, MatterStatus.Closed],
        [MatterStatus.OnHold] = [MatterStatus.Open, MatterStatus.Closed],
        [MatterStatus.Closed] = [MatterStatus.Archived, MatterStatus.Open],
        [MatterStatus.Archived] = [],
    };

    public static IReadOnlyList<MatterStatus> From(MatterStatus status) => Allowed[status];

    public static bool IsAllowed(MatterStatus from, MatterStatus to) => Allowed[from].Contains(to);

    public static bool IsClosed(MatterStatus status) => status is MatterStatus.Closed or MatterStatus.Archived;
}
