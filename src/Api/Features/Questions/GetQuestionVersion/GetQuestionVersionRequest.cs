namespace AdaptiveLearning.Api.Features.Questions.GetQuestionVersion;

public sealed class GetQuestionVersionRequest
{
    public const string Route = "/questions/{id}/versions/{version}";

    public long Id { get; init; }
    /// <summary>The version number.</summary>
    public int Version { get; init; }

    public static string For(long id, int version) => Route.Replace("{id}", id.ToString()).Replace("{version}", version.ToString());
}
