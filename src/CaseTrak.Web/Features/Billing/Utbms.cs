using System.Collections.Frozen;

namespace CaseTrak.Web.Features.Billing;

/// <summary>One UTBMS code; <see cref="Phase"/> is the phase code (L100…) of a litigation task, else null.</summary>
public sealed record UtbmsCode(string Code, string Name, string? Phase);

/// <summary>
/// The ABA Uniform Task-Based Management System codes used in LEDES bills, shipped as data: the litigation code
/// set (five phases and their tasks), the activity codes A101–A111 and the expense codes E101–E124, with their
/// published names. Immutable; look-ups are case-insensitive.
/// </summary>
public static class Utbms
{
    /// <summary>The five litigation phases (L100, L200 … L500). They group tasks; a line is coded with a task.</summary>
    public static IReadOnlyList<UtbmsCode> Phases { get; } = Array.AsReadOnly<UtbmsCode>(
    [
        new("L100", "Case Assessment, Development and Administration", null),
        new("L200", "Pre-Trial Pleadings and Motions", null),
        new("L300", "Discovery", null),
        new("L400", "Trial Preparation and Trial", null),
        new("L500", "Appeal", null),
    ]);

    /// <summary>The litigation task codes, each with its phase.</summary>
    public static IReadOnlyList<UtbmsCode> TaskCodes { get; } = Array.AsReadOnly<UtbmsCode>(
    [
        new("L110", "Fact Investigation/Development", "L100"),
        new("L120", "Analysis/Strategy", "L100"),
        new("L130", "Experts/Consultants", "L100"),
        new("L140", "Document/File Management", "L100"),
        new("L150", "Budgeting", "L100"),
        new("L160", "Settlement/Non-Binding ADR", "L100"),
        new("L190", "Other Case Assessment, Development and Administration", "L100"),
        new("L210", "Pleadings", "L200"),
        new("L220", "Preliminary Injunctions/Provisional Remedies", "L200"),
        new("L230", "Court Mandated Conferences", "L200"),
        new("L240", "Dispositive Motions", "L200"),
        new("L250", "Other Written Motions and Submissions", "L200"),
        new("L260", "Class Action Certification and Notice", "L200"),
        new("L310", "Written Discovery", "L300"),
        new("L320", "Document Production", "L300"),
        new("L330", "Depositions", "L300"),
        new("L340", "Expert Discovery", "L300"),
        new("L350", "Discovery Motions", "L300"),
        new("L410", "Fact Witnesses", "L400"),
        new("L420", "Expert Witnesses", "L400"),
        new("L430", "Written Motions and Submissions", "L400"),
        new("L440", "Other Trial Preparation and Support", "L400"),
        new("L450", "Trial and Hearing Attendance", "L400"),
        new("L460", "Post-Trial Motions and Submissions", "L400"),
        new("L470", "Enforcement", "L400"),
        new("L510", "Appellate Motions and Submissions", "L500"),
        new("L520", "Appellate Briefs", "L500"),
        new("L530", "Oral Argument", "L500"),
    ]);

    public static IReadOnlyList<UtbmsCode> ActivityCodes { get; } = Array.AsReadOnly<UtbmsCode>(
    [
        new("A101", "Plan and prepare for", null),
        new("A102", "Research", null),
        new("A103", "Draft/revise", null),
        new("A104", "Review/analyze", null),
        new("A105", "Communicate (in firm)", null),
        new("A106", "Communicate (with client)", null),
        new("A107", "Communicate (other outside counsel)", null),
        new("A108", "Communicate (other external)", null),
        new("A109", "Appear for/attend", null),
        new("A110", "Manage data/files", null),
        new("A111", "Other", null),
    ]);

    public static IReadOnlyList<UtbmsCode> ExpenseCodes { get; } = Array.AsReadOnly<UtbmsCode>(
    [
        new("E101", "Copying", null),
        new("E102", "Outside printing", null),
        new("E103", "Word processing", null),
        new("E104", "Facsimile", null),
        new("E105", "Telephone", null),
        new("E106", "Online research", null),
        new("E107", "Delivery services/messengers", null),
        new("E108", "Postage", null),
        new("E109", "Local travel", null),
        new("E110", "Out-of-town travel", null),
        new("E111", "Meals", null),
        new("E112", "Court fees", null),
        new("E113", "Subpoena fees", null),
        new("E114", "Witness fees", null),
        new("E115", "Deposition transcripts", null),
        new("E116", "Trial transcripts", null),
        new("E117", "Trial exhibits", null),
        new("E118", "Litigation support vendors", null),
        new("E119", "Experts", null),
        new("E120", "Private investigators", null),
        new("E121", "Arbitrators/mediators", null),
        new("E122", "Local counsel", null),
        new("E123", "Other professionals", null),
        new("E124", "Other", null),
    ]);

    private static readonly FrozenDictionary<string, UtbmsCode> ByCode =
        Phases.Concat(TaskCodes).Concat(ActivityCodes).Concat(ExpenseCodes)
            .ToFrozenDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);

    /// <summary>A litigation task code (L110…L530); phase codes are not task codes.</summary>
    public static bool IsTaskCode(string? code) => Find(code) is { Phase: not null };

    public static bool IsActivityCode(string? code) => Find(code) is { } c && c.Code[0] == 'A';

    public static bool IsExpenseCode(string? code) => Find(code) is { } c && c.Code[0] == 'E';

    /// <summary>Any UTBMS code (phase, task, activity or expense) by its code, or null.</summary>
    public static UtbmsCode? Find(string? code) =>
        code is not null && ByCode.TryGetValue(code.Trim(), out var found) ? found : null;
}
