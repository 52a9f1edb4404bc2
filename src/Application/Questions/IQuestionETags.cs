namespace AdaptiveLearning.Application.Questions;

/// <summary>
/// The entity tag a staff read of a question carries. The Api owns the bytes it hashes, so it implements this, and
/// writes compare a client's If-Match with exactly what GET answered.
/// </summary>
public interface IQuestionETags
{
    string Of(QuestionDto question);
}
