namespace AdaptiveLearning.Api.Features.Questions.RestoreQuestionVersion;

public sealed class RestoreQuestionVersionRequest
{
    public const string Route = "/questions/{id}/versions/{version}/restore";

    public long Id { get; init; }
    /// <summary>The version whose content becomes current again.</summary>
    public int Version { get; init; }

    public static string For(long id, int version) => Route.Replace("{id}", id.ToString()).Replace("{version}", version.ToString());
}
