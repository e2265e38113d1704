using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseTrak.Migrations.Postgres.Migrations
{
    /// <summary>
    /// The database itself refuses to change, remove or truncate ledger rows (SRA Accounts Rules 8.1: corrections
    /// are reversing entries). Hand-written, without a model snapshot: it only adds triggers.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261127235900_LedgerAppendOnly")]
    public partial class LedgerAppendOnly : Migration
    {
        private static readonly string[] Tables = ["ledger_journals", "ledger_entries"];

        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
                END $$;
                """);
            foreach (var table in Tables)
            {
                migrationBuilder.Sql($"""
                    CREATE TRIGGER {table}_no_update_delete BEFORE UPDATE OR DELETE ON {table}
                    FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
                    """);
                migrationBuilder.Sql($"""
                    CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table}
                    FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only();
                    """);
            }
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in Tables)
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table};");
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {table}_no_update_delete ON {table};");
            }
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS ledger_append_only();");
        }
    }
}
