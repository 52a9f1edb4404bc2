using AdaptiveLearning.Application.Questions;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Infrastructure.Questions;

internal sealed class QuestionVersionRow
{
    public long QuestionId { get; init; }
    public int Version { get; init; }
    public string? Path { get; init; }
    public string? Status { get; init; }
    public Guid? CreatedBy { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public int? RestoredFrom { get; init; }
    public string Content { get; init; } = "";

    /// <summary>
    /// The status the question last had while this version was current: its status now for the current version;
    /// otherwise the last change recorded at this version, else the status it was written with, else the status the
    /// question had when the trail next moved (versions older than the trail and importer writes record none).
    /// </summary>
    public const string Select = """
        SELECT v.question_id, v.version, h.path, v.created_by, v.created_at, v.restored_from, v.content,
               CASE WHEN v.version = q.version THEN q.status ELSE COALESCE(
                   (SELECT c.to_status FROM question_status_changes c
                    WHERE c.question_id = v.question_id AND c.version = v.version ORDER BY c.id DESC LIMIT 1),
                   v.status,
                   (SELECT c.from_status FROM question_status_changes c
                    WHERE c.question_id = v.question_id AND c.version > v.version ORDER BY c.id LIMIT 1)) END AS status
        FROM question_versions v
        JOIN questions q ON q.id = v.question_id
        LEFT JOIN hierarchy_nodes h ON h.id = v.facet_id
        """;

    public QuestionVersionRecord ToRecord() => new(QuestionId, Version, Path,
        Status is null ? (QuestionStatus?)null : WireNames.Parse<QuestionStatus>(Status), CreatedBy, CreatedAt, RestoredFrom, QuestionContent.FromJson(Content));
}
