using AdaptiveLearning.Application.Questions;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Infrastructure.Questions;

internal sealed class StatusChangeReadRow
{
    public long Id { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
    public Guid? ActorId { get; init; }
    public string FromStatus { get; init; } = "";
    public string ToStatus { get; init; } = "";
    public int Version { get; init; }
    public string? Reason { get; init; }

    public QuestionStatusChange ToChange() => new(Id, OccurredAt, ActorId,
        WireNames.Parse<QuestionStatus>(FromStatus), WireNames.Parse<QuestionStatus>(ToStatus), Version, Reason);
}
