using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Application.Learning;

/// <param name="Available">Published and under active hierarchy nodes: only such questions take new answers.</param>
public sealed record AnswerableQuestion(long Id, int Version, QuestionContent Content, bool Available);
