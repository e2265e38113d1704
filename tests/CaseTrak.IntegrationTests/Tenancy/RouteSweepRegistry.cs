namespace CaseTrak.IntegrationTests.Tenancy;

/// <summary>Real rows of one firm, for filling route parameters.</summary>
public sealed record SweepSample(Guid FirmId, Guid OwnerId, Guid UserId);

/// <summary>How to fill the parameters of one route, and whether its data belongs to a firm.</summary>
public sealed record SweepEntry(bool FirmData, IReadOnlyDictionary<string, string> Values);

/// <summary>
/// Every route with a parameter must appear here, keyed by its pattern as the app declares it. A new route
/// without an entry fails <see cref="RouteSweepTests"/>: add one that fills its parameters from firm A's
/// rows (extend <see cref="SweepSample"/> and <see cref="RouteSweepTests"/>' seeding with the new module's rows).
/// </summary>
public static class RouteSweepRegistry
{
    public static readonly IReadOnlyDictionary<string, Func<SweepSample, SweepEntry>> Entries =
        new Dictionary<string, Func<SweepSample, SweepEntry>>(StringComparer.OrdinalIgnoreCase)
        {
            ["/api/v1/users/{id:guid}"] = s => Firm(("id", s.UserId)),
            ["/settings/users/{id:guid}"] = s => Firm(("id", s.UserId)),

            // Not firm data: the public API description and its browser.
            ["/openapi/{documentName}.json"] = _ => Public(("documentName", "v1")),
            ["/api/docs/{documentName?}"] = _ => Public(("documentName", "v1")),
        };

    private static SweepEntry Firm(params (string Name, Guid Id)[] values) =>
        new(true, values.ToDictionary(v => v.Name, v => v.Id.ToString(), StringComparer.OrdinalIgnoreCase));

    private static SweepEntry Public(params (string Name, string Value)[] values) =>
        new(false, values.ToDictionary(v => v.Name, v => v.Value, StringComparer.OrdinalIgnoreCase));
}
