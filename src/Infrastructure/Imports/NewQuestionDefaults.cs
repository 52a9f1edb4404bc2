using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Infrastructure.Imports;

/// <summary>The values every question created by one batch shares.</summary>
internal sealed record NewQuestionDefaults(QuestionStatus Status, string? UserId, DateTime Now);
