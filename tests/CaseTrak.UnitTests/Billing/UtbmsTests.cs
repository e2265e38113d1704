using CaseTrak.Web.Features.Billing;

namespace CaseTrak.UnitTests.Billing;

public sealed class UtbmsTests
{
    [Fact]
    public void The_code_sets_have_the_published_sizes_and_unique_codes()
    {
        Assert.Equal(28, Utbms.TaskCodes.Count);
        Assert.Equal(11, Utbms.ActivityCodes.Count);
        Assert.Equal(24, Utbms.ExpenseCodes.Count);
        var all = Utbms.Phases.Concat(Utbms.TaskCodes).Concat(Utbms.ActivityCodes).Concat(Utbms.ExpenseCodes).Select(c => c.Code).ToList();
        Assert.Equal(all.Count, all.Distinct().Count());
    }

    [Theory]
    [InlineData("L110", true)]
    [InlineData("l240", true)]
    [InlineData("L530", true)]
    [InlineData("L100", false)]
    [InlineData("A103", false)]
    [InlineData("L999", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Task_codes_are_the_litigation_tasks(string? code, bool expected) => Assert.Equal(expected, Utbms.IsTaskCode(code));

    [Fact]
    public void Each_task_belongs_to_its_phase()
    {
        Assert.All(Utbms.TaskCodes, t => Assert.Equal(t.Code[..2] + "00", t.Phase));
        Assert.Equal("Dispositive Motions", Utbms.Find("L240")!.Name);
        Assert.Equal("Appear for/attend", Utbms.Find("A109")!.Name);
        Assert.Equal("Deposition transcripts", Utbms.Find("E115")!.Name);
        Assert.True(Utbms.IsActivityCode("a111") && Utbms.IsExpenseCode("E124") && !Utbms.IsExpenseCode("A101"));
    }
}
