namespace AdaptiveLearning.Infrastructure.Import;

/// <summary>The set-based steps that turn a staged batch into questions, versions and tags.</summary>
internal static class QuestionUpsertSql
{
    private const string S = StagingTables.Questions;

    public const string Classify = $"""
        UPDATE {S} s JOIN questions q ON q.external_id = s.external_id
        SET s.question_id = q.id,
            s.old_facet_id = q.facet_id,
            s.content_changed = (q.content_hash <> s.content_hash),
            s.action = CASE WHEN q.facet_id <> s.facet_id THEN 3 WHEN q.content_hash <> s.content_hash THEN 1 ELSE 2 END
        """;

    /// <summary>Existing drafts and reviews that --publish will publish (archived questions stay archived).</summary>
    public const string CountToPublish = $"""
        SELECT COUNT(*) FROM {S} s JOIN questions q ON q.id = s.question_id WHERE q.status IN ('draft', 'in_review')
        """;

    public const string InsertCreated = $"""
        INSERT INTO questions (external_id, facet_id, type, status, version, content, content_hash, search_text,
                               difficulty, irt_a, irt_b, irt_c, irt_calibrated, created_by, created_at, updated_at)
        SELECT external_id, facet_id, type, @Status, 1, content, content_hash, search_text,
               difficulty, irt_a, irt_b, irt_c, 0, @UserId, @Now, @Now
        FROM {S} WHERE question_id IS NULL ORDER BY row_no
        """;

    public const string LinkCreated = $"""
        UPDATE {S} s JOIN questions q ON q.external_id = s.external_id
        SET s.question_id = q.id, s.action = 0, s.content_changed = 1
        WHERE s.question_id IS NULL
        """;

    // A move alone keeps the version: the content a learner saw is the same. Calibrated IRT is kept.
    public const string UpdateChanged = $"""
        UPDATE questions q JOIN {S} s ON s.question_id = q.id
        SET q.facet_id = s.facet_id, q.type = s.type, q.content = s.content, q.content_hash = s.content_hash,
            q.search_text = s.search_text, q.difficulty = s.difficulty,
            q.version = q.version + s.content_changed,
            q.irt_a = IF(q.irt_calibrated, q.irt_a, s.irt_a),
            q.irt_b = IF(q.irt_calibrated, q.irt_b, s.irt_b),
            q.irt_c = IF(q.irt_calibrated, q.irt_c, s.irt_c),
            q.updated_at = @Now
        WHERE s.action IN (1, 3)
        """;

    public const string PublishExisting = $"""
        UPDATE questions q JOIN {S} s ON s.question_id = q.id
        SET q.status = 'published', q.updated_at = @Now
        WHERE s.action <> 0 AND q.status IN ('draft', 'in_review')
        """;

    public const string InsertVersions = $"""
        INSERT INTO question_versions (question_id, version, facet_id, content, content_hash, created_by, created_at)
        SELECT s.question_id, q.version, s.facet_id, s.content, s.content_hash, @UserId, @Now
        FROM {S} s JOIN questions q ON q.id = s.question_id
        WHERE s.content_changed = 1
        """;

    public const string ReplaceTags = $"""
        DELETE t FROM question_tags t JOIN {S} s ON s.question_id = t.question_id WHERE s.content_changed = 1 AND s.action <> 0;
        INSERT INTO question_tags (question_id, tag)
        SELECT s.question_id, st.tag FROM {StagingTables.Tags} st JOIN {S} s ON s.row_no = st.row_no
        WHERE s.content_changed = 1
        """;

    public const string CountsPerFile = $"SELECT CAST(file_no AS SIGNED), CAST(action AS SIGNED), COUNT(*) FROM {S} GROUP BY file_no, action";

    public const string Moves = $"""
        SELECT s.external_id AS ExternalId, old.path AS `From`, new.path AS `To`
        FROM {S} s JOIN hierarchy_nodes old ON old.id = s.old_facet_id JOIN hierarchy_nodes new ON new.id = s.facet_id
        WHERE s.action = 3 ORDER BY s.row_no
        """;
}
