using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NetTopologySuite.Geometries;

#nullable disable

namespace Medborgardialog.Api.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class MapQuestions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:postgis", ",,");

            migrationBuilder.AddColumn<MultiPolygon>(
                name: "area",
                table: "districts",
                type: "geometry(MultiPolygon, 4326)",
                nullable: true);

            migrationBuilder.AddColumn<Polygon>(
                name: "map_area",
                table: "dialogues",
                type: "geometry(Polygon, 4326)",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "map_places",
                table: "dialogues",
                type: "jsonb",
                nullable: false,
                defaultValueSql: "'[]'::jsonb");

            migrationBuilder.AddColumn<string>(
                name: "map_start",
                table: "dialogues",
                type: "jsonb",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "map_marks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    opinion_id = table.Column<Guid>(type: "uuid", nullable: false),
                    dialogue_id = table.Column<Guid>(type: "uuid", nullable: false),
                    question_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    category_id = table.Column<Guid>(type: "uuid", nullable: true),
                    kind = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    geometry = table.Column<Geometry>(type: "geometry(Geometry, 4326)", nullable: true),
                    point = table.Column<Point>(type: "geometry(Point, 4326)", nullable: true),
                    place_id = table.Column<Guid>(type: "uuid", nullable: true),
                    description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    comment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_map_marks", x => x.id);
                    table.ForeignKey(
                        name: "fk_map_marks_dialogues_dialogue_id",
                        column: x => x.dialogue_id,
                        principalTable: "dialogues",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_map_marks_opinions_opinion_id",
                        column: x => x.opinion_id,
                        principalTable: "opinions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

















            migrationBuilder.CreateIndex(
                name: "ix_districts_area",
                table: "districts",
                column: "area")
                .Annotation("Npgsql:IndexMethod", "GIST");

            migrationBuilder.CreateIndex(
                name: "ix_map_marks_dialogue_id_question_id",
                table: "map_marks",
                columns: new[] { "dialogue_id", "question_id" });

            migrationBuilder.CreateIndex(
                name: "ix_map_marks_geometry",
                table: "map_marks",
                column: "geometry")
                .Annotation("Npgsql:IndexMethod", "GIST");

            migrationBuilder.CreateIndex(
                name: "ix_map_marks_opinion_id",
                table: "map_marks",
                column: "opinion_id");

            migrationBuilder.CreateIndex(
                name: "ix_map_marks_point",
                table: "map_marks",
                column: "point")
                .Annotation("Npgsql:IndexMethod", "GIST");

            // The districts' areas. These are approximations for the demo and for tests: an outline of Karlskoga
            // municipality and, for each district, the Voronoi cell around a point near its centre, clipped to the
            // outline. Replace them with the municipality's own boundaries (docs/maps.md, "Replacing the district areas").
            migrationBuilder.Sql("""
                WITH outline AS (
                    SELECT ST_GeomFromText('POLYGON((14.33 59.30, 14.38 59.42, 14.50 59.50, 14.66 59.48, 14.80 59.40, 14.78 59.25, 14.66 59.17, 14.48 59.18, 14.36 59.22, 14.33 59.30))', 4326) AS g
                ), centres(code, p) AS (VALUES
                    ('centrum', ST_SetSRID(ST_MakePoint(14.523, 59.327), 4326)),
                    ('bregarden', ST_SetSRID(ST_MakePoint(14.505, 59.337), 4326)),
                    ('ravasen', ST_SetSRID(ST_MakePoint(14.545, 59.318), 4326)),
                    ('baggangen', ST_SetSRID(ST_MakePoint(14.560, 59.322), 4326)),
                    ('karlberg', ST_SetSRID(ST_MakePoint(14.525, 59.343), 4326)),
                    ('backegarden', ST_SetSRID(ST_MakePoint(14.503, 59.320), 4326)),
                    ('olmbrotorp', ST_SetSRID(ST_MakePoint(14.470, 59.333), 4326)),
                    ('aggerud', ST_SetSRID(ST_MakePoint(14.555, 59.338), 4326)),
                    ('granbergsdal', ST_SetSRID(ST_MakePoint(14.600, 59.405), 4326)),
                    ('valasen', ST_SetSRID(ST_MakePoint(14.585, 59.300), 4326)),
                    ('immetorp', ST_SetSRID(ST_MakePoint(14.520, 59.305), 4326)),
                    ('skranta', ST_SetSRID(ST_MakePoint(14.540, 59.333), 4326)),
                    ('sandviken', ST_SetSRID(ST_MakePoint(14.490, 59.310), 4326)),
                    ('lakene', ST_SetSRID(ST_MakePoint(14.570, 59.350), 4326)),
                    ('villingsberg', ST_SetSRID(ST_MakePoint(14.620, 59.220), 4326))
                ), cells AS (
                    SELECT (ST_Dump(ST_VoronoiPolygons(ST_Collect(p), 0, (SELECT ST_Expand(g, 0.1) FROM outline)))).geom AS cell FROM centres
                )
                UPDATE districts d
                SET area = ST_Multi(ST_CollectionExtract(ST_Intersection(c.cell, o.g), 3))
                FROM centres x, cells c, outline o
                WHERE d.code = x.code AND ST_Contains(c.cell, x.p);

                UPDATE districts
                SET area = ST_Multi(ST_GeomFromText('POLYGON((14.33 59.30, 14.38 59.42, 14.50 59.50, 14.66 59.48, 14.80 59.40, 14.78 59.25, 14.66 59.17, 14.48 59.18, 14.36 59.22, 14.33 59.30))', 4326))
                WHERE code = 'hela-kommunen';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "map_marks");

            migrationBuilder.DropIndex(
                name: "ix_districts_area",
                table: "districts");

            migrationBuilder.DropColumn(
                name: "area",
                table: "districts");

            migrationBuilder.DropColumn(
                name: "map_area",
                table: "dialogues");

            migrationBuilder.DropColumn(
                name: "map_places",
                table: "dialogues");

            migrationBuilder.DropColumn(
                name: "map_start",
                table: "dialogues");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:postgis", ",,");
        }
    }
}
