using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseTrak.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// The database itself refuses to change or remove ledger rows (SRA Accounts Rules 8.1: corrections are
    /// reversing entries). Hand-written, without a model snapshot: it only adds triggers.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261127235900_LedgerAppendOnly")]
    public partial class LedgerAppendOnly : Migration
    {
        private static readonly string[] Tables = ["ledger_journals", "ledger_entries"];

        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var table in Tables)
            {
                migrationBuilder.Sql($"""
                    CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table}
                    BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END;
                    """);
                migrationBuilder.Sql($"""
                    CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
                    BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END;
                    """);
            }
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in Tables)
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {table}_no_update;");
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {table}_no_delete;");
            }
        }
    }
}
