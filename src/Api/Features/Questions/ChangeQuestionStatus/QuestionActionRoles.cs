using AdaptiveLearning.Application.Questions.ChangeQuestionStatus;

namespace AdaptiveLearning.Api.Features.Questions.ChangeQuestionStatus;

/// <summary>Who may take each editorial action: the single routes and the bulk route ask the same table.</summary>
internal static class QuestionActionRoles
{
    public static string[] For(QuestionAction action) => action switch
    {
        QuestionAction.Submit => [Security.Roles.Author, Security.Roles.Admin],
        QuestionAction.Approve or QuestionAction.Reject => [Security.Roles.Reviewer, Security.Roles.Admin],
        _ => [Security.Roles.Admin],
    };

    public static string[] Any { get; } = Enum.GetValues<QuestionAction>().SelectMany(For).Distinct().ToArray();
}
