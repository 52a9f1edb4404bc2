using AdaptiveLearning.Application.Imports.ImportQuestions;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Infrastructure.Imports;

/// <summary>The set-based steps that turn a staged batch into questions, versions and tags.</summary>
internal static class QuestionUpsertSql
{
    private const string S = StagingTables.Questions;

    public const string FindExisting = $"""
        SELECT q.id AS Id, q.external_id AS ExternalId, q.facet_id AS FacetId, q.content_hash AS ContentHash
        FROM {StagingTables.Keys} k JOIN questions q ON q.external_id = k.external_id
        """;

    public const string InsertCreatedVersions = $"""
        INSERT INTO question_versions (question_id, version, facet_id, content, content_hash, created_by, created_at)
        SELECT q.id, q.version, q.facet_id, q.content, q.content_hash, q.created_by, q.created_at
        FROM {StagingTables.Created} c JOIN questions q ON q.external_id = c.external_id
        """;

    public const string InsertCreatedTags = $"""
        INSERT INTO question_tags (question_id, tag)
        SELECT q.id, t.tag
        FROM {StagingTables.Tags} t JOIN {StagingTables.Created} c ON c.row_no = t.row_no JOIN questions q ON q.external_id = c.external_id
        """;

    // Question.Revise applied to a set: content_changed (StagedQuestion.ContentChanged) adds the one new version,
    // calibrated IRT is kept. A move alone keeps the version: the content a learner saw is the same.
    public static readonly string UpdateChanged = $"""
        UPDATE questions q JOIN {S} s ON s.question_id = q.id
        SET q.facet_id = s.facet_id, q.type = s.type, q.content = s.content, q.content_hash = s.content_hash,
            q.search_text = s.search_text, q.difficulty = s.difficulty,
            q.version = q.version + s.content_changed,
            q.irt_a = IF(q.irt_calibrated, q.irt_a, s.irt_a),
            q.irt_b = IF(q.irt_calibrated, q.irt_b, s.irt_b),
            q.irt_c = IF(q.irt_calibrated, q.irt_c, s.irt_c),
            q.updated_at = @Now
        WHERE s.action IN ({(byte)ImportAction.Updated}, {(byte)ImportAction.Moved})
        """;

    public const string InsertChangedVersions = $"""
        INSERT INTO question_versions (question_id, version, facet_id, content, content_hash, created_by, created_at)
        SELECT s.question_id, q.version, s.facet_id, s.content, s.content_hash, @UserId, @Now
        FROM {S} s JOIN questions q ON q.id = s.question_id
        WHERE s.content_changed = 1
        """;

    public const string ReplaceChangedTags = $"""
        DELETE t FROM question_tags t JOIN {S} s ON s.question_id = t.question_id WHERE s.content_changed = 1;
        INSERT INTO question_tags (question_id, tag)
        SELECT s.question_id, st.tag FROM {StagingTables.Tags} st JOIN {S} s ON s.row_no = st.row_no
        WHERE s.content_changed = 1
        """;

    /// <summary>--publish: the batch's existing questions go live as <see cref="Question.PublishWithBank"/> decides.</summary>
    public const string PublishExisting = $"""
        UPDATE questions q JOIN {StagingTables.Keys} k ON k.external_id = q.external_id
        SET q.status = @Published, q.updated_at = @Now
        WHERE q.status IN @PublishedFrom
        """;

    public static object PublishArgs(DateTime now) => new
    {
        Now = now,
        Published = WireNames.Of(QuestionStatus.Published),
        PublishedFrom = ImportPublishing.PublishedStatuses.Select(WireNames.Of).ToArray(),
    };

    public const string FacetPaths = "SELECT id, path FROM hierarchy_nodes WHERE id IN @Ids";
}
