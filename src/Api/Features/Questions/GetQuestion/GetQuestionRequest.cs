namespace AdaptiveLearning.Api.Features.Questions.GetQuestion;

public sealed class GetQuestionRequest
{
    public const string Route = "/questions/{id}";

    public long Id { get; init; }

    public static string For(long id) => Route.Replace("{id}", id.ToString());
}
