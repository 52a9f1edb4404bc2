namespace AdaptiveLearning.Domain.Content;

public enum QuestionType
{
    Mcq,
    Theory,
    Scenario,
}
