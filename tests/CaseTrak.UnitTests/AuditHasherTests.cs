using CaseTrak.Web.Platform.Audit;

namespace CaseTrak.UnitTests;

public sealed class AuditHasherTests
{
    [Fact]
    public void Instants_are_truncated_to_the_microseconds_PostgreSQL_keeps()
    {
        var at = new DateTime(2026, 11, 26, 10, 0, 0, DateTimeKind.Utc).AddTicks(1234567);
        Assert.Equal(new DateTime(2026, 11, 26, 10, 0, 0, DateTimeKind.Utc).AddTicks(1234560), AuditHasher.Truncate(at));
    }
}
