using AdaptiveLearning.Application.Questions;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Infrastructure.Questions;

internal sealed class ReviewQueueRow
{
    public long Id { get; init; }
    public string ExternalId { get; init; } = "";
    public string Path { get; init; } = "";
    public string Type { get; init; } = "";
    public string Content { get; init; } = "";
    public int Version { get; init; }
    public DateTimeOffset SubmittedAt { get; init; }
    public Guid? AuthorId { get; init; }
    public Guid? LastEditorId { get; init; }

    public ReviewQueueItem ToItem() => new()
    {
        Id = Id,
        ExternalId = ExternalId,
        Path = Path,
        Type = WireNames.Parse<QuestionType>(Type),
        Text = QuestionContent.FromJson(Content).Text,
        Version = Version,
        SubmittedAt = SubmittedAt,
        AuthorId = AuthorId,
        LastEditorId = LastEditorId,
    };
}
