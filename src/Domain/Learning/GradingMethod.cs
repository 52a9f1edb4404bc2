namespace AdaptiveLearning.Domain.Learning;

public enum GradingMethod
{
    Options,
    Rubric,
    SelfRating,
}
