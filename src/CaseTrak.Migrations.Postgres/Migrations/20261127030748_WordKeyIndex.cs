using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseTrak.Migrations.Postgres.Migrations
{
    /// <summary>
    /// The word-key index of contact names for conflict searches (NameKeyQuery): each word, and each word of three
    /// letters or more less any one letter, tagged with the name's length class (NameKeyQuery.LengthClasses: "#1",
    /// "#2", "#3" for three words or more). An expression index, which EF cannot model, so it lives here only
    /// (SQLite searches name_trigrams instead).
    /// </summary>
    public partial class WordKeyIndex : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION name_word_keys(normalised text) RETURNS text[]
                LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
                    SELECT coalesce(array_agg(DISTINCT k || '#' || least(cardinality(string_to_array(normalised, ' ')), 3)), '{}') FROM (
                        SELECT w FROM unnest(string_to_array(normalised, ' ')) AS w WHERE w <> ''
                        UNION ALL
                        SELECT left(w, i - 1) || substr(w, i + 1)
                        FROM unnest(string_to_array(normalised, ' ')) AS w, generate_series(1, length(w)) AS i
                        WHERE length(w) >= 3
                    ) AS keys (k)
                $$;
                """);
            migrationBuilder.Sql("CREATE INDEX ix_contact_names_word_keys ON contact_names USING gin (name_word_keys(normalised));");
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_contact_names_word_keys;");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS name_word_keys(text);");
        }
    }
}
