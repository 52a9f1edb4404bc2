namespace AdaptiveLearning.Application.Content.Questions.ChangeQuestionStatus;

public enum QuestionAction
{
    Submit,
    Publish,
    Archive,
}
