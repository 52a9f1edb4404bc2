using AdaptiveLearning.Application.Adaptive;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Learning;
using AdaptiveLearning.Domain.Tracing;
using AdaptiveLearning.Infrastructure.Learning;

namespace AdaptiveLearning.Infrastructure.Adaptive;

internal sealed class EvidenceRow
{
    public long AttemptId { get; init; }
    public long QuestionId { get; init; }
    public long FacetId { get; init; }
    public string FacetPath { get; init; } = "";
    public string TopicPath { get; init; } = "";
    public long Correct { get; init; }
    public DateTimeOffset AnsweredAt { get; init; }
    public string Mode { get; init; } = "";
    public double IrtA { get; init; }
    public double IrtB { get; init; }
    public double IrtC { get; init; }

    public EvidenceAttempt ToAttempt() => new(AttemptId, QuestionId, FacetId, FacetPath, TopicPath, Correct == 1, AnsweredAt,
        WireNames.Parse<SessionMode>(Mode), new IrtItem(IrtA, IrtB, IrtC));
}
