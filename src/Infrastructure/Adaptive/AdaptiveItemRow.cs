using AdaptiveLearning.Application.Adaptive;
using AdaptiveLearning.Domain.Tracing;
using AdaptiveLearning.Infrastructure.Hierarchy;

namespace AdaptiveLearning.Infrastructure.Adaptive;

internal sealed class AdaptiveItemRow
{
    /// <summary>Selects from questions q joined to their facet f (see VisibleQuestions.Joins).</summary>
    public static readonly string Columns = $"""
        q.id AS question_id, q.facet_id, f.path AS facet_path, {PathScopeSql.TopicOf("f.path")} AS topic_path,
        q.irt_a, q.irt_b, q.irt_c, q.irt_calibrated
        """;

    public long QuestionId { get; init; }
    public long FacetId { get; init; }
    public string FacetPath { get; init; } = "";
    public string TopicPath { get; init; } = "";
    public double IrtA { get; init; }
    public double IrtB { get; init; }
    public double IrtC { get; init; }
    public bool IrtCalibrated { get; init; }

    public AdaptiveItem ToItem() => new(QuestionId, FacetId, FacetPath, TopicPath, new IrtItem(IrtA, IrtB, IrtC), IrtCalibrated);
}
