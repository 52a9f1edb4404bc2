using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Application.Imports.ImportQuestions;

/// <summary>What an import does to statuses, taken from <see cref="Question"/>'s workflow: revising never changes a status; publishing the bank does.</summary>
public static class ImportPublishing
{
    /// <summary>The statuses an import with publish takes live (<see cref="Question.PublishesWithBank"/>).</summary>
    public static IReadOnlyList<QuestionStatus> PublishedStatuses { get; } =
        Enum.GetValues<QuestionStatus>().Where(Question.PublishesWithBank).ToArray();

    public static QuestionStatus NewQuestionStatus(bool publish) =>
        publish && Question.PublishesWithBank(Question.InitialStatus) ? QuestionStatus.Published : Question.InitialStatus;
}
