namespace AdaptiveLearning.Domain.Learning;

/// <summary>How an answer to a question will be graded, so a client knows what to ask the learner for.</summary>
public enum GradingMode
{
    /// <summary>Options: select the right option(s); the server grades.</summary>
    Auto,
    /// <summary>Free text checked against the question's rubric keywords; without text, the learner's own rating.</summary>
    Rubric,
    /// <summary>No key to check against: the learner answers, sees the model answer after, and rates themselves.</summary>
    SelfRated,
}
