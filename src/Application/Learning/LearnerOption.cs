namespace AdaptiveLearning.Application.Learning;

public sealed record LearnerOption(string Key, string Text);
