using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseTrak.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReconciliationSettledBefore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "journals_through",
                table: "reconciliations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "settled_before",
                table: "reconciliations",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "journals_through",
                table: "reconciliations");

            migrationBuilder.DropColumn(
                name: "settled_before",
                table: "reconciliations");
        }
    }
}
