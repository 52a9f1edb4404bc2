using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Answers;

/// <summary>Why one answer of a batch was not recorded: the same problem the single-answer route would answer with.</summary>
public sealed record AnswerError(Problem Problem, string Detail);
