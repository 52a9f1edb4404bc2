namespace AdaptiveLearning.Application.Answers;

public sealed record OptionExplanation(string Key, string Explanation);
