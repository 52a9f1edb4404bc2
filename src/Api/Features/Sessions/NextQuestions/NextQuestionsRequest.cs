namespace AdaptiveLearning.Api.Features.Sessions.NextQuestions;

public sealed class NextQuestionsRequest
{
    public const string Route = "/sessions/{id}/next";

    public static string For(Guid id, int count) => Route.Replace("{id}", id.ToString()) + "?count=" + count;

    public Guid Id { get; init; }
    /// <summary>How many questions to return, 1-50.</summary>
    public int Count { get; init; } = 1;
}
