namespace CaseTrak.Bench.Seeding;

/// <summary>Deterministic random-looking ids: row i of table t always gets the same Guid, without keeping a list.</summary>
public static class StableIds
{
    public const int Firm = 1, User = 2, PracticeArea = 3, Contact = 4, ContactName = 5, ConflictCheck = 6, Matter = 7, Party = 8,
        TimeEntry = 9, Rate = 10, FeeEarnerProfile = 11, FeeArrangement = 12, Disbursement = 13, BillingSettings = 14,
        BankAccount = 15, LedgerJournal = 16, LedgerEntry = 17, MatterClientBalance = 18, Reconciliation = 19, StatementLine = 20,
        TeamMember = 21, BarrierMember = 22;

    public static Guid For(int table, long index)
    {
        var a = SplitMix((ulong)table << 40 ^ (ulong)index);
        var b = SplitMix(a ^ 0x9E3779B97F4A7C15UL);
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, a);
        BitConverter.TryWriteBytes(bytes[8..], b);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // version 4
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes);
    }

    private static ulong SplitMix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
