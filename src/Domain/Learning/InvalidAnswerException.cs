namespace AdaptiveLearning.Domain.Learning;

/// <summary>The answer cannot be graded as given (unknown option, missing self-rating, ...).</summary>
public sealed class InvalidAnswerException(string field, string reason) : Exception(reason)
{
    public string Field { get; } = field;
}
