using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReportItemIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Items_UnitId_PublishedAt_Kind_FormedOn_RepealedOn_Channels",
                table: "Items",
                columns: new[] { "UnitId", "PublishedAt", "Kind", "FormedOn", "RepealedOn", "Channels" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Items_UnitId_PublishedAt_Kind_FormedOn_RepealedOn_Channels",
                table: "Items");
        }
    }
}
