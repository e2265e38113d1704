using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseTrak.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Billing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "activity_codes",
                columns: table => new
                {
                    firm_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    active = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_activity_codes", x => new { x.firm_id, x.id });
                    table.ForeignKey(
                        name: "fk_activity_codes_firms_firm_id",
                        column: x => x.firm_id,
                        principalTable: "firms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "billing_settings",
                columns: table => new
                {
                    firm_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    time_unit_minutes = table.Column<int>(type: "INTEGER", nullable: false),
                    default_vat_rate_bp = table.Column<int>(type: "INTEGER", nullable: false),
                    require_time_approval = table.Column<bool>(type: "INTEGER", nullable: false),
                    locked_through = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    cdd_intake_allowance_minutes = table.Column<int>(type: "INTEGER", nullable: false),
                    payment_terms_days = table.Column<int>(type: "INTEGER", nullable: false),
                    invoice_prefix = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    credit_note_prefix = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    request_prefix = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    regulatory_statement = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    payment_details = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_billing_settings", x => new { x.firm_id, x.id });
                    table.ForeignKey(
                        name: "fk_billing_settings_firms_firm_id",
                        column: x => x.firm_id,
                        principalTable: "firms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "client_billing_terms",
                columns: table => new
                {
                    firm_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    client_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    time_unit_minutes = table.Column<int>(type: "INTEGER", nullable: true),
                    ledes_client_id = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_client_billing_terms", x => new { x.firm_id, x.id });
                    table.ForeignKey(
                        name: "fk_client_billing_terms_contacts_firm_id_client_id",
                        columns: x => new { x.firm_id, x.client_id },
                        principalTable: "contacts",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_client_billing_terms_firms_firm_id",
                        column: x => x.firm_id,
                        principalTable: "firms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "fee_arrangements",
                columns: table => new
                {
                    firm_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    matter_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<int>(type: "INTEGER", nullable: false),
                    amount_minor = table.Column<long>(type: "INTEGER", nullable: true),
                    time_unit_minutes = table.Column<int>(type: "INTEGER", nullable: true),
                    client_matter_reference = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_fee_arrangements", x => new { x.firm_id, x.id });
                    table.ForeignKey(
                        name: "fk_fee_arrangements_firms_firm_id",
                        column: x => x.firm_id,
                        principalTable: "firms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_fee_arrangements_matters_firm_id_matter_id",
                        columns: x => new { x.firm_id, x.matter_id },
                        principalTable: "matters",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "fee_earner_profiles",
                columns: table => new
                {
                    firm_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    grade = table.Column<int>(type: "INTEGER", nullable: false),
                    target_minutes_per_day = table.Column<int>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_fee_earner_profiles", x => new { x.firm_id, x.id });
                    table.ForeignKey(
                        name: "fk_fee_earner_profiles_firms_firm_id",
                        column: x => x.firm_id,
                        principalTable: "firms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_fee_earner_profiles_users_firm_id_user_id",
                        columns: x => new { x.firm_id, x.user_id },
                        principalTable: "users",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "invoices",
                columns: table => new
                {
                    firm_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    matter_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    client_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<int>(type: "INTEGER", nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    number_sequence = table.Column<long>(type: "INTEGER", nullable: true),
                    request_number = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    issued_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    tax_point_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    due_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    delivered_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    delivery_method = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    narrative = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    supplier_name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    supplier_address = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    supplier_vat_number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    supplier_sra_number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    regulatory_statement = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    customer_name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    customer_address = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    net_minor = table.Column<long>(type: "INTEGER", nullable: false),
                    vat_minor = table.Column<long>(type: "INTEGER", nullable: false),
                    total_minor = table.Column<long>(type: "INTEGER", nullable: false),
                    paid_minor = table.Column<long>(type: "INTEGER", nullable: false),
                    credited_minor = table.Column<long>(type: "INTEGER", nullable: false),
                    created_by_user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    finalised_by_user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    finalised_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    voided_by_user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    voided_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    void_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_invoices", x => new { x.firm_id, x.id });
                    table.ForeignKey(
                        name: "fk_invoices_contacts_firm_id_client_id",
                        columns: x => new { x.firm_id, x.client_id },
                        principalTable: "contacts",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_invoices_firms_firm_id",
                        column: x => x.firm_id,
                        principalTable: "firms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_invoices_matters_firm_id_matter_id",
                        columns: x => new { x.firm_id, x.matter_id },
                        principalTable: "matters",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_invoices_users_firm_id_created_by_user_id",
                        columns: x => new { x.firm_id, x.created_by_user_id },
                        principalTable: "users",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_invoices_users_firm_id_finalised_by_user_id",
                        columns: x => new { x.firm_id, x.finalised_by_user_id },
                        principalTable: "users",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_invoices_users_firm_id_voided_by_user_id",
                        columns: x => new { x.firm_id, x.voided_by_user_id },
                        principalTable: "users",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "office_payments",
                columns: table => new
                {
                    firm_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    client_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    received_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    amount_minor = table.Column<long>(type: "INTEGER", nullable: false),
                    method = table.Column<int>(type: "INTEGER", nullable: false),
                    payer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    allocated_minor = table.Column<long>(type: "INTEGER", nullable: false),
                    refunded_minor = table.Column<long>(type: "INTEGER", nullable: false),
                    recorded_by_user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_office_payments", x => new { x.firm_id, x.id });
                    table.ForeignKey(
                        name: "fk_office_payments_contacts_firm_id_client_id",
                        columns: x => new { x.firm_id, x.client_id },
                        principalTable: "contacts",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_office_payments_firms_firm_id",
                        column: x => x.firm_id,
                        principalTable: "firms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_office_payments_users_firm_id_recorded_by_user_id",
                        columns: x => new { x.firm_id, x.recorded_by_user_id },
                        principalTable: "users",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "rates",
                columns: table => new
                {
                    firm_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    scope = table.Column<int>(type: "INTEGER", nullable: false),
                    grade = table.Column<int>(type: "INTEGER", nullable: true),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    client_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    matter_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    activity_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    hourly_rate_minor = table.Column<long>(type: "INTEGER", nullable: false),
                    effective_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    created_by_user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rates", x => new { x.firm_id, x.id });
                    table.ForeignKey(
                        name: "fk_rates_contacts_firm_id_client_id",
                        columns: x => new { x.firm_id, x.client_id },
                        principalTable: "contacts",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_rates_firms_firm_id",
                        column: x => x.firm_id,
                        principalTable: "firms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_rates_matters_firm_id_matter_id",
                        columns: x => new { x.firm_id, x.matter_id },
                        principalTable: "matters",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_rates_users_firm_id_created_by_user_id",
                        columns: x => new { x.firm_id, x.created_by_user_id },
                        principalTable: "users",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_rates_users_firm_id_user_id",
                        columns: x => new { x.firm_id, x.user_id },
                        principalTable: "users",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "work_timers",
                columns: table => new
                {
                    firm_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    matter_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    narrative = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    activity_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    state = table.Column<int>(type: "INTEGER", nullable: false),
                    running_since = table.Column<DateTime>(type: "TEXT", nullable: true),
                    elapsed_seconds = table.Column<long>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_work_timers", x => new { x.firm_id, x.id });
                    table.ForeignKey(
                        name: "fk_work_timers_firms_firm_id",
                        column: x => x.firm_id,
                        principalTable: "firms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_work_timers_matters_firm_id_matter_id",
                        columns: x => new { x.firm_id, x.matter_id },
                        principalTable: "matters",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_work_timers_users_firm_id_user_id",
                        columns: x => new { x.firm_id, x.user_id },
                        principalTable: "users",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "credit_notes",
                columns: table => new
                {
                    firm_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    invoice_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    matter_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    number_sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    issued_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    net_minor = table.Column<long>(type: "INTEGER", nullable: false),
                    vat_minor = table.Column<long>(type: "INTEGER", nullable: false),
                    total_minor = table.Column<long>(type: "INTEGER", nullable: false),
                    created_by_user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_credit_notes", x => new { x.firm_id, x.id });
                    table.ForeignKey(
                        name: "fk_credit_notes_firms_firm_id",
                        column: x => x.firm_id,
                        principalTable: "firms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_credit_notes_invoices_firm_id_invoice_id",
                        columns: x => new { x.firm_id, x.invoice_id },
                        principalTable: "invoices",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_credit_notes_matters_firm_id_matter_id",
                        columns: x => new { x.firm_id, x.matter_id },
                        principalTable: "matters",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_credit_notes_users_firm_id_created_by_user_id",
                        columns: x => new { x.firm_id, x.created_by_user_id },
                        principalTable: "users",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "disbursements",
                columns: table => new
                {
                    firm_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    matter_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    supplier = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    supplier_reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    amount_minor = table.Column<long>(type: "INTEGER", nullable: false),
                    vat_rate_bp = table.Column<int>(type: "INTEGER", nullable: false),
                    is_agent_disbursement = table.Column<bool>(type: "INTEGER", nullable: false),
                    paid = table.Column<bool>(type: "INTEGER", nullable: false),
                    paid_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    invoice_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    write_off_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    recorded_by_user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_disbursements", x => new { x.firm_id, x.id });
                    table.ForeignKey(
                        name: "fk_disbursements_firms_firm_id",
                        column: x => x.firm_id,
                        principalTable: "firms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_disbursements_invoices_firm_id_invoice_id",
                        columns: x => new { x.firm_id, x.invoice_id },
                        principalTable: "invoices",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_disbursements_matters_firm_id_matter_id",
                        columns: x => new { x.firm_id, x.matter_id },
                        principalTable: "matters",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_disbursements_users_firm_id_recorded_by_user_id",
                        columns: x => new { x.firm_id, x.recorded_by_user_id },
                        principalTable: "users",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "fee_stages",
                columns: table => new
                {
                    firm_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    matter_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    amount_minor = table.Column<long>(type: "INTEGER", nullable: false),
                    vat_rate_bp = table.Column<int>(type: "INTEGER", nullable: false),
                    invoice_id = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_fee_stages", x => new { x.firm_id, x.id });
                    table.ForeignKey(
                        name: "fk_fee_stages_firms_firm_id",
                        column: x => x.firm_id,
                        principalTable: "firms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_fee_stages_invoices_firm_id_invoice_id",
                        columns: x => new { x.firm_id, x.invoice_id },
                        principalTable: "invoices",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_fee_stages_matters_firm_id_matter_id",
                        columns: x => new { x.firm_id, x.matter_id },
                        principalTable: "matters",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "payment_allocations",
                columns: table => new
                {
                    firm_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    payment_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    invoice_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    matter_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    amount_minor = table.Column<long>(type: "INTEGER", nullable: false),
                    allocated_by_user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    allocated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_payment_allocations", x => new { x.firm_id, x.id });
                    table.ForeignKey(
                        name: "fk_payment_allocations_firms_firm_id",
                        column: x => x.firm_id,
                        principalTable: "firms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_payment_allocations_invoices_firm_id_invoice_id",
                        columns: x => new { x.firm_id, x.invoice_id },
                        principalTable: "invoices",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_payment_allocations_matters_firm_id_matter_id",
                        columns: x => new { x.firm_id, x.matter_id },
                        principalTable: "matters",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_payment_allocations_office_payments_firm_id_payment_id",
                        columns: x => new { x.firm_id, x.payment_id },
                        principalTable: "office_payments",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_payment_allocations_users_firm_id_allocated_by_user_id",
                        columns: x => new { x.firm_id, x.allocated_by_user_id },
                        principalTable: "users",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "time_entries",
                columns: table => new
                {
                    firm_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    matter_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    recorded_by_user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    minutes = table.Column<int>(type: "INTEGER", nullable: false),
                    unit_minutes = table.Column<int>(type: "INTEGER", nullable: false),
                    units = table.Column<int>(type: "INTEGER", nullable: false),
                    activity_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    task_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    narrative = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    billability = table.Column<int>(type: "INTEGER", nullable: false),
                    rate_minor = table.Column<long>(type: "INTEGER", nullable: false),
                    rate_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    value_minor = table.Column<long>(type: "INTEGER", nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    invoice_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    approval = table.Column<int>(type: "INTEGER", nullable: false),
                    approved_by_user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    write_off_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_time_entries", x => new { x.firm_id, x.id });
                    table.ForeignKey(
                        name: "fk_time_entries_firms_firm_id",
                        column: x => x.firm_id,
                        principalTable: "firms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_time_entries_invoices_firm_id_invoice_id",
                        columns: x => new { x.firm_id, x.invoice_id },
                        principalTable: "invoices",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_time_entries_matters_firm_id_matter_id",
                        columns: x => new { x.firm_id, x.matter_id },
                        principalTable: "matters",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_time_entries_rates_firm_id_rate_id",
                        columns: x => new { x.firm_id, x.rate_id },
                        principalTable: "rates",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_time_entries_users_firm_id_recorded_by_user_id",
                        columns: x => new { x.firm_id, x.recorded_by_user_id },
                        principalTable: "users",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_time_entries_users_firm_id_user_id",
                        columns: x => new { x.firm_id, x.user_id },
                        principalTable: "users",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "invoice_lines",
                columns: table => new
                {
                    firm_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    invoice_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    matter_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    kind = table.Column<int>(type: "INTEGER", nullable: false),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    time_entry_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    disbursement_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    fee_stage_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    activity_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    task_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    units = table.Column<int>(type: "INTEGER", nullable: true),
                    unit_minutes = table.Column<int>(type: "INTEGER", nullable: true),
                    rate_minor = table.Column<long>(type: "INTEGER", nullable: true),
                    original_net_minor = table.Column<long>(type: "INTEGER", nullable: false),
                    net_minor = table.Column<long>(type: "INTEGER", nullable: false),
                    adjustment_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    vat_rate_bp = table.Column<int>(type: "INTEGER", nullable: false),
                    vat_minor = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_invoice_lines", x => new { x.firm_id, x.id });
                    table.ForeignKey(
                        name: "fk_invoice_lines_disbursements_firm_id_disbursement_id",
                        columns: x => new { x.firm_id, x.disbursement_id },
                        principalTable: "disbursements",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_invoice_lines_fee_stages_firm_id_fee_stage_id",
                        columns: x => new { x.firm_id, x.fee_stage_id },
                        principalTable: "fee_stages",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_invoice_lines_firms_firm_id",
                        column: x => x.firm_id,
                        principalTable: "firms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_invoice_lines_invoices_firm_id_invoice_id",
                        columns: x => new { x.firm_id, x.invoice_id },
                        principalTable: "invoices",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_invoice_lines_matters_firm_id_matter_id",
                        columns: x => new { x.firm_id, x.matter_id },
                        principalTable: "matters",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_invoice_lines_time_entries_firm_id_time_entry_id",
                        columns: x => new { x.firm_id, x.time_entry_id },
                        principalTable: "time_entries",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_invoice_lines_users_firm_id_user_id",
                        columns: x => new { x.firm_id, x.user_id },
                        principalTable: "users",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "credit_note_lines",
                columns: table => new
                {
                    firm_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    credit_note_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    invoice_line_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    matter_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    net_minor = table.Column<long>(type: "INTEGER", nullable: false),
                    vat_rate_bp = table.Column<int>(type: "INTEGER", nullable: false),
                    vat_minor = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_credit_note_lines", x => new { x.firm_id, x.id });
                    table.ForeignKey(
                        name: "fk_credit_note_lines_credit_notes_firm_id_credit_note_id",
                        columns: x => new { x.firm_id, x.credit_note_id },
                        principalTable: "credit_notes",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_credit_note_lines_firms_firm_id",
                        column: x => x.firm_id,
                        principalTable: "firms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_credit_note_lines_invoice_lines_firm_id_invoice_line_id",
                        columns: x => new { x.firm_id, x.invoice_line_id },
                        principalTable: "invoice_lines",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_credit_note_lines_matters_firm_id_matter_id",
                        columns: x => new { x.firm_id, x.matter_id },
                        principalTable: "matters",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_activity_codes_firm_id_code",
                table: "activity_codes",
                columns: new[] { "firm_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_billing_settings_firm_id",
                table: "billing_settings",
                column: "firm_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_client_billing_terms_firm_id_client_id",
                table: "client_billing_terms",
                columns: new[] { "firm_id", "client_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_credit_note_lines_firm_id_credit_note_id",
                table: "credit_note_lines",
                columns: new[] { "firm_id", "credit_note_id" });

            migrationBuilder.CreateIndex(
                name: "ix_credit_note_lines_firm_id_invoice_line_id",
                table: "credit_note_lines",
                columns: new[] { "firm_id", "invoice_line_id" });

            migrationBuilder.CreateIndex(
                name: "ix_credit_note_lines_firm_id_matter_id",
                table: "credit_note_lines",
                columns: new[] { "firm_id", "matter_id" });

            migrationBuilder.CreateIndex(
                name: "ix_credit_notes_firm_id_created_by_user_id",
                table: "credit_notes",
                columns: new[] { "firm_id", "created_by_user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_credit_notes_firm_id_invoice_id",
                table: "credit_notes",
                columns: new[] { "firm_id", "invoice_id" });

            migrationBuilder.CreateIndex(
                name: "ix_credit_notes_firm_id_matter_id",
                table: "credit_notes",
                columns: new[] { "firm_id", "matter_id" });

            migrationBuilder.CreateIndex(
                name: "ix_credit_notes_firm_id_number",
                table: "credit_notes",
                columns: new[] { "firm_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_disbursements_firm_id_invoice_id",
                table: "disbursements",
                columns: new[] { "firm_id", "invoice_id" });

            migrationBuilder.CreateIndex(
                name: "ix_disbursements_firm_id_matter_id_status_date",
                table: "disbursements",
                columns: new[] { "firm_id", "matter_id", "status", "date" });

            migrationBuilder.CreateIndex(
                name: "ix_disbursements_firm_id_recorded_by_user_id",
                table: "disbursements",
                columns: new[] { "firm_id", "recorded_by_user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_fee_arrangements_firm_id_matter_id",
                table: "fee_arrangements",
                columns: new[] { "firm_id", "matter_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_fee_earner_profiles_firm_id_user_id",
                table: "fee_earner_profiles",
                columns: new[] { "firm_id", "user_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_fee_stages_firm_id_invoice_id",
                table: "fee_stages",
                columns: new[] { "firm_id", "invoice_id" });

            migrationBuilder.CreateIndex(
                name: "ix_fee_stages_firm_id_matter_id_position",
                table: "fee_stages",
                columns: new[] { "firm_id", "matter_id", "position" });

            migrationBuilder.CreateIndex(
                name: "ix_invoice_lines_firm_id_disbursement_id",
                table: "invoice_lines",
                columns: new[] { "firm_id", "disbursement_id" });

            migrationBuilder.CreateIndex(
                name: "ix_invoice_lines_firm_id_fee_stage_id",
                table: "invoice_lines",
                columns: new[] { "firm_id", "fee_stage_id" });

            migrationBuilder.CreateIndex(
                name: "ix_invoice_lines_firm_id_invoice_id_position",
                table: "invoice_lines",
                columns: new[] { "firm_id", "invoice_id", "position" });

            migrationBuilder.CreateIndex(
                name: "ix_invoice_lines_firm_id_matter_id",
                table: "invoice_lines",
                columns: new[] { "firm_id", "matter_id" });

            migrationBuilder.CreateIndex(
                name: "ix_invoice_lines_firm_id_time_entry_id",
                table: "invoice_lines",
                columns: new[] { "firm_id", "time_entry_id" });

            migrationBuilder.CreateIndex(
                name: "ix_invoice_lines_firm_id_user_id",
                table: "invoice_lines",
                columns: new[] { "firm_id", "user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_invoices_firm_id_client_id",
                table: "invoices",
                columns: new[] { "firm_id", "client_id" });

            migrationBuilder.CreateIndex(
                name: "ix_invoices_firm_id_created_by_user_id",
                table: "invoices",
                columns: new[] { "firm_id", "created_by_user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_invoices_firm_id_finalised_by_user_id",
                table: "invoices",
                columns: new[] { "firm_id", "finalised_by_user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_invoices_firm_id_matter_id_status",
                table: "invoices",
                columns: new[] { "firm_id", "matter_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_invoices_firm_id_number",
                table: "invoices",
                columns: new[] { "firm_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_invoices_firm_id_request_number",
                table: "invoices",
                columns: new[] { "firm_id", "request_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_invoices_firm_id_status_issued_on",
                table: "invoices",
                columns: new[] { "firm_id", "status", "issued_on" });

            migrationBuilder.CreateIndex(
                name: "ix_invoices_firm_id_voided_by_user_id",
                table: "invoices",
                columns: new[] { "firm_id", "voided_by_user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_office_payments_firm_id_client_id",
                table: "office_payments",
                columns: new[] { "firm_id", "client_id" });

            migrationBuilder.CreateIndex(
                name: "ix_office_payments_firm_id_received_on",
                table: "office_payments",
                columns: new[] { "firm_id", "received_on" });

            migrationBuilder.CreateIndex(
                name: "ix_office_payments_firm_id_recorded_by_user_id",
                table: "office_payments",
                columns: new[] { "firm_id", "recorded_by_user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_payment_allocations_firm_id_allocated_by_user_id",
                table: "payment_allocations",
                columns: new[] { "firm_id", "allocated_by_user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_payment_allocations_firm_id_invoice_id",
                table: "payment_allocations",
                columns: new[] { "firm_id", "invoice_id" });

            migrationBuilder.CreateIndex(
                name: "ix_payment_allocations_firm_id_matter_id",
                table: "payment_allocations",
                columns: new[] { "firm_id", "matter_id" });

            migrationBuilder.CreateIndex(
                name: "ix_payment_allocations_firm_id_payment_id",
                table: "payment_allocations",
                columns: new[] { "firm_id", "payment_id" });

            migrationBuilder.CreateIndex(
                name: "ix_rates_firm_id_client_id",
                table: "rates",
                columns: new[] { "firm_id", "client_id" });

            migrationBuilder.CreateIndex(
                name: "ix_rates_firm_id_created_by_user_id",
                table: "rates",
                columns: new[] { "firm_id", "created_by_user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_rates_firm_id_matter_id",
                table: "rates",
                columns: new[] { "firm_id", "matter_id" });

            migrationBuilder.CreateIndex(
                name: "ix_rates_firm_id_scope_effective_from",
                table: "rates",
                columns: new[] { "firm_id", "scope", "effective_from" });

            migrationBuilder.CreateIndex(
                name: "ix_rates_firm_id_user_id",
                table: "rates",
                columns: new[] { "firm_id", "user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_time_entries_firm_id_invoice_id",
                table: "time_entries",
                columns: new[] { "firm_id", "invoice_id" });

            migrationBuilder.CreateIndex(
                name: "ix_time_entries_firm_id_matter_id_status_date",
                table: "time_entries",
                columns: new[] { "firm_id", "matter_id", "status", "date" });

            migrationBuilder.CreateIndex(
                name: "ix_time_entries_firm_id_rate_id",
                table: "time_entries",
                columns: new[] { "firm_id", "rate_id" });

            migrationBuilder.CreateIndex(
                name: "ix_time_entries_firm_id_recorded_by_user_id",
                table: "time_entries",
                columns: new[] { "firm_id", "recorded_by_user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_time_entries_firm_id_user_id_date",
                table: "time_entries",
                columns: new[] { "firm_id", "user_id", "date" });

            migrationBuilder.CreateIndex(
                name: "ix_work_timers_firm_id_matter_id",
                table: "work_timers",
                columns: new[] { "firm_id", "matter_id" });

            migrationBuilder.CreateIndex(
                name: "ix_work_timers_firm_id_user_id",
                table: "work_timers",
                columns: new[] { "firm_id", "user_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "activity_codes");

            migrationBuilder.DropTable(
                name: "billing_settings");

            migrationBuilder.DropTable(
                name: "client_billing_terms");

            migrationBuilder.DropTable(
                name: "credit_note_lines");

            migrationBuilder.DropTable(
                name: "fee_arrangements");

            migrationBuilder.DropTable(
                name: "fee_earner_profiles");

            migrationBuilder.DropTable(
                name: "payment_allocations");

            migrationBuilder.DropTable(
                name: "work_timers");

            migrationBuilder.DropTable(
                name: "credit_notes");

            migrationBuilder.DropTable(
                name: "invoice_lines");

            migrationBuilder.DropTable(
                name: "office_payments");

            migrationBuilder.DropTable(
                name: "disbursements");

            migrationBuilder.DropTable(
                name: "fee_stages");

            migrationBuilder.DropTable(
                name: "time_entries");

            migrationBuilder.DropTable(
                name: "invoices");

            migrationBuilder.DropTable(
                name: "rates");
        }
    }
}
