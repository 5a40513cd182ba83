using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Backlot.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SceneDrafts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ChangedInDraft",
                table: "Scenes",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DraftStatus",
                table: "Scenes",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "New"); // scenes imported before drafts were tracked read as New

            migrationBuilder.AddColumn<bool>(
                name: "NumberFromScript",
                table: "Scenes",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Text",
                table: "Scenes",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TextHash",
                table: "Scenes",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ChangedInDraft",
                table: "Scenes");

            migrationBuilder.DropColumn(
                name: "DraftStatus",
                table: "Scenes");

            migrationBuilder.DropColumn(
                name: "NumberFromScript",
                table: "Scenes");

            migrationBuilder.DropColumn(
                name: "Text",
                table: "Scenes");

            migrationBuilder.DropColumn(
                name: "TextHash",
                table: "Scenes");
        }
    }
}
