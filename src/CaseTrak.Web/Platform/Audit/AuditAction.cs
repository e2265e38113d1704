namespace CaseTrak.Web.Platform.Audit;

/// <summary>
/// Every kind of audited event, in numeric blocks per module (DESIGN.md §4). Numbers are stored and
/// hashed: never renumber, only add.
/// </summary>
public enum AuditAction
{
    // 1000 security
    SignedIn = 1000,
    SignInFailed = 1001,
    SignedOut = 1002,
    SignedOutEverywhere = 1003,
    LockedOut = 1004,
    TwoFactorEnabled = 1005,
    TwoFactorDisabled = 1006,
    RecoveryCodesGenerated = 1007,
    PasswordChanged = 1008,
    PasswordReset = 1009,
    PasswordResetRequested = 1010,
    TokenRefreshed = 1011,
    AccessDenied = 1020,

    // 1050 users and firm
    UserCreated = 1050,
    UserInvited = 1051,
    UserRolesChanged = 1052,
    UserDisabled = 1053,
    UserEnabled = 1054,
    UserProfileChanged = 1055,
    InvitationAccepted = 1056,
    FirmCreated = 1080,
    FirmSettingsChanged = 1081,

    // 1090 the audit log itself
    AuditExported = 1090,
    AuditVerified = 1091,

    // 1100 matters
    MatterOpened = 1100,
    MatterUpdated = 1101,
    MatterStatusChanged = 1102,
    MatterClosed = 1103,
    MatterAccessChanged = 1104,
    MatterPartyAdded = 1105,
    MatterPartyRemoved = 1106,
    MatterTeamChanged = 1107,
    MatterNoteAdded = 1108,
    KeyDateAdded = 1109,
    LimitationDateRecorded = 1110,
    UndertakingGiven = 1111,
    UndertakingDischarged = 1112,
    PracticeAreaCreated = 1120,
    CustomFieldDefined = 1121,

    // 1150 contacts and client due diligence
    ContactCreated = 1150,
    ContactUpdated = 1151,
    ContactArchived = 1152,
    ContactUnarchived = 1153,
    ContactDeleted = 1154,
    ContactRelationshipAdded = 1155,
    ContactRelationshipRemoved = 1156,
    ContactNoteAdded = 1157,
    ContactMethodAdded = 1158,
    ClientCodeAssigned = 1159,
    DueDiligenceRecorded = 1160,

    // 1170 conflict checks
    ConflictCheckRun = 1170,
    ConflictCheckDecided = 1171,

    // 1300 billing
    TimeRecorded = 1300,
    TimeUpdated = 1301,
    TimeDeleted = 1302,
    TimeApproved = 1303,
    WipWrittenOff = 1304,
    DisbursementRecorded = 1310,
    DisbursementUpdated = 1311,
    DisbursementDeleted = 1312,
    RateSet = 1320,
    FeeArrangementSet = 1321,
    BillingSettingsChanged = 1322,
    PeriodLocked = 1323,
    FeeEarnerProfileSet = 1324,
    ClientBillingTermsSet = 1325,
    BillDrafted = 1330,
    BillUpdated = 1331,
    BillFinalised = 1332,
    BillVoided = 1333,
    BillDelivered = 1334,
    BillDeleted = 1335,
    BillDownloaded = 1336,
    CreditNoteIssued = 1340,
    PaymentReceived = 1350,
    PaymentAllocated = 1351,
    PaymentRefunded = 1352,
    BillingExported = 1360,
    BillingRunCompleted = 1361,
}

public enum AuditOutcome { Success, Failure, Denied }
