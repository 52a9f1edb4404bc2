using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Answers;

/// <summary>Why one answer of a batch was not recorded: the same problem the single-answer route would answer with.</summary>
/// <param name="Errors">For a validation failure, the field at fault and why, as in a validation problem.</param>
public sealed record AnswerError(Problem Problem, string Detail, IReadOnlyDictionary<string, string[]>? Errors = null);
