namespace AdaptiveLearning.Api.Features.Questions.GetQuestionStats;

public sealed class GetQuestionStatsRequest
{
    public const string Route = "/questions/{id}/stats";

    public long Id { get; init; }

    public static string For(long id) => Route.Replace("{id}", id.ToString());
}
