using AdaptiveLearning.Domain.Learning;
using AdaptiveLearning.Domain.Tracing;

namespace AdaptiveLearning.Application.Adaptive;

/// <summary>One of a learner's answers as knowledge tracing sees it: the skill is the facet, ability is per topic.</summary>
/// <param name="AttemptId">The stored attempt's id: a learner's attempts get increasing ids in the order they commit.</param>
public sealed record EvidenceAttempt(
    long AttemptId,
    long QuestionId,
    long FacetId,
    string FacetPath,
    string TopicPath,
    bool Correct,
    DateTimeOffset AnsweredAt,
    SessionMode Mode,
    IrtItem Item);
