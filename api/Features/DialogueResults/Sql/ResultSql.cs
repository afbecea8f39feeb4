namespace Medborgardialog.Api.Features.DialogueResults.Sql;

/// <summary>
/// The area's raw SQL, in one place: what EF Core cannot say over an opinion's jsonb answers, expanded into rows in
/// PostgreSQL so the opinions never leave the database. Each query gives rows of one dialogue's opinions and decides
/// nothing about which of them count: a use case composes the same LINQ as everywhere on top
/// (<see cref="Opinion.InResult"/>), and EF Core writes it into the one statement.
/// (Column aliases are snake_case: the naming convention applies to these row types too.)
/// </summary>
internal static class ResultSql
{
    /// <summary>One row per answer of each opinion of the dialogue.</summary>
    public static IQueryable<AnswerRow> Answers(AppDbContext db, Guid dialogueId) => db.Database.SqlQuery<AnswerRow>($"""
        SELECT o.id AS opinion_id, (a->>'questionId')::uuid AS question_id
        FROM opinions o CROSS JOIN LATERAL jsonb_array_elements(o.answers) a
        WHERE o.dialogue_id = {dialogueId}
        """);

    /// <summary>One row per chosen option of each answer, with its place in the answer (1 = first, for a ranking).</summary>
    public static IQueryable<ChosenOptionRow> ChosenOptions(AppDbContext db, Guid dialogueId) => db.Database.SqlQuery<ChosenOptionRow>($"""
        SELECT o.id AS opinion_id, (a->>'questionId')::uuid AS question_id, x.option_id::uuid AS option_id, x.position AS position
        FROM opinions o CROSS JOIN LATERAL jsonb_array_elements(o.answers) a
        CROSS JOIN LATERAL jsonb_array_elements_text(a->'optionIds') WITH ORDINALITY AS x(option_id, position)
        WHERE o.dialogue_id = {dialogueId} AND jsonb_typeof(a->'optionIds') = 'array'
        """);

    /// <summary>One row per scale answer.</summary>
    public static IQueryable<ScaleAnswerRow> ScaleAnswers(AppDbContext db, Guid dialogueId) => db.Database.SqlQuery<ScaleAnswerRow>($"""
        SELECT o.id AS opinion_id, (a->>'questionId')::uuid AS question_id, (a->>'scale')::int AS value
        FROM opinions o CROSS JOIN LATERAL jsonb_array_elements(o.answers) a
        WHERE o.dialogue_id = {dialogueId} AND jsonb_typeof(a->'scale') = 'number'
        """);

    internal sealed record AnswerRow(Guid OpinionId, Guid QuestionId);

    internal sealed record ChosenOptionRow(Guid OpinionId, Guid QuestionId, Guid OptionId, long Position);

    internal sealed record ScaleAnswerRow(Guid OpinionId, Guid QuestionId, int Value);
}
