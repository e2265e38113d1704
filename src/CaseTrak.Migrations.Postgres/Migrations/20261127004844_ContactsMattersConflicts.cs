using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseTrak.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ContactsMattersConflicts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.AddColumn<int>(
                name: "matter_reference_scheme",
                table: "firms",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "contacts",
                columns: table => new
                {
                    firm_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    first_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    middle_names = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    last_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    date_of_birth = table.Column<DateOnly>(type: "date", nullable: true),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    company_number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    client_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    display_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    phone = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    address_line1 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    address_line2 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    town = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    county = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    postcode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    country = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    archived = table.Column<bool>(type: "boolean", nullable: false),
                    cdd_status = table.Column<int>(type: "integer", nullable: false),
                    cdd_risk_level = table.Column<int>(type: "integer", nullable: true),
                    cdd_id_expires_on = table.Column<DateOnly>(type: "date", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contacts", x => new { x.firm_id, x.id });
                    table.ForeignKey(
                        name: "fk_contacts_firms_firm_id",
                        column: x => x.firm_id,
                        principalTable: "firms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "practice_areas",
                columns: table => new
                {
                    firm_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_practice_areas", x => new { x.firm_id, x.id });
                    table.ForeignKey(
                        name: "fk_practice_areas_firms_firm_id",
                        column: x => x.firm_id,
                        principalTable: "firms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "conflict_checks",
                columns: table => new
                {
                    firm_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    terms = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    client_id = table.Column<Guid>(type: "uuid", nullable: true),
                    run_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    run_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    hit_count = table.Column<int>(type: "integer", nullable: false),
                    decision = table.Column<int>(type: "integer", nullable: false),
                    decision_reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    decided_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    decided_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_conflict_checks", x => new { x.firm_id, x.id });
                    table.ForeignKey(
                        name: "fk_conflict_checks_contacts_firm_id_client_id",
                        columns: x => new { x.firm_id, x.client_id },
                        principalTable: "contacts",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_conflict_checks_firms_firm_id",
                        column: x => x.firm_id,
                        principalTable: "firms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "contact_methods",
                columns: table => new
                {
                    firm_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    contact_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    label = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    value = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contact_methods", x => new { x.firm_id, x.id });
                    table.ForeignKey(
                        name: "fk_contact_methods_contacts_firm_id_contact_id",
                        columns: x => new { x.firm_id, x.contact_id },
                        principalTable: "contacts",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_contact_methods_firms_firm_id",
                        column: x => x.firm_id,
                        principalTable: "firms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "contact_names",
                columns: table => new
                {
                    firm_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    contact_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    normalised = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contact_names", x => new { x.firm_id, x.id });
                    table.ForeignKey(
                        name: "fk_contact_names_contacts_firm_id_contact_id",
                        columns: x => new { x.firm_id, x.contact_id },
                        principalTable: "contacts",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_contact_names_firms_firm_id",
                        column: x => x.firm_id,
                        principalTable: "firms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "contact_notes",
                columns: table => new
                {
                    firm_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    contact_id = table.Column<Guid>(type: "uuid", nullable: false),
                    body = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    author_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contact_notes", x => new { x.firm_id, x.id });
                    table.ForeignKey(
                        name: "fk_contact_notes_contacts_firm_id_contact_id",
                        columns: x => new { x.firm_id, x.contact_id },
                        principalTable: "contacts",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_contact_notes_firms_firm_id",
                        column: x => x.firm_id,
                        principalTable: "firms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "contact_relationships",
                columns: table => new
                {
                    firm_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    from_contact_id = table.Column<Guid>(type: "uuid", nullable: false),
                    to_contact_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    share_bp = table.Column<int>(type: "integer", nullable: true),
                    notes = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contact_relationships", x => new { x.firm_id, x.id });
                    table.ForeignKey(
                        name: "fk_contact_relationships_contacts_firm_id_from_contact_id",
                        columns: x => new { x.firm_id, x.from_contact_id },
                        principalTable: "contacts",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_contact_relationships_contacts_firm_id_to_contact_id",
                        columns: x => new { x.firm_id, x.to_contact_id },
                        principalTable: "contacts",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_contact_relationships_firms_firm_id",
                        column: x => x.firm_id,
                        principalTable: "firms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "due_diligence_records",
                columns: table => new
                {
                    firm_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    contact_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    method = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    evidence_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    evidence_number_masked = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    evidence_expires_on = table.Column<DateOnly>(type: "date", nullable: true),
                    verified_on = table.Column<DateOnly>(type: "date", nullable: true),
                    verified_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    risk_level = table.Column<int>(type: "integer", nullable: true),
                    risk_reasons = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    pep = table.Column<bool>(type: "boolean", nullable: false),
                    high_risk_country = table.Column<bool>(type: "boolean", nullable: false),
                    source_of_funds = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    source_of_wealth = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    senior_approval_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    senior_approval_on = table.Column<DateOnly>(type: "date", nullable: true),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    recorded_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    recorded_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_due_diligence_records", x => new { x.firm_id, x.id });
                    table.ForeignKey(
                        name: "fk_due_diligence_records_contacts_firm_id_contact_id",
                        columns: x => new { x.firm_id, x.contact_id },
                        principalTable: "contacts",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_due_diligence_records_firms_firm_id",
                        column: x => x.firm_id,
                        principalTable: "firms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "custom_field_definitions",
                columns: table => new
                {
                    firm_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    practice_area_id = table.Column<Guid>(type: "uuid", nullable: false),
                    key = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    label = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    type = table.Column<int>(type: "integer", nullable: false),
                    required = table.Column<bool>(type: "boolean", nullable: false),
                    choices = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_custom_field_definitions", x => new { x.firm_id, x.id });
                    table.ForeignKey(
                        name: "fk_custom_field_definitions_firms_firm_id",
                        column: x => x.firm_id,
                        principalTable: "firms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_custom_field_definitions_practice_areas_firm_id_practice_ar",
                        columns: x => new { x.firm_id, x.practice_area_id },
                        principalTable: "practice_areas",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "conflict_hits",
                columns: table => new
                {
                    firm_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    check_id = table.Column<Guid>(type: "uuid", nullable: false),
                    term = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    matched_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    contact_id = table.Column<Guid>(type: "uuid", nullable: true),
                    matter_id = table.Column<Guid>(type: "uuid", nullable: true),
                    matter_reference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    score = table.Column<int>(type: "integer", nullable: false),
                    restricted = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_conflict_hits", x => new { x.firm_id, x.id });
                    table.ForeignKey(
                        name: "fk_conflict_hits_conflict_checks_firm_id_check_id",
                        columns: x => new { x.firm_id, x.check_id },
                        principalTable: "conflict_checks",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_conflict_hits_firms_firm_id",
                        column: x => x.firm_id,
                        principalTable: "firms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "matters",
                columns: table => new
                {
                    firm_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    reference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    client_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    practice_area_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<int>(type: "integer", nullable: false),
                    responsible_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    supervising_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    conflict_check_id = table.Column<Guid>(type: "uuid", nullable: false),
                    cost_estimate_minor = table.Column<long>(type: "bigint", nullable: true),
                    cost_alert_bp = table.Column<int>(type: "integer", nullable: false),
                    custom_fields = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    opened_on = table.Column<DateOnly>(type: "date", nullable: false),
                    closed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    last_activity_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_matters", x => new { x.firm_id, x.id });
                    table.ForeignKey(
                        name: "fk_matters_conflict_checks_firm_id_conflict_check_id",
                        columns: x => new { x.firm_id, x.conflict_check_id },
                        principalTable: "conflict_checks",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_matters_contacts_firm_id_client_id",
                        columns: x => new { x.firm_id, x.client_id },
                        principalTable: "contacts",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_matters_firms_firm_id",
                        column: x => x.firm_id,
                        principalTable: "firms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_matters_practice_areas_firm_id_practice_area_id",
                        columns: x => new { x.firm_id, x.practice_area_id },
                        principalTable: "practice_areas",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_matters_users_firm_id_responsible_user_id",
                        columns: x => new { x.firm_id, x.responsible_user_id },
                        principalTable: "users",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_matters_users_firm_id_supervising_user_id",
                        columns: x => new { x.firm_id, x.supervising_user_id },
                        principalTable: "users",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "name_trigrams",
                columns: table => new
                {
                    firm_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name_id = table.Column<Guid>(type: "uuid", nullable: false),
                    trigram = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_name_trigrams", x => new { x.firm_id, x.id });
                    table.ForeignKey(
                        name: "fk_name_trigrams_contact_names_firm_id_name_id",
                        columns: x => new { x.firm_id, x.name_id },
                        principalTable: "contact_names",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_name_trigrams_firms_firm_id",
                        column: x => x.firm_id,
                        principalTable: "firms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "beneficial_owners",
                columns: table => new
                {
                    firm_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    record_id = table.Column<Guid>(type: "uuid", nullable: false),
                    contact_id = table.Column<Guid>(type: "uuid", nullable: true),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    share_bp = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_beneficial_owners", x => new { x.firm_id, x.id });
                    table.ForeignKey(
                        name: "fk_beneficial_owners_due_diligence_records_firm_id_record_id",
                        columns: x => new { x.firm_id, x.record_id },
                        principalTable: "due_diligence_records",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_beneficial_owners_firms_firm_id",
                        column: x => x.firm_id,
                        principalTable: "firms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "key_dates",
                columns: table => new
                {
                    firm_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    matter_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    working = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    created_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    done = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_key_dates", x => new { x.firm_id, x.id });
                    table.ForeignKey(
                        name: "fk_key_dates_firms_firm_id",
                        column: x => x.firm_id,
                        principalTable: "firms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_key_dates_matters_firm_id_matter_id",
                        columns: x => new { x.firm_id, x.matter_id },
                        principalTable: "matters",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "matter_barriers",
                columns: table => new
                {
                    firm_id = table.Column<Guid>(type: "uuid", nullable: false),
                    matter_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    created_by_user_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_matter_barriers", x => new { x.firm_id, x.matter_id });
                    table.ForeignKey(
                        name: "fk_matter_barriers_firms_firm_id",
                        column: x => x.firm_id,
                        principalTable: "firms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_matter_barriers_matters_firm_id_matter_id",
                        columns: x => new { x.firm_id, x.matter_id },
                        principalTable: "matters",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "matter_notes",
                columns: table => new
                {
                    firm_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    matter_id = table.Column<Guid>(type: "uuid", nullable: false),
                    body = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    author_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_matter_notes", x => new { x.firm_id, x.id });
                    table.ForeignKey(
                        name: "fk_matter_notes_firms_firm_id",
                        column: x => x.firm_id,
                        principalTable: "firms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_matter_notes_matters_firm_id_matter_id",
                        columns: x => new { x.firm_id, x.matter_id },
                        principalTable: "matters",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "matter_parties",
                columns: table => new
                {
                    firm_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    matter_id = table.Column<Guid>(type: "uuid", nullable: false),
                    contact_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role = table.Column<int>(type: "integer", nullable: false),
                    reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    added_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_matter_parties", x => new { x.firm_id, x.id });
                    table.ForeignKey(
                        name: "fk_matter_parties_contacts_firm_id_contact_id",
                        columns: x => new { x.firm_id, x.contact_id },
                        principalTable: "contacts",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_matter_parties_firms_firm_id",
                        column: x => x.firm_id,
                        principalTable: "firms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_matter_parties_matters_firm_id_matter_id",
                        columns: x => new { x.firm_id, x.matter_id },
                        principalTable: "matters",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "matter_team_members",
                columns: table => new
                {
                    firm_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    matter_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_matter_team_members", x => new { x.firm_id, x.id });
                    table.ForeignKey(
                        name: "fk_matter_team_members_firms_firm_id",
                        column: x => x.firm_id,
                        principalTable: "firms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_matter_team_members_matters_firm_id_matter_id",
                        columns: x => new { x.firm_id, x.matter_id },
                        principalTable: "matters",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_matter_team_members_users_firm_id_user_id",
                        columns: x => new { x.firm_id, x.user_id },
                        principalTable: "users",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "undertakings",
                columns: table => new
                {
                    firm_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    matter_id = table.Column<Guid>(type: "uuid", nullable: false),
                    given_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    given_to = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    wording = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    given_on = table.Column<DateOnly>(type: "date", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    status = table.Column<int>(type: "integer", nullable: false),
                    discharged_on = table.Column<DateOnly>(type: "date", nullable: true),
                    discharge_evidence = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    discharged_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_undertakings", x => new { x.firm_id, x.id });
                    table.ForeignKey(
                        name: "fk_undertakings_firms_firm_id",
                        column: x => x.firm_id,
                        principalTable: "firms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_undertakings_matters_firm_id_matter_id",
                        columns: x => new { x.firm_id, x.matter_id },
                        principalTable: "matters",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_undertakings_users_firm_id_given_by_user_id",
                        columns: x => new { x.firm_id, x.given_by_user_id },
                        principalTable: "users",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "matter_barrier_members",
                columns: table => new
                {
                    firm_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    matter_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_matter_barrier_members", x => new { x.firm_id, x.id });
                    table.ForeignKey(
                        name: "fk_matter_barrier_members_firms_firm_id",
                        column: x => x.firm_id,
                        principalTable: "firms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_matter_barrier_members_matter_barriers_firm_id_matter_id",
                        columns: x => new { x.firm_id, x.matter_id },
                        principalTable: "matter_barriers",
                        principalColumns: new[] { "firm_id", "matter_id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_matter_barrier_members_users_firm_id_user_id",
                        columns: x => new { x.firm_id, x.user_id },
                        principalTable: "users",
                        principalColumns: new[] { "firm_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_beneficial_owners_firm_id_record_id",
                table: "beneficial_owners",
                columns: new[] { "firm_id", "record_id" });

            migrationBuilder.CreateIndex(
                name: "ix_conflict_checks_firm_id_client_id",
                table: "conflict_checks",
                columns: new[] { "firm_id", "client_id" });

            migrationBuilder.CreateIndex(
                name: "ix_conflict_checks_firm_id_run_at",
                table: "conflict_checks",
                columns: new[] { "firm_id", "run_at" });

            migrationBuilder.CreateIndex(
                name: "ix_conflict_hits_firm_id_check_id",
                table: "conflict_hits",
                columns: new[] { "firm_id", "check_id" });

            migrationBuilder.CreateIndex(
                name: "ix_contact_methods_firm_id_contact_id",
                table: "contact_methods",
                columns: new[] { "firm_id", "contact_id" });

            migrationBuilder.CreateIndex(
                name: "ix_contact_names_firm_id_contact_id",
                table: "contact_names",
                columns: new[] { "firm_id", "contact_id" });

            migrationBuilder.CreateIndex(
                name: "ix_contact_names_firm_id_normalised",
                table: "contact_names",
                columns: new[] { "firm_id", "normalised" });

            migrationBuilder.CreateIndex(
                name: "ix_contact_names_normalised",
                table: "contact_names",
                column: "normalised")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_contact_notes_firm_id_contact_id",
                table: "contact_notes",
                columns: new[] { "firm_id", "contact_id" });

            migrationBuilder.CreateIndex(
                name: "ix_contact_relationships_firm_id_from_contact_id",
                table: "contact_relationships",
                columns: new[] { "firm_id", "from_contact_id" });

            migrationBuilder.CreateIndex(
                name: "ix_contact_relationships_firm_id_to_contact_id",
                table: "contact_relationships",
                columns: new[] { "firm_id", "to_contact_id" });

            migrationBuilder.CreateIndex(
                name: "ix_contacts_firm_id_client_code",
                table: "contacts",
                columns: new[] { "firm_id", "client_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_contacts_firm_id_display_name_id",
                table: "contacts",
                columns: new[] { "firm_id", "display_name", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_contacts_firm_id_updated_at",
                table: "contacts",
                columns: new[] { "firm_id", "updated_at" });

            migrationBuilder.CreateIndex(
                name: "ix_custom_field_definitions_firm_id_practice_area_id_key",
                table: "custom_field_definitions",
                columns: new[] { "firm_id", "practice_area_id", "key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_due_diligence_records_firm_id_contact_id_recorded_at",
                table: "due_diligence_records",
                columns: new[] { "firm_id", "contact_id", "recorded_at" });

            migrationBuilder.CreateIndex(
                name: "ix_key_dates_firm_id_date",
                table: "key_dates",
                columns: new[] { "firm_id", "date" });

            migrationBuilder.CreateIndex(
                name: "ix_key_dates_firm_id_matter_id_date",
                table: "key_dates",
                columns: new[] { "firm_id", "matter_id", "date" });

            migrationBuilder.CreateIndex(
                name: "ix_matter_barrier_members_firm_id_matter_id_user_id",
                table: "matter_barrier_members",
                columns: new[] { "firm_id", "matter_id", "user_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_matter_barrier_members_firm_id_user_id",
                table: "matter_barrier_members",
                columns: new[] { "firm_id", "user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_matter_notes_firm_id_matter_id_created_at",
                table: "matter_notes",
                columns: new[] { "firm_id", "matter_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_matter_parties_firm_id_contact_id",
                table: "matter_parties",
                columns: new[] { "firm_id", "contact_id" });

            migrationBuilder.CreateIndex(
                name: "ix_matter_parties_firm_id_matter_id",
                table: "matter_parties",
                columns: new[] { "firm_id", "matter_id" });

            migrationBuilder.CreateIndex(
                name: "ix_matter_team_members_firm_id_matter_id_user_id",
                table: "matter_team_members",
                columns: new[] { "firm_id", "matter_id", "user_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_matter_team_members_firm_id_user_id",
                table: "matter_team_members",
                columns: new[] { "firm_id", "user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_matters_firm_id_client_id",
                table: "matters",
                columns: new[] { "firm_id", "client_id" });

            migrationBuilder.CreateIndex(
                name: "ix_matters_firm_id_conflict_check_id",
                table: "matters",
                columns: new[] { "firm_id", "conflict_check_id" });

            migrationBuilder.CreateIndex(
                name: "ix_matters_firm_id_last_activity_at_id",
                table: "matters",
                columns: new[] { "firm_id", "last_activity_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_matters_firm_id_practice_area_id",
                table: "matters",
                columns: new[] { "firm_id", "practice_area_id" });

            migrationBuilder.CreateIndex(
                name: "ix_matters_firm_id_reference",
                table: "matters",
                columns: new[] { "firm_id", "reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_matters_firm_id_responsible_user_id_status",
                table: "matters",
                columns: new[] { "firm_id", "responsible_user_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_matters_firm_id_status_last_activity_at_id",
                table: "matters",
                columns: new[] { "firm_id", "status", "last_activity_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_matters_firm_id_supervising_user_id",
                table: "matters",
                columns: new[] { "firm_id", "supervising_user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_matters_title",
                table: "matters",
                column: "title")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_name_trigrams_firm_id_name_id",
                table: "name_trigrams",
                columns: new[] { "firm_id", "name_id" });

            migrationBuilder.CreateIndex(
                name: "ix_name_trigrams_firm_id_trigram_name_id",
                table: "name_trigrams",
                columns: new[] { "firm_id", "trigram", "name_id" });

            migrationBuilder.CreateIndex(
                name: "ix_practice_areas_firm_id_name",
                table: "practice_areas",
                columns: new[] { "firm_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_undertakings_firm_id_given_by_user_id",
                table: "undertakings",
                columns: new[] { "firm_id", "given_by_user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_undertakings_firm_id_matter_id",
                table: "undertakings",
                columns: new[] { "firm_id", "matter_id" });

            migrationBuilder.CreateIndex(
                name: "ix_undertakings_firm_id_status_due_on",
                table: "undertakings",
                columns: new[] { "firm_id", "status", "due_on" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "beneficial_owners");

            migrationBuilder.DropTable(
                name: "conflict_hits");

            migrationBuilder.DropTable(
                name: "contact_methods");

            migrationBuilder.DropTable(
                name: "contact_notes");

            migrationBuilder.DropTable(
                name: "contact_relationships");

            migrationBuilder.DropTable(
                name: "custom_field_definitions");

            migrationBuilder.DropTable(
                name: "key_dates");

            migrationBuilder.DropTable(
                name: "matter_barrier_members");

            migrationBuilder.DropTable(
                name: "matter_notes");

            migrationBuilder.DropTable(
                name: "matter_parties");

            migrationBuilder.DropTable(
                name: "matter_team_members");

            migrationBuilder.DropTable(
                name: "name_trigrams");

            migrationBuilder.DropTable(
                name: "undertakings");

            migrationBuilder.DropTable(
                name: "due_diligence_records");

            migrationBuilder.DropTable(
                name: "matter_barriers");

            migrationBuilder.DropTable(
                name: "contact_names");

            migrationBuilder.DropTable(
                name: "matters");

            migrationBuilder.DropTable(
                name: "conflict_checks");

            migrationBuilder.DropTable(
                name: "practice_areas");

            migrationBuilder.DropTable(
                name: "contacts");

            migrationBuilder.DropColumn(
                name: "matter_reference_scheme",
                table: "firms");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");
        }
    }
}
