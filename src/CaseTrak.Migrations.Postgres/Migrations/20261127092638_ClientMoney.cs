using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseTrak.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ClientMoney : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "balance_returns",
                columns: table => new
                {
                    firm_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    matter_id = table.Column<Guid>(type: "uuid", nullable: false),
                    amount_minor = table.Column<long>(type: "bigint", nullable: false),
                    assigned_to_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    done_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_balance_returns", x => new { x.firm_id, x.id });
                    table.ForeignKey(
                        name: "fk_balance_returns_firms_firm_id",
                        column: x => x.firm_id,
                        principalTable: "firms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_balance_returns_matters_firm_id_matter_id",
                        columns: x => new { x.firm_id, x.matter_id },
                        principalTable: "matters",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_balance_returns_users_firm_id_assigned_to_user_id",
                        columns: x => new { x.firm_id, x.assigned_to_user_id },
                        principalTable: "users",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "bank_accounts",
                columns: table => new
                {
                    firm_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    bank_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    sort_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    account_number = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    opened_on = table.Column<DateOnly>(type: "date", nullable: false),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    suspense_minor = table.Column<long>(type: "bigint", nullable: false),
                    statement_csv_mapping = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    created_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bank_accounts", x => new { x.firm_id, x.id });
                    table.ForeignKey(
                        name: "fk_bank_accounts_firms_firm_id",
                        column: x => x.firm_id,
                        principalTable: "firms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_bank_accounts_users_firm_id_created_by_user_id",
                        columns: x => new { x.firm_id, x.created_by_user_id },
                        principalTable: "users",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "client_money_settings",
                columns: table => new
                {
                    firm_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    second_approval_above_minor = table.Column<long>(type: "bigint", nullable: false),
                    dormant_after_days = table.Column<int>(type: "integer", nullable: false),
                    match_window_days = table.Column<int>(type: "integer", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_client_money_settings", x => new { x.firm_id, x.id });
                    table.ForeignKey(
                        name: "fk_client_money_settings_firms_firm_id",
                        column: x => x.firm_id,
                        principalTable: "firms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "idempotency_records",
                columns: table => new
                {
                    firm_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    key = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    request_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    completed = table.Column<bool>(type: "boolean", nullable: false),
                    status_code = table.Column<int>(type: "integer", nullable: false),
                    content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    location = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    body = table.Column<byte[]>(type: "bytea", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    completed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_idempotency_records", x => new { x.firm_id, x.id });
                    table.ForeignKey(
                        name: "fk_idempotency_records_firms_firm_id",
                        column: x => x.firm_id,
                        principalTable: "firms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ledger_journals",
                columns: table => new
                {
                    firm_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<long>(type: "bigint", nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    posted_on = table.Column<DateOnly>(type: "date", nullable: false),
                    entered_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    entered_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    reverses_journal_id = table.Column<Guid>(type: "uuid", nullable: true),
                    reversal_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ledger_journals", x => new { x.firm_id, x.id });
                    table.ForeignKey(
                        name: "fk_ledger_journals_firms_firm_id",
                        column: x => x.firm_id,
                        principalTable: "firms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_ledger_journals_ledger_journals_firm_id_reverses_journal_id",
                        columns: x => new { x.firm_id, x.reverses_journal_id },
                        principalTable: "ledger_journals",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_ledger_journals_users_firm_id_entered_by_user_id",
                        columns: x => new { x.firm_id, x.entered_by_user_id },
                        principalTable: "users",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "accounts_breaches",
                columns: table => new
                {
                    firm_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    rule = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    matter_id = table.Column<Guid>(type: "uuid", nullable: true),
                    bank_account_id = table.Column<Guid>(type: "uuid", nullable: true),
                    amount_minor = table.Column<long>(type: "bigint", nullable: true),
                    occurred_on = table.Column<DateOnly>(type: "date", nullable: false),
                    discovered_on = table.Column<DateOnly>(type: "date", nullable: false),
                    corrected_on = table.Column<DateOnly>(type: "date", nullable: true),
                    correction = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    source_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    recorded_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    recorded_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_accounts_breaches", x => new { x.firm_id, x.id });
                    table.ForeignKey(
                        name: "fk_accounts_breaches_bank_accounts_firm_id_bank_account_id",
                        columns: x => new { x.firm_id, x.bank_account_id },
                        principalTable: "bank_accounts",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_accounts_breaches_firms_firm_id",
                        column: x => x.firm_id,
                        principalTable: "firms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_accounts_breaches_matters_firm_id_matter_id",
                        columns: x => new { x.firm_id, x.matter_id },
                        principalTable: "matters",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_accounts_breaches_users_firm_id_recorded_by_user_id",
                        columns: x => new { x.firm_id, x.recorded_by_user_id },
                        principalTable: "users",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "matter_client_balances",
                columns: table => new
                {
                    firm_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    matter_id = table.Column<Guid>(type: "uuid", nullable: false),
                    bank_account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    balance_minor = table.Column<long>(type: "bigint", nullable: false),
                    last_movement_on = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_matter_client_balances", x => new { x.firm_id, x.id });
                    table.ForeignKey(
                        name: "fk_matter_client_balances_bank_accounts_firm_id_bank_account_id",
                        columns: x => new { x.firm_id, x.bank_account_id },
                        principalTable: "bank_accounts",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_matter_client_balances_firms_firm_id",
                        column: x => x.firm_id,
                        principalTable: "firms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_matter_client_balances_matters_firm_id_matter_id",
                        columns: x => new { x.firm_id, x.matter_id },
                        principalTable: "matters",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "reconciliations",
                columns: table => new
                {
                    firm_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    bank_account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    statement_date = table.Column<DateOnly>(type: "date", nullable: false),
                    statement_balance_minor = table.Column<long>(type: "bigint", nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    cash_book_minor = table.Column<long>(type: "bigint", nullable: true),
                    client_ledgers_minor = table.Column<long>(type: "bigint", nullable: true),
                    suspense_minor = table.Column<long>(type: "bigint", nullable: true),
                    notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    created_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    signed_off_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    signed_off_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reconciliations", x => new { x.firm_id, x.id });
                    table.ForeignKey(
                        name: "fk_reconciliations_bank_accounts_firm_id_bank_account_id",
                        columns: x => new { x.firm_id, x.bank_account_id },
                        principalTable: "bank_accounts",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_reconciliations_firms_firm_id",
                        column: x => x.firm_id,
                        principalTable: "firms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_reconciliations_users_firm_id_created_by_user_id",
                        columns: x => new { x.firm_id, x.created_by_user_id },
                        principalTable: "users",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_reconciliations_users_firm_id_signed_off_by_user_id",
                        columns: x => new { x.firm_id, x.signed_off_by_user_id },
                        principalTable: "users",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "client_payments",
                columns: table => new
                {
                    firm_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    matter_id = table.Column<Guid>(type: "uuid", nullable: false),
                    bank_account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    amount_minor = table.Column<long>(type: "bigint", nullable: false),
                    payee = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    payee_sort_code = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    payee_account_number = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    payee_reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    purpose = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    instruction = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    disbursement_id = table.Column<Guid>(type: "uuid", nullable: true),
                    pay_on = table.Column<DateOnly>(type: "date", nullable: true),
                    status = table.Column<int>(type: "integer", nullable: false),
                    needs_second_approval = table.Column<bool>(type: "boolean", nullable: false),
                    requested_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    requested_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    first_approver_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    first_approved_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    second_approver_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    second_approved_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    rejected_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    rejected_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    rejection_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    journal_id = table.Column<Guid>(type: "uuid", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false),
                    cancelled_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    cancelled_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_client_payments", x => new { x.firm_id, x.id });
                    table.ForeignKey(
                        name: "fk_client_payments_bank_accounts_firm_id_bank_account_id",
                        columns: x => new { x.firm_id, x.bank_account_id },
                        principalTable: "bank_accounts",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_client_payments_disbursements_firm_id_disbursement_id",
                        columns: x => new { x.firm_id, x.disbursement_id },
                        principalTable: "disbursements",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_client_payments_firms_firm_id",
                        column: x => x.firm_id,
                        principalTable: "firms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_client_payments_ledger_journals_firm_id_journal_id",
                        columns: x => new { x.firm_id, x.journal_id },
                        principalTable: "ledger_journals",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_client_payments_matters_firm_id_matter_id",
                        columns: x => new { x.firm_id, x.matter_id },
                        principalTable: "matters",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_client_payments_users_firm_id_cancelled_by_user_id",
                        columns: x => new { x.firm_id, x.cancelled_by_user_id },
                        principalTable: "users",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_client_payments_users_firm_id_first_approver_user_id",
                        columns: x => new { x.firm_id, x.first_approver_user_id },
                        principalTable: "users",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_client_payments_users_firm_id_rejected_by_user_id",
                        columns: x => new { x.firm_id, x.rejected_by_user_id },
                        principalTable: "users",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_client_payments_users_firm_id_requested_by_user_id",
                        columns: x => new { x.firm_id, x.requested_by_user_id },
                        principalTable: "users",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_client_payments_users_firm_id_second_approver_user_id",
                        columns: x => new { x.firm_id, x.second_approver_user_id },
                        principalTable: "users",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "client_receipts",
                columns: table => new
                {
                    firm_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    bank_account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    matter_id = table.Column<Guid>(type: "uuid", nullable: true),
                    amount_minor = table.Column<long>(type: "bigint", nullable: false),
                    office_amount_minor = table.Column<long>(type: "bigint", nullable: false),
                    invoice_id = table.Column<Guid>(type: "uuid", nullable: true),
                    received_on = table.Column<DateOnly>(type: "date", nullable: false),
                    banked_on = table.Column<DateOnly>(type: "date", nullable: false),
                    payer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    method = table.Column<int>(type: "integer", nullable: false),
                    reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    cdd_exception = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    journal_id = table.Column<Guid>(type: "uuid", nullable: false),
                    allocation_journal_id = table.Column<Guid>(type: "uuid", nullable: true),
                    transfer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    received_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    allocated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_client_receipts", x => new { x.firm_id, x.id });
                    table.ForeignKey(
                        name: "fk_client_receipts_bank_accounts_firm_id_bank_account_id",
                        columns: x => new { x.firm_id, x.bank_account_id },
                        principalTable: "bank_accounts",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_client_receipts_firms_firm_id",
                        column: x => x.firm_id,
                        principalTable: "firms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_client_receipts_invoices_firm_id_invoice_id",
                        columns: x => new { x.firm_id, x.invoice_id },
                        principalTable: "invoices",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_client_receipts_ledger_journals_firm_id_allocation_journal_",
                        columns: x => new { x.firm_id, x.allocation_journal_id },
                        principalTable: "ledger_journals",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_client_receipts_ledger_journals_firm_id_journal_id",
                        columns: x => new { x.firm_id, x.journal_id },
                        principalTable: "ledger_journals",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_client_receipts_matters_firm_id_matter_id",
                        columns: x => new { x.firm_id, x.matter_id },
                        principalTable: "matters",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_client_receipts_users_firm_id_received_by_user_id",
                        columns: x => new { x.firm_id, x.received_by_user_id },
                        principalTable: "users",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "client_transfers",
                columns: table => new
                {
                    firm_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    matter_id = table.Column<Guid>(type: "uuid", nullable: false),
                    bank_account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    to_matter_id = table.Column<Guid>(type: "uuid", nullable: true),
                    invoice_id = table.Column<Guid>(type: "uuid", nullable: true),
                    office_payment_id = table.Column<Guid>(type: "uuid", nullable: true),
                    amount_minor = table.Column<long>(type: "bigint", nullable: false),
                    posted_on = table.Column<DateOnly>(type: "date", nullable: false),
                    authority = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    journal_id = table.Column<Guid>(type: "uuid", nullable: false),
                    transferred_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_client_transfers", x => new { x.firm_id, x.id });
                    table.ForeignKey(
                        name: "fk_client_transfers_bank_accounts_firm_id_bank_account_id",
                        columns: x => new { x.firm_id, x.bank_account_id },
                        principalTable: "bank_accounts",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_client_transfers_firms_firm_id",
                        column: x => x.firm_id,
                        principalTable: "firms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_client_transfers_invoices_firm_id_invoice_id",
                        columns: x => new { x.firm_id, x.invoice_id },
                        principalTable: "invoices",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_client_transfers_ledger_journals_firm_id_journal_id",
                        columns: x => new { x.firm_id, x.journal_id },
                        principalTable: "ledger_journals",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_client_transfers_matters_firm_id_matter_id",
                        columns: x => new { x.firm_id, x.matter_id },
                        principalTable: "matters",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_client_transfers_matters_firm_id_to_matter_id",
                        columns: x => new { x.firm_id, x.to_matter_id },
                        principalTable: "matters",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_client_transfers_office_payments_firm_id_office_payment_id",
                        columns: x => new { x.firm_id, x.office_payment_id },
                        principalTable: "office_payments",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_client_transfers_users_firm_id_transferred_by_user_id",
                        columns: x => new { x.firm_id, x.transferred_by_user_id },
                        principalTable: "users",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ledger_entries",
                columns: table => new
                {
                    firm_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    journal_id = table.Column<Guid>(type: "uuid", nullable: false),
                    account = table.Column<int>(type: "integer", nullable: false),
                    bank_account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    matter_id = table.Column<Guid>(type: "uuid", nullable: true),
                    amount_minor = table.Column<long>(type: "bigint", nullable: false),
                    posted_on = table.Column<DateOnly>(type: "date", nullable: false),
                    entered_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    invoice_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ledger_entries", x => new { x.firm_id, x.id });
                    table.ForeignKey(
                        name: "fk_ledger_entries_bank_accounts_firm_id_bank_account_id",
                        columns: x => new { x.firm_id, x.bank_account_id },
                        principalTable: "bank_accounts",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_ledger_entries_firms_firm_id",
                        column: x => x.firm_id,
                        principalTable: "firms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_ledger_entries_invoices_firm_id_invoice_id",
                        columns: x => new { x.firm_id, x.invoice_id },
                        principalTable: "invoices",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_ledger_entries_ledger_journals_firm_id_journal_id",
                        columns: x => new { x.firm_id, x.journal_id },
                        principalTable: "ledger_journals",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_ledger_entries_matters_firm_id_matter_id",
                        columns: x => new { x.firm_id, x.matter_id },
                        principalTable: "matters",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "residual_balances",
                columns: table => new
                {
                    firm_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    matter_id = table.Column<Guid>(type: "uuid", nullable: false),
                    bank_account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    amount_minor = table.Column<long>(type: "bigint", nullable: false),
                    owner_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    tracing_steps = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    charity_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    charity_number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    sra_authority_reference = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    paid_on = table.Column<DateOnly>(type: "date", nullable: false),
                    payment_id = table.Column<Guid>(type: "uuid", nullable: true),
                    recorded_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    recorded_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_residual_balances", x => new { x.firm_id, x.id });
                    table.ForeignKey(
                        name: "fk_residual_balances_bank_accounts_firm_id_bank_account_id",
                        columns: x => new { x.firm_id, x.bank_account_id },
                        principalTable: "bank_accounts",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_residual_balances_client_payments_firm_id_payment_id",
                        columns: x => new { x.firm_id, x.payment_id },
                        principalTable: "client_payments",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_residual_balances_firms_firm_id",
                        column: x => x.firm_id,
                        principalTable: "firms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_residual_balances_matters_firm_id_matter_id",
                        columns: x => new { x.firm_id, x.matter_id },
                        principalTable: "matters",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_residual_balances_users_firm_id_recorded_by_user_id",
                        columns: x => new { x.firm_id, x.recorded_by_user_id },
                        principalTable: "users",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "statement_lines",
                columns: table => new
                {
                    firm_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    reconciliation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    bank_account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    amount_minor = table.Column<long>(type: "bigint", nullable: false),
                    external_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    matched_entry_id = table.Column<Guid>(type: "uuid", nullable: true),
                    match_kind = table.Column<int>(type: "integer", nullable: false),
                    matched_by_user_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_statement_lines", x => new { x.firm_id, x.id });
                    table.ForeignKey(
                        name: "fk_statement_lines_bank_accounts_firm_id_bank_account_id",
                        columns: x => new { x.firm_id, x.bank_account_id },
                        principalTable: "bank_accounts",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_statement_lines_firms_firm_id",
                        column: x => x.firm_id,
                        principalTable: "firms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_statement_lines_ledger_entries_firm_id_matched_entry_id",
                        columns: x => new { x.firm_id, x.matched_entry_id },
                        principalTable: "ledger_entries",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_statement_lines_reconciliations_firm_id_reconciliation_id",
                        columns: x => new { x.firm_id, x.reconciliation_id },
                        principalTable: "reconciliations",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_statement_lines_users_firm_id_matched_by_user_id",
                        columns: x => new { x.firm_id, x.matched_by_user_id },
                        principalTable: "users",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "reconciliation_items",
                columns: table => new
                {
                    firm_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    reconciliation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    explanation = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    amount_minor = table.Column<long>(type: "bigint", nullable: false),
                    ledger_entry_id = table.Column<Guid>(type: "uuid", nullable: true),
                    statement_line_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reconciliation_items", x => new { x.firm_id, x.id });
                    table.ForeignKey(
                        name: "fk_reconciliation_items_firms_firm_id",
                        column: x => x.firm_id,
                        principalTable: "firms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_reconciliation_items_ledger_entries_firm_id_ledger_entry_id",
                        columns: x => new { x.firm_id, x.ledger_entry_id },
                        principalTable: "ledger_entries",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_reconciliation_items_reconciliations_firm_id_reconciliation",
                        columns: x => new { x.firm_id, x.reconciliation_id },
                        principalTable: "reconciliations",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_reconciliation_items_statement_lines_firm_id_statement_line",
                        columns: x => new { x.firm_id, x.statement_line_id },
                        principalTable: "statement_lines",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_reconciliation_items_users_firm_id_created_by_user_id",
                        columns: x => new { x.firm_id, x.created_by_user_id },
                        principalTable: "users",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_accounts_breaches_firm_id_bank_account_id",
                table: "accounts_breaches",
                columns: new[] { "firm_id", "bank_account_id" });

            migrationBuilder.CreateIndex(
                name: "ix_accounts_breaches_firm_id_discovered_on",
                table: "accounts_breaches",
                columns: new[] { "firm_id", "discovered_on" });

            migrationBuilder.CreateIndex(
                name: "ix_accounts_breaches_firm_id_matter_id",
                table: "accounts_breaches",
                columns: new[] { "firm_id", "matter_id" });

            migrationBuilder.CreateIndex(
                name: "ix_accounts_breaches_firm_id_recorded_by_user_id",
                table: "accounts_breaches",
                columns: new[] { "firm_id", "recorded_by_user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_accounts_breaches_firm_id_source_key",
                table: "accounts_breaches",
                columns: new[] { "firm_id", "source_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_balance_returns_firm_id_assigned_to_user_id",
                table: "balance_returns",
                columns: new[] { "firm_id", "assigned_to_user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_balance_returns_firm_id_matter_id_status",
                table: "balance_returns",
                columns: new[] { "firm_id", "matter_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_balance_returns_firm_id_status_due_on",
                table: "balance_returns",
                columns: new[] { "firm_id", "status", "due_on" });

            migrationBuilder.CreateIndex(
                name: "ix_bank_accounts_firm_id_created_by_user_id",
                table: "bank_accounts",
                columns: new[] { "firm_id", "created_by_user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_bank_accounts_firm_id_sort_code_account_number",
                table: "bank_accounts",
                columns: new[] { "firm_id", "sort_code", "account_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_client_money_settings_firm_id",
                table: "client_money_settings",
                column: "firm_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_client_payments_firm_id_bank_account_id",
                table: "client_payments",
                columns: new[] { "firm_id", "bank_account_id" });

            migrationBuilder.CreateIndex(
                name: "ix_client_payments_firm_id_cancelled_by_user_id",
                table: "client_payments",
                columns: new[] { "firm_id", "cancelled_by_user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_client_payments_firm_id_disbursement_id",
                table: "client_payments",
                columns: new[] { "firm_id", "disbursement_id" });

            migrationBuilder.CreateIndex(
                name: "ix_client_payments_firm_id_first_approver_user_id",
                table: "client_payments",
                columns: new[] { "firm_id", "first_approver_user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_client_payments_firm_id_journal_id",
                table: "client_payments",
                columns: new[] { "firm_id", "journal_id" });

            migrationBuilder.CreateIndex(
                name: "ix_client_payments_firm_id_matter_id",
                table: "client_payments",
                columns: new[] { "firm_id", "matter_id" });

            migrationBuilder.CreateIndex(
                name: "ix_client_payments_firm_id_rejected_by_user_id",
                table: "client_payments",
                columns: new[] { "firm_id", "rejected_by_user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_client_payments_firm_id_requested_by_user_id",
                table: "client_payments",
                columns: new[] { "firm_id", "requested_by_user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_client_payments_firm_id_second_approver_user_id",
                table: "client_payments",
                columns: new[] { "firm_id", "second_approver_user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_client_payments_firm_id_status_requested_at",
                table: "client_payments",
                columns: new[] { "firm_id", "status", "requested_at" });

            migrationBuilder.CreateIndex(
                name: "ix_client_receipts_firm_id_allocation_journal_id",
                table: "client_receipts",
                columns: new[] { "firm_id", "allocation_journal_id" });

            migrationBuilder.CreateIndex(
                name: "ix_client_receipts_firm_id_bank_account_id_allocated_at",
                table: "client_receipts",
                columns: new[] { "firm_id", "bank_account_id", "allocated_at" });

            migrationBuilder.CreateIndex(
                name: "ix_client_receipts_firm_id_invoice_id",
                table: "client_receipts",
                columns: new[] { "firm_id", "invoice_id" });

            migrationBuilder.CreateIndex(
                name: "ix_client_receipts_firm_id_journal_id",
                table: "client_receipts",
                columns: new[] { "firm_id", "journal_id" });

            migrationBuilder.CreateIndex(
                name: "ix_client_receipts_firm_id_matter_id",
                table: "client_receipts",
                columns: new[] { "firm_id", "matter_id" });

            migrationBuilder.CreateIndex(
                name: "ix_client_receipts_firm_id_received_by_user_id",
                table: "client_receipts",
                columns: new[] { "firm_id", "received_by_user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_client_transfers_firm_id_bank_account_id",
                table: "client_transfers",
                columns: new[] { "firm_id", "bank_account_id" });

            migrationBuilder.CreateIndex(
                name: "ix_client_transfers_firm_id_invoice_id",
                table: "client_transfers",
                columns: new[] { "firm_id", "invoice_id" });

            migrationBuilder.CreateIndex(
                name: "ix_client_transfers_firm_id_journal_id",
                table: "client_transfers",
                columns: new[] { "firm_id", "journal_id" });

            migrationBuilder.CreateIndex(
                name: "ix_client_transfers_firm_id_matter_id",
                table: "client_transfers",
                columns: new[] { "firm_id", "matter_id" });

            migrationBuilder.CreateIndex(
                name: "ix_client_transfers_firm_id_office_payment_id",
                table: "client_transfers",
                columns: new[] { "firm_id", "office_payment_id" });

            migrationBuilder.CreateIndex(
                name: "ix_client_transfers_firm_id_to_matter_id",
                table: "client_transfers",
                columns: new[] { "firm_id", "to_matter_id" });

            migrationBuilder.CreateIndex(
                name: "ix_client_transfers_firm_id_transferred_by_user_id",
                table: "client_transfers",
                columns: new[] { "firm_id", "transferred_by_user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_idempotency_records_firm_id_created_at",
                table: "idempotency_records",
                columns: new[] { "firm_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_idempotency_records_firm_id_key",
                table: "idempotency_records",
                columns: new[] { "firm_id", "key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_ledger_entries_firm_id_bank_account_id_account_posted_on",
                table: "ledger_entries",
                columns: new[] { "firm_id", "bank_account_id", "account", "posted_on" })
                .Annotation("Npgsql:IndexInclude", new[] { "amount_minor" });

            migrationBuilder.CreateIndex(
                name: "ix_ledger_entries_firm_id_invoice_id",
                table: "ledger_entries",
                columns: new[] { "firm_id", "invoice_id" });

            migrationBuilder.CreateIndex(
                name: "ix_ledger_entries_firm_id_journal_id",
                table: "ledger_entries",
                columns: new[] { "firm_id", "journal_id" });

            migrationBuilder.CreateIndex(
                name: "ix_ledger_entries_firm_id_matter_id_account_posted_on",
                table: "ledger_entries",
                columns: new[] { "firm_id", "matter_id", "account", "posted_on" })
                .Annotation("Npgsql:IndexInclude", new[] { "amount_minor" });

            migrationBuilder.CreateIndex(
                name: "ix_ledger_journals_firm_id_entered_by_user_id",
                table: "ledger_journals",
                columns: new[] { "firm_id", "entered_by_user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_ledger_journals_firm_id_number",
                table: "ledger_journals",
                columns: new[] { "firm_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_ledger_journals_firm_id_reverses_journal_id",
                table: "ledger_journals",
                columns: new[] { "firm_id", "reverses_journal_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_matter_client_balances_firm_id_bank_account_id",
                table: "matter_client_balances",
                columns: new[] { "firm_id", "bank_account_id" });

            migrationBuilder.CreateIndex(
                name: "ix_matter_client_balances_firm_id_matter_id_bank_account_id",
                table: "matter_client_balances",
                columns: new[] { "firm_id", "matter_id", "bank_account_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_reconciliation_items_firm_id_created_by_user_id",
                table: "reconciliation_items",
                columns: new[] { "firm_id", "created_by_user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_reconciliation_items_firm_id_ledger_entry_id",
                table: "reconciliation_items",
                columns: new[] { "firm_id", "ledger_entry_id" });

            migrationBuilder.CreateIndex(
                name: "ix_reconciliation_items_firm_id_reconciliation_id",
                table: "reconciliation_items",
                columns: new[] { "firm_id", "reconciliation_id" });

            migrationBuilder.CreateIndex(
                name: "ix_reconciliation_items_firm_id_statement_line_id",
                table: "reconciliation_items",
                columns: new[] { "firm_id", "statement_line_id" });

            migrationBuilder.CreateIndex(
                name: "ix_reconciliations_firm_id_bank_account_id_statement_date",
                table: "reconciliations",
                columns: new[] { "firm_id", "bank_account_id", "statement_date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_reconciliations_firm_id_created_by_user_id",
                table: "reconciliations",
                columns: new[] { "firm_id", "created_by_user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_reconciliations_firm_id_signed_off_by_user_id",
                table: "reconciliations",
                columns: new[] { "firm_id", "signed_off_by_user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_residual_balances_firm_id_bank_account_id",
                table: "residual_balances",
                columns: new[] { "firm_id", "bank_account_id" });

            migrationBuilder.CreateIndex(
                name: "ix_residual_balances_firm_id_matter_id",
                table: "residual_balances",
                columns: new[] { "firm_id", "matter_id" });

            migrationBuilder.CreateIndex(
                name: "ix_residual_balances_firm_id_paid_on",
                table: "residual_balances",
                columns: new[] { "firm_id", "paid_on" });

            migrationBuilder.CreateIndex(
                name: "ix_residual_balances_firm_id_payment_id",
                table: "residual_balances",
                columns: new[] { "firm_id", "payment_id" });

            migrationBuilder.CreateIndex(
                name: "ix_residual_balances_firm_id_recorded_by_user_id",
                table: "residual_balances",
                columns: new[] { "firm_id", "recorded_by_user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_statement_lines_firm_id_bank_account_id_external_id",
                table: "statement_lines",
                columns: new[] { "firm_id", "bank_account_id", "external_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_statement_lines_firm_id_matched_by_user_id",
                table: "statement_lines",
                columns: new[] { "firm_id", "matched_by_user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_statement_lines_firm_id_matched_entry_id",
                table: "statement_lines",
                columns: new[] { "firm_id", "matched_entry_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_statement_lines_firm_id_reconciliation_id_date",
                table: "statement_lines",
                columns: new[] { "firm_id", "reconciliation_id", "date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "accounts_breaches");

            migrationBuilder.DropTable(
                name: "balance_returns");

            migrationBuilder.DropTable(
                name: "client_money_settings");

            migrationBuilder.DropTable(
                name: "client_receipts");

            migrationBuilder.DropTable(
                name: "client_transfers");

            migrationBuilder.DropTable(
                name: "idempotency_records");

            migrationBuilder.DropTable(
                name: "matter_client_balances");

            migrationBuilder.DropTable(
                name: "reconciliation_items");

            migrationBuilder.DropTable(
                name: "residual_balances");

            migrationBuilder.DropTable(
                name: "statement_lines");

            migrationBuilder.DropTable(
                name: "client_payments");

            migrationBuilder.DropTable(
                name: "ledger_entries");

            migrationBuilder.DropTable(
                name: "reconciliations");

            migrationBuilder.DropTable(
                name: "ledger_journals");

            migrationBuilder.DropTable(
                name: "bank_accounts");
        }
    }
}
