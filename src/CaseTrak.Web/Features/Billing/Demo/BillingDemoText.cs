using static CaseTrak.Web.Features.Matters.Demo.DemoPracticeAreas;

namespace CaseTrak.Web.Features.Billing;

/// <summary>Narratives and disbursements a fee earner in each practice area would really write.</summary>
internal static class BillingDemoText
{
    public static readonly IReadOnlyDictionary<string, (string Code, string Text)[]> Work = new Dictionary<string, (string, string)[]>
    {
        [Conveyancing] =
        [
            ("REV", "Reviewing the draft contract and title documents"), ("DRF", "Drafting report on title to the client"),
            ("COR", "Raising additional enquiries with the seller's solicitors"), ("REV", "Reviewing local authority and drainage search results"),
            ("ATT", "Telephone call with the client about the completion date"), ("DRF", "Preparing the transfer deed and SDLT return"),
            ("COR", "Letter to the lender with the certificate of title"), ("ATT", "Call with the estate agent about the chain"),
        ],
        [Litigation] =
        [
            ("A104", "Reviewing the defence and counterclaim"), ("A103", "Drafting witness statement of the client's operations director"),
            ("A106", "Call with the client about disclosure"), ("A102", "Researching the limitation position on the contract claim"),
            ("A107", "Letter to the defendant's solicitors on the without prejudice offer"), ("A103", "Preparing the trial bundle index"),
            ("A109", "Attending the case management conference"), ("A101", "Preparing for the costs and case management hearing"),
        ],
        [Family] =
        [
            ("ATT", "Meeting with the client to go through Form E"), ("DRF", "Drafting the statement of information for the consent order"),
            ("COR", "Letter to the other side's solicitors on child arrangements"), ("REV", "Reviewing the pension sharing valuation"),
            ("ATT", "Call with the client after the mediation session"), ("DRF", "Preparing the position statement for the FDR"),
        ],
        [PrivateClient] =
        [
            ("ATT", "Meeting with the client to take will instructions"), ("DRF", "Drafting the will and letter of wishes"),
            ("COR", "Writing to banks to value the estate's accounts"), ("DRF", "Preparing the IHT400 and schedules"),
            ("REV", "Reviewing the lasting power of attorney forms"), ("ATT", "Call with the executors about the estate accounts"),
        ],
        [Employment] =
        [
            ("REV", "Reviewing the settlement agreement"), ("ATT", "Advising the client by telephone on the grievance outcome"),
            ("DRF", "Drafting the ET3 grounds of resistance"), ("RES", "Researching the qualifying period for the unfair dismissal claim"),
            ("COR", "Letter to ACAS about early conciliation"), ("DRF", "Drafting the schedule of loss"),
        ],
    };

    public static readonly string[] NonBillable =
    [
        "Internal file review with supervisor", "Opening the file and conflict search", "Updating the case management system",
        "Training: practice area update seminar",
    ];

    public static readonly string[] NoCharge = ["Short call with the client about progress", "Chasing letter to the client for documents"];

    public static readonly string[] LitigationTasks = ["L110", "L120", "L160", "L210", "L310", "L330", "L410", "L430"];

    /// <summary>Description, supplier, amount (pence), VAT rate, whether an agent disbursement (all eight HMRC conditions met).</summary>
    public static readonly IReadOnlyDictionary<string, (string Text, string Supplier, long Minor, int Vat, bool Agent)[]> Disbursements =
        new Dictionary<string, (string, string, long, int, bool)[]>
        {
            [Conveyancing] =
            [
                ("Land Registry fee: registration of transfer", "HM Land Registry", 15_000, 0, true), ("Local authority search", "Westminster City Council", 18_450, 0, true),
                ("Drainage and water search", "Thames Water", 6_900, 2000, false), ("Bank transfer fee", "Demo & Co LLP", 4_000, 2000, false),
            ],
            [Litigation] =
            [
                ("Court fee: issue of claim", "HM Courts & Tribunals Service", 45_500, 0, true), ("Court fee: hearing fee", "HM Courts & Tribunals Service", 54_500, 0, true),
                ("Travel to court: rail fare", "Great Western Railway", 8_640, 2000, false), ("Photocopying of trial bundles", "Demo & Co LLP", 12_000, 2000, false),
            ],
            [Family] =
            [
                ("Court fee: Form A application", "HM Courts & Tribunals Service", 31_300, 0, true), ("Process server", "Swift Process Serving Ltd", 9_500, 2000, false),
            ],
            [PrivateClient] =
            [
                ("Probate application fee", "HM Courts & Tribunals Service", 30_000, 0, true), ("Notice to creditors in The Gazette", "The Gazette", 9_360, 2000, false),
            ],
            [Employment] =
            [
                ("Courier: documents to the client", "City Sprint Couriers", 2_850, 2000, false), ("Copying of the hearing bundle", "Demo & Co LLP", 4_500, 2000, false),
            ],
        };
}
