using CaseTrak.IntegrationTests.Matters;
using CaseTrak.Web.Features.ClientMoney;
using Microsoft.EntityFrameworkCore;
using static CaseTrak.IntegrationTests.ClientMoney.Reconciliations.ReconciliationWorld;

namespace CaseTrak.IntegrationTests.ClientMoney.Reconciliations;

public sealed class StatementImportTests(TestApp app)
{
    [Fact]
    public async Task An_ofx_statement_in_the_sgml_form_of_version_1_is_imported_and_matched()
    {
        var world = await CreateAsync(app);
        var matter = await world.MatterAsync();
        await world.ReceiveAsync(matter, 1_250_50, daysAgo: 7);
        await world.PayAsync(matter, 200_00, daysAgo: 3);
        var started = await world.StartAsync(1_050_50);
        var ofx = $"""
            OFXHEADER:100
            DATA:OFXSGML
            VERSION:102

            <OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>GBP<BANKTRANLIST><DTSTART>{OfxDate(30)}<DTEND>{OfxDate(1)}
            <STMTTRN><TRNTYPE>CREDIT<DTPOSTED>{OfxDate(7)}120000[0:GMT]<TRNAMT>1250.50<FITID>9001<NAME>J SMITH &amp; CO<MEMO>Deposit</STMTTRN>
            <STMTTRN><TRNTYPE>DEBIT<DTPOSTED>{OfxDate(2)}<TRNAMT>-200.00<FITID>9002<NAME>LAND REGISTRY</STMTTRN>
            </BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>
            """;

        var result = await ImportAsync(world.Firm.Admin, started.Id(), "statement.ofx", ofx).ExpectJsonAsync(200);

        Assert.Equal((2, 2), (result.GetProperty("imported").GetInt32(), result.GetProperty("matched").GetInt32()));
        var lines = result.GetProperty("reconciliation").GetProperty("statementLines").EnumerateArray().ToList();
        Assert.Equal("J SMITH & CO — Deposit", lines[0].Str("description"));
        Assert.Equal(-200_00, lines[1].GetProperty("amountMinor").GetInt64());
        Assert.True(result.GetProperty("reconciliation").GetProperty("balanced").GetBoolean());
    }

    [Fact]
    public async Task An_ofx_statement_in_the_xml_form_of_version_2_is_imported_and_matched()
    {
        var world = await CreateAsync(app);
        var matter = await world.MatterAsync();
        await world.ReceiveAsync(matter, 75_00, daysAgo: 5, reference: "INV-77");
        var started = await world.StartAsync(75_00);
        var ofx = $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <?OFX OFXHEADER="200" VERSION="220" SECURITY="NONE" OLDFILEUID="NONE" NEWFILEUID="NONE"?>
            <OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><BANKTRANLIST>
              <STMTTRN>
                <TRNTYPE>CREDIT</TRNTYPE>
                <DTPOSTED>{OfxDate(4)}</DTPOSTED>
                <TRNAMT>75.00</TRNAMT>
                <FITID>X-1</FITID>
                <NAME>Payment INV-77</NAME>
              </STMTTRN>
            </BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>
            """;

        var result = await ImportAsync(world.Firm.Admin, started.Id(), "download.xml", ofx).ExpectJsonAsync(200);

        Assert.Equal(1, result.GetProperty("matched").GetInt32());
        var line = result.GetProperty("reconciliation").GetProperty("statementLines").EnumerateArray().Single();
        Assert.Equal("auto", line.Str("matchKind"));
        Assert.Equal(Iso(4), line.Str("date"));
        Assert.True(result.GetProperty("reconciliation").GetProperty("balanced").GetBoolean());
    }

    [Fact]
    public async Task The_csv_mapping_is_saved_on_the_account_and_used_when_the_next_import_sends_none()
    {
        var world = await CreateAsync(app);
        var started = await world.StartAsync(0);
        var paidInOut = new { dateColumn = "1", descriptionColumn = "2", paidInColumn = "3", paidOutColumn = "4", dateFormat = "yyyy-MM-dd", hasHeader = "false" };

        await ImportAsync(world.Firm.Admin, started.Id(), "first.csv", $"{Iso(5)},Interest,1.20,\n", paidInOut).ExpectAsync(200);
        var second = await ImportAsync(world.Firm.Admin, started.Id(), "second.csv", $"{Iso(3)},Charge,,1.20\n").ExpectJsonAsync(200);

        Assert.Equal(1, second.GetProperty("imported").GetInt32());
        var amounts = second.GetProperty("reconciliation").GetProperty("statementLines").EnumerateArray().Select(l => l.GetProperty("amountMinor").GetInt64());
        Assert.Equal([1_20L, -1_20L], amounts);
        var saved = await world.Firm.WithDbAsync(db => db.Set<BankAccount>().Where(a => a.Id == world.Account).Select(a => a.StatementCsvMapping).SingleAsync());
        Assert.Equal("yyyy-MM-dd", StatementCsvMapping.FromJson(saved)!.DateFormat);
    }

    [Fact]
    public async Task A_bad_csv_row_is_refused_with_its_row_number_and_nothing_is_saved()
    {
        var world = await CreateAsync(app);
        var started = await world.StartAsync(0);
        var csv = Csv((5, "GOOD", 10_00, null)) + "31/02/2026,\"BAD DATE\",5.00,\n";

        var refused = await ImportAsync(world.Firm.Admin, started.Id(), "bad.csv", csv, SignedAmountMapping).ExpectJsonAsync(422);
        var late = await ImportAsync(world.Firm.Admin, started.Id(), "late.csv", Csv((0, "TODAY", 10_00, null)), SignedAmountMapping).ExpectJsonAsync(422);

        Assert.Equal("statement.bad_row", refused.Code());
        Assert.Contains("Row 3", refused.Str("detail"));
        Assert.Contains("31/02/2026", refused.Str("detail"));
        Assert.Contains("after the statement date", late.Str("detail"));
        Assert.Equal(0, await world.Firm.WithDbAsync(db => db.Set<StatementLine>().CountAsync()));
        Assert.Null(await world.Firm.WithDbAsync(db => db.Set<BankAccount>().Select(a => a.StatementCsvMapping).SingleAsync()));
    }

    [Fact]
    public async Task Importing_the_same_statement_again_skips_the_lines_already_held()
    {
        var world = await CreateAsync(app);
        var started = await world.StartAsync(0);
        var csv = Csv((5, "TRANSFER", 10_00, null), (5, "TRANSFER", 10_00, null), (4, "CHARGE", -20_00, null));
        await ImportAsync(world.Firm.Admin, started.Id(), "s.csv", csv, SignedAmountMapping).ExpectAsync(200);

        var again = await ImportAsync(world.Firm.Admin, started.Id(), "s.csv", csv).ExpectJsonAsync(200);

        Assert.Equal((0, 3), (again.GetProperty("imported").GetInt32(), again.GetProperty("skipped").GetInt32()));
        Assert.Equal(3, await world.Firm.WithDbAsync(db => db.Set<StatementLine>().CountAsync()));
    }
}
