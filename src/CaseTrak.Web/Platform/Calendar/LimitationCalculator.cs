using System.Globalization;

namespace CaseTrak.Web.Platform.Calendar;

public enum LimitationBasis { Contract, Tort, PersonalInjury, Defamation, Deed, RecoveryOfLand, LatentDamage, UnfairDismissal, InheritanceAct }

/// <param name="AccrualDate">When the cause of action accrued; the effective date of termination (unfair dismissal); the grant (Inheritance Act).</param>
public sealed record LimitationInput(LimitationBasis Basis, DateOnly AccrualDate, DateOnly? KnowledgeDate = null,
    DateOnly? ClaimantDateOfBirth = null, int? AcasCertificateDays = null);

/// <summary>The last day to issue, with one line of working per step (UK-RULES.md, Dates: every calculation shows it).</summary>
public sealed record LimitationResult(DateOnly Date, IReadOnlyList<string> Working);

/// <summary>
/// Limitation Act 1980 periods (and the two statutory employment and family periods the firm also tracks).
/// A period "from" a date excludes that day, so it ends on the anniversary; where the anniversary does not
/// exist (29 February, the 31st) it ends on the last day of that month.
/// </summary>
public static class LimitationCalculator
{
    public static LimitationResult Calculate(LimitationInput input)
    {
        var working = new List<string>();
        var date = input.Basis switch
        {
            LimitationBasis.Contract => Years(input, 6, "contract (s.5)", working),
            LimitationBasis.Tort => Years(input, 6, "tort (s.2)", working),
            LimitationBasis.Defamation => Years(input, 1, "defamation (s.4A)", working),
            LimitationBasis.Deed => Years(input, 12, "an action on a deed (s.8)", working),
            LimitationBasis.RecoveryOfLand => Years(input, 12, "recovery of land (s.15)", working),
            LimitationBasis.PersonalInjury => PersonalInjury(input, working),
            LimitationBasis.LatentDamage => LatentDamage(input, working),
            LimitationBasis.UnfairDismissal => UnfairDismissal(input, working),
            LimitationBasis.InheritanceAct => InheritanceAct(input, working),
            _ => throw new ArgumentOutOfRangeException(nameof(input), input.Basis, "Unknown limitation basis."),
        };
        working.Add($"Limitation date: {Show(date)} (the last day to issue the claim).");
        return new(date, working);
    }

    private static DateOnly Years(LimitationInput input, int years, string what, List<string> working)
    {
        working.Add($"Basis: {what}, {Plural(years, "year")} from accrual (Limitation Act 1980).");
        working.Add($"The cause of action accrued on {Show(input.AccrualDate)}.");
        var start = ChildStart(input, input.AccrualDate, working);
        return AddYears(start, years, working);
    }

    private static DateOnly PersonalInjury(LimitationInput input, List<string> working)
    {
        working.Add("Basis: personal injury (s.11), 3 years from the later of accrual and the date of knowledge (s.14).");
        working.Add($"The cause of action accrued on {Show(input.AccrualDate)}.");
        var start = input.AccrualDate;
        if (input.KnowledgeDate is { } knowledge && knowledge > start)
        {
            working.Add($"The claimant's date of knowledge, {Show(knowledge)}, is later, so time runs from it.");
            start = knowledge;
        }
        start = ChildStart(input, start, working);
        return AddYears(start, 3, working);
    }

    private static DateOnly LatentDamage(LimitationInput input, List<string> working)
    {
        working.Add("Basis: latent damage in negligence (s.14A), the later of 6 years from accrual and 3 years from knowledge, never beyond the 15-year longstop (s.14B).");
        working.Add($"The cause of action accrued on {Show(input.AccrualDate)}.");
        var primary = AddYears(ChildStart(input, input.AccrualDate, working), 6, working);
        var date = primary;
        if (input.KnowledgeDate is { } knowledge)
        {
            working.Add($"The claimant's date of knowledge is {Show(knowledge)}.");
            var fromKnowledge = AddYears(ChildStart(input, knowledge, working), 3, working);
            date = fromKnowledge > primary ? fromKnowledge : primary;
            working.Add($"The later of {Show(primary)} and {Show(fromKnowledge)} is {Show(date)}.");
        }
        var longstop = input.AccrualDate.AddYears(15);
        working.Add($"The longstop is 15 years from {Show(input.AccrualDate)}: {Show(longstop)}.");
        if (date > longstop)
        {
            working.Add($"{Show(date)} is after the longstop, so the longstop applies.");
            date = longstop;
        }
        return date;
    }

    private static DateOnly UnfairDismissal(LimitationInput input, List<string> working)
    {
        var edt = input.AccrualDate;
        working.Add("Basis: unfair dismissal (Employment Rights Act 1996 s.111), 3 months less one day from the effective date of termination.");
        working.Add($"The effective date of termination is {Show(edt)}.");
        var target = edt.AddMonths(3);
        DateOnly date;
        if (target.Day < edt.Day)
        {
            // No corresponding day in the third month (e.g. 31 January → April): the period ends on that month's last day.
            date = target;
            working.Add($"There is no {Ordinal(edt.Day)} in {target.ToString("MMMM yyyy", CultureInfo.InvariantCulture)}, so 3 months less one day ends on its last day, {Show(date)}.");
        }
        else
        {
            date = target.AddDays(-1);
            working.Add($"3 months from {Show(edt)} is {Show(target)}; one day less is {Show(date)}.");
        }
        if (input.AcasCertificateDays is > 0 and var days)
        {
            date = date.AddDays(days);
            working.Add($"ACAS early conciliation adds {Plural(days, "day")}: {Show(date)}.");
        }
        return date;
    }

    private static DateOnly InheritanceAct(LimitationInput input, List<string> working)
    {
        working.Add("Basis: a claim under the Inheritance (Provision for Family and Dependants) Act 1975 (s.4), 6 months from the grant of representation.");
        working.Add($"The grant was taken out on {Show(input.AccrualDate)}.");
        var date = input.AccrualDate.AddMonths(6);
        working.Add($"6 months from {Show(input.AccrualDate)} is {Show(date)}{(date.Day < input.AccrualDate.Day ? " (the last day of that month)" : "")}.");
        return date;
    }

    /// <summary>
    /// Time does not run against a child (s.28): it starts on the 18th birthday. Someone born on 29 February is
    /// taken to turn 18 on 28 February in a common year: the earlier reading, so the deadline errs on the safe side.
    /// </summary>
    private static DateOnly ChildStart(LimitationInput input, DateOnly from, List<string> working)
    {
        if (input.ClaimantDateOfBirth is not { } birth)
            return from;
        var eighteenth = birth.AddYears(18);
        if (eighteenth <= from)
            return from;
        working.Add($"The claimant (born {Show(birth)}) was under 18 on {Show(from)}, so time runs from the 18th birthday, {Show(eighteenth)} (s.28).");
        return eighteenth;
    }

    private static DateOnly AddYears(DateOnly from, int years, List<string> working)
    {
        var date = from.AddYears(years);
        var note = date.Day < from.Day ? $" (there is no {Ordinal(from.Day)} of {from.ToString("MMMM", CultureInfo.InvariantCulture)} in {date.Year}, so the last day of the month)" : "";
        working.Add($"{Plural(years, "year")} from {Show(from)} is {Show(date)}{note}.");
        return date;
    }

    // Fixed names: ICU's en-GB abbreviates September as "Sept"; UI.md shows "26 Nov 2026".
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    private static string Show(DateOnly d) => $"{d.Day} {Months[d.Month - 1]} {d.Year}";
    private static string Plural(int n, string unit) => n == 1 ? $"1 {unit}" : $"{n} {unit}s";
    private static string Ordinal(int day) => day + (day is 11 or 12 or 13 ? "th" : (day % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });
}
