using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Application.Questions;

public static class QuestionDtoMapper
{
    public static QuestionDto ToDto(QuestionContent c, long id, string externalId, string path, QuestionStatus status, int version,
        IrtParameters irt, bool calibrated, bool visibleToLearners, DateTimeOffset updatedAt) => new()
    {
        Id = id,
        ExternalId = externalId,
        Path = path,
        Type = c.Type,
        Status = status,
        Version = version,
        Text = c.Text,
        Scenario = c.Scenario,
        Options = c.Options.Select(o => new QuestionOptionDto(o.Key, o.Text, o.Explanation)).ToArray(),
        Difficulty = c.Difficulty,
        EstimatedTimeSeconds = c.EstimatedTimeSeconds,
        Tags = c.Tags,
        Media = c.Media,
        Metadata = c.Metadata,
        Source = c.Source,
        MultipleCorrect = c.HasMultipleCorrect,
        UpdatedAt = updatedAt,
        CorrectKeys = c.CorrectKeys,
        Explanation = c.Explanation,
        ModelAnswer = c.ModelAnswer,
        RubricKeywords = c.RubricKeywords,
        Irt = new IrtDto(irt.A, irt.B, irt.C, calibrated),
        VisibleToLearners = visibleToLearners,
    };
}
