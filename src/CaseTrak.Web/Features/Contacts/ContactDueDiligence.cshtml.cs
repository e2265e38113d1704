using System.Text.Json;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.Contacts;

/// <summary>
/// Records client due diligence. The enhanced-check fields sit in a &lt;details&gt; element, so they are
/// there without script; the rules (and their messages) are the API's.
/// </summary>
public sealed class ContactDueDiligenceModel(GetContactHandler get, RecordDueDiligenceHandler record, ListUsersHandler users, TimeProvider clock)
    : AppPageModel
{
    public const int OwnerRows = 4;

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public ContactDto Contact { get; private set; } = null!;

    /// <summary>Partners and MLROs: who may give senior approval.</summary>
    public IReadOnlyList<UserDto> Approvers { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        await LoadAsync(ct);
        Input.Status = Contact.CddStatus == CddStatus.NotStarted ? "inProgress" : Api(Contact.CddStatus);
        Input.VerifiedOn = DateOnly.FromDateTime(Display.ToUk(clock.GetUtcNow().UtcDateTime));
        return Page();
    });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        var contact = await get.LoadAsync(Id, ct);
        EnsureValid();
        CddStatus? status = Parse<CddStatus>(Input.Status);
        if (status is null)
            ModelState.AddModelError("Input.Status", "Choose the due-diligence status.");
        EnsureValid();
        var owners = Input.OwnerNames.Zip(Input.OwnerPercents)
            .Where(o => !string.IsNullOrWhiteSpace(o.First) || o.Second is not null)
            .Select(o => new BeneficialOwnerInput(o.First, null, (int)Math.Round((o.Second ?? 0) * 100)))
            .ToArray();
        var request = new RecordDueDiligenceRequest(status, Input.VerifiedOn, Input.Method, Parse<RiskLevel>(Input.RiskLevel), Input.Pep,
            Input.Reason, Input.EvidenceType, Input.EvidenceNumber, Input.EvidenceExpiresOn, Input.RiskReasons, Input.HighRiskCountry,
            Input.SourceOfFunds, Input.SourceOfWealth, Input.SeniorApprovalByUserId, Input.SeniorApprovalOn, owners, Input.NoBeneficialOwnersReason);
        Check(request);
        EnsureValid();
        await record.HandleAsync(Id, request, ct);
        Flash($"Due diligence recorded for {contact.DisplayName}");
        return Redirect($"/contacts/{Id}#due-diligence");
    }, () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        Contact = await get.HandleAsync(Id, ct);
        var everyone = await users.HandleAsync(new(IncludeDisabled: false, Limit: 200), ct);
        Approvers = everyone.Items.Where(u => u.Roles.Contains(Api(UserRoles.Partner)) || u.Duties.Contains(Api(ComplianceDuties.Mlro))).ToList();
    }

    public static string Api<T>(T value) where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static T? Parse<T>(string? text) where T : struct, Enum =>
        Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) && !text!.Any(char.IsDigit) ? value : null;

    public sealed class InputModel
    {
        public string? Status { get; set; }
        public DateOnly? VerifiedOn { get; set; }
        public string? Method { get; set; }
        public string? EvidenceType { get; set; }
        public string? EvidenceNumber { get; set; }
        public DateOnly? EvidenceExpiresOn { get; set; }
        public string? RiskLevel { get; set; }
        public string? RiskReasons { get; set; }
        public bool Pep { get; set; }
        public bool HighRiskCountry { get; set; }
        public string? SourceOfFunds { get; set; }
        public string? SourceOfWealth { get; set; }
        public Guid? SeniorApprovalByUserId { get; set; }
        public DateOnly? SeniorApprovalOn { get; set; }
        public string?[] OwnerNames { get; set; } = new string?[OwnerRows];
        public decimal?[] OwnerPercents { get; set; } = new decimal?[OwnerRows];
        public string? NoBeneficialOwnersReason { get; set; }
        public string? Reason { get; set; }
    }
}
