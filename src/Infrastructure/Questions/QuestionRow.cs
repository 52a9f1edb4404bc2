using AdaptiveLearning.Application.Questions;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Infrastructure.Questions;

internal sealed class QuestionRow
{
    public long Id { get; init; }
    public string ExternalId { get; init; } = "";
    public long FacetId { get; init; }
    public string Path { get; init; } = "";
    public string Status { get; init; } = "";
    public int Version { get; init; }
    public string Content { get; init; } = "";
    public double IrtA { get; init; }
    public double IrtB { get; init; }
    public double IrtC { get; init; }
    public bool IrtCalibrated { get; init; }
    public bool VisibleToLearners { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    /// <summary>Full-text relevance; only selected when a search orders the results.</summary>
    public double Score { get; init; }

    /// <summary>Selects a question with its facet path and whether learners may see it.</summary>
    public static readonly string SelectFrom = $"""
        SELECT q.id, q.external_id, q.facet_id, f.path, q.status, q.version, q.content, q.irt_a, q.irt_b, q.irt_c,
               q.irt_calibrated, q.updated_at, {VisibleQuestions.Condition} AS visible_to_learners
        FROM questions q
        {VisibleQuestions.Joins}
        """;

    public Question ToQuestion(Guid? lastEditorId = null) => Question.Restore(Id, ExternalId, FacetId,
        WireNames.Parse<QuestionStatus>(Status), Version, QuestionContent.FromJson(Content), new IrtParameters(IrtA, IrtB, IrtC),
        IrtCalibrated, lastEditorId);

    public QuestionDto ToDto() => QuestionDtoMapper.ToDto(QuestionContent.FromJson(Content), Id, ExternalId, Path,
        WireNames.Parse<QuestionStatus>(Status), Version, new IrtParameters(IrtA, IrtB, IrtC), IrtCalibrated, VisibleToLearners, UpdatedAt);
}
