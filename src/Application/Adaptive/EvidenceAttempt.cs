using AdaptiveLearning.Domain.Learning;
using AdaptiveLearning.Domain.Tracing;

namespace AdaptiveLearning.Application.Adaptive;

/// <summary>One of a learner's answers as knowledge tracing sees it: the skill is the facet, ability is per topic.</summary>
public sealed record EvidenceAttempt(
    long QuestionId,
    long FacetId,
    string FacetPath,
    string TopicPath,
    bool Correct,
    DateTimeOffset AnsweredAt,
    SessionMode Mode,
    IrtItem Item);
