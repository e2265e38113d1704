using FsCheck;
using FsCheck.Fluent;

namespace CaseTrak.IntegrationTests.ClientMoney.Properties;

public enum MoneyOpKind { Receipt, RequestPayment, ApprovePayment, Transfer, Reverse }

/// <summary>One step of a random sequence: on matter 0 or 1 (a transfer goes to the other), an amount in pence, and which earlier item it picks.</summary>
public sealed record MoneyOp(MoneyOpKind Kind, int Matter, long AmountMinor, int Pick)
{
    public override string ToString() => $"{Kind}(matter {Matter}, {AmountMinor}p, pick {Pick})";
}

/// <summary>FsCheck generators: sequences of receipts, payment requests and approvals, transfers between two matters and reversals.</summary>
public static class MoneyOperations
{
    private static readonly MoneyOpKind[] Weighted =
    [
        MoneyOpKind.Receipt, MoneyOpKind.Receipt, MoneyOpKind.Receipt, MoneyOpKind.RequestPayment, MoneyOpKind.RequestPayment,
        MoneyOpKind.ApprovePayment, MoneyOpKind.ApprovePayment, MoneyOpKind.Transfer, MoneyOpKind.Transfer, MoneyOpKind.Reverse, MoneyOpKind.Reverse,
    ];

    public static Gen<MoneyOp> Op =>
        from kind in Gen.Elements(Weighted)
        from matter in Gen.Choose(0, 1)
        from pounds in Gen.Choose(1, 900)
        from pence in Gen.Elements(0, 0, 50, 99)
        from pick in Gen.Choose(0, 9)
        select new MoneyOp(kind, matter, pounds * 100L + pence, pick);

    public static Arbitrary<MoneyOp[]> Sequences(int length) => Arb.From(Op.ArrayOf(length));
}
