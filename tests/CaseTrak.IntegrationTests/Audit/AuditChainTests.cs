using System.Data.Common;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Cli;

namespace CaseTrak.IntegrationTests.Audit;

/// <summary>
/// Append-only audit rows and the per-firm hash chain (SECURITY.md "Tampering with history"). These tests
/// share one class so they run one after another: two of them briefly lift the database triggers.
/// </summary>
public sealed class AuditChainTests(TestApp app)
{
    [Fact]
    public async Task The_chain_verifies_after_activity_and_counts_every_event()
    {
        var firm = await ActiveFirmAsync();

        var verify = await firm.Admin.GetAsync("/api/v1/audit/verify").ExpectJsonAsync(200);

        Assert.True(verify.GetProperty("valid").GetBoolean());
        Assert.Equal(JsonValueKind.Null, verify.GetProperty("firstInvalidSeq").ValueKind);
        var events = await firm.AuditAsync();
        Assert.Equal(events.Count, verify.GetProperty("events").GetInt64());
        Assert.Equal(Enumerable.Range(1, events.Count).Select(i => (long)i).Reverse(), events.Select(e => e.GetProperty("seq").GetInt64()));
    }

    [Fact]
    public async Task The_database_refuses_to_update_or_delete_an_audit_row()
    {
        var firm = await ActiveFirmAsync();

        var update = await Record.ExceptionAsync(() => RawSql.ExecuteAsync(app, $"UPDATE audit_events SET details = 'rewritten' WHERE firm_id = {firm.Id}"));
        var delete = await Record.ExceptionAsync(() => RawSql.ExecuteAsync(app, $"DELETE FROM audit_events WHERE firm_id = {firm.Id}"));

        Assert.IsAssignableFrom<DbException>(update);
        Assert.IsAssignableFrom<DbException>(delete);
        Assert.Contains("append-only", update!.Message, StringComparison.Ordinal);
        var verify = await firm.Admin.GetAsync("/api/v1/audit/verify").ExpectJsonAsync(200);
        Assert.True(verify.GetProperty("valid").GetBoolean());
        Assert.DoesNotContain(await firm.AuditAsync(), e => e.GetProperty("details").GetString() == "rewritten");
    }

    [Fact]
    public async Task An_edited_row_is_found_by_verify_and_by_the_operator_command()
    {
        var firm = await ActiveFirmAsync();
        var good = await TestFirm.CreateAsync(app);
        const long edited = 2;

        var changed = await RawSql.BypassingAuditTriggersAsync(app,
            $"UPDATE audit_events SET details = '{{\"roles\":[\"staff\"]}}' WHERE firm_id = {firm.Id} AND seq = {edited}");
        Assert.Equal(1, changed);

        var verify = await firm.Admin.GetAsync("/api/v1/audit/verify").ExpectJsonAsync(200);
        Assert.False(verify.GetProperty("valid").GetBoolean());
        Assert.Equal(edited, verify.GetProperty("firstInvalidSeq").GetInt64());

        var (badExit, badOutput) = await VerifyCommandAsync(firm.Id);
        Assert.Equal(1, badExit);
        Assert.Contains($"seq {edited}", badOutput, StringComparison.Ordinal);
        var (goodExit, goodOutput) = await VerifyCommandAsync(good.Id);
        Assert.Equal(0, goodExit);
        Assert.Contains($"ok      firm {good.Id}", goodOutput, StringComparison.Ordinal);

        // The triggers are back: the next attempt is refused again.
        await Assert.ThrowsAnyAsync<DbException>(() => RawSql.ExecuteAsync(app, $"UPDATE audit_events SET details = NULL WHERE firm_id = {firm.Id}"));
    }

    [Fact]
    public async Task A_deleted_last_row_is_found_by_verify()
    {
        var firm = await ActiveFirmAsync();
        var last = (await firm.AuditAsync())[0].GetProperty("seq").GetInt64();

        var deleted = await RawSql.BypassingAuditTriggersAsync(app, $"DELETE FROM audit_events WHERE firm_id = {firm.Id} AND seq = {last}");
        Assert.Equal(1, deleted);

        var verify = await firm.Admin.GetAsync("/api/v1/audit/verify").ExpectJsonAsync(200);
        Assert.False(verify.GetProperty("valid").GetBoolean());
        Assert.Equal(last, verify.GetProperty("firstInvalidSeq").GetInt64());
        Assert.Equal(last - 1, verify.GetProperty("events").GetInt64());
        var (exit, output) = await VerifyCommandAsync(firm.Id);
        Assert.Equal(1, exit);
        Assert.Contains($"seq {last}", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_firm_create_command_makes_a_firm_whose_owner_can_sign_in()
    {
        var tag = TestFirm.NewTag();
        var email = $"cli-owner-{tag}@{tag}.example.test";
        var password = TestFirm.NewPassword();
        var output = new StringWriter();

        var exit = await OperatorCommands.RunAsync(
            ["firm", "create", "--name", $"Cli {tag} LLP", "--admin-email", email, "--admin-password", password, .. app.SettingsAsArgs()], output);

        Assert.True(exit == 0, output.ToString());
        Assert.Contains($"Cli {tag} LLP", output.ToString(), StringComparison.Ordinal);
        // A new firm requires two-factor for its Owner: right password, then the set-up demand.
        var login = await (await app.LoginAsync(email, password)).ExpectJsonAsync(403);
        Assert.Equal("auth.two_factor_setup_required", login.Code());
        await (await app.LoginAsync(email, password + "x")).ExpectAsync(401);

        var firmId = Guid.Parse(output.ToString().Split('(', ')')[1]);
        await TestFirm.SetTwoFactorPolicyAsync(app, firmId, UserRoles.None);
        var session = await app.SignInAsync(email, password);
        var me = await session.Client.GetAsync("/api/v1/me").ExpectJsonAsync(200);
        Assert.Equal($"Cli {tag} LLP", me.GetProperty("firmName").GetString());
        Assert.Equal(["owner", "admin"], me.GetProperty("roles").Strings());
        var (verifyExit, _) = await VerifyCommandAsync(firmId);
        Assert.Equal(0, verifyExit);
    }

    [Fact]
    public async Task The_firm_create_command_refuses_a_weak_password_and_creates_nothing()
    {
        var tag = TestFirm.NewTag();
        var email = $"cli-weak-{tag}@{tag}.example.test";
        var output = new StringWriter();

        var exit = await OperatorCommands.RunAsync(
            ["firm", "create", "--name", $"Weak {tag} LLP", "--admin-email", email, "--admin-password", "short", .. app.SettingsAsArgs()], output);

        Assert.Equal(2, exit);
        Assert.Contains("12 characters", output.ToString(), StringComparison.Ordinal);
        await (await app.LoginAsync(email, "short")).ExpectAsync(401);
    }

    /// <summary>A firm with a few kinds of events: users added, a failed and a good sign-in, a change.</summary>
    private async Task<TestFirm> ActiveFirmAsync()
    {
        var firm = await TestFirm.CreateAsync(app);
        var staff = await firm.AddUserAsync("staff");
        await (await app.LoginAsync(staff.Email, "not the password")).ExpectAsync(401);
        await firm.SignInAsync(staff);
        var etag = (await firm.Admin.GetAsync($"/api/v1/users/{staff.Id}").ExpectAsync(200)).ETag();
        await firm.Admin.PatchJsonAsync($"/api/v1/users/{staff.Id}", new { displayName = "Renamed " + firm.Tag }, etag).ExpectAsync(200);
        return firm;
    }

    private async Task<(int Exit, string Output)> VerifyCommandAsync(Guid firmId)
    {
        var output = new StringWriter();
        var exit = await OperatorCommands.RunAsync(["audit", "verify", "--firm", firmId.ToString(), .. app.SettingsAsArgs()], output);
        return (exit, output.ToString());
    }
}
