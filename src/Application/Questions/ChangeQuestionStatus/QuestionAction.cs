namespace AdaptiveLearning.Application.Questions.ChangeQuestionStatus;

public enum QuestionAction
{
    Submit,
    Publish,
    Archive,
    Approve,
    Reject,
}
