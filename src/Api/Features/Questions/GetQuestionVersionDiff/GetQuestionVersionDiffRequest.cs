namespace AdaptiveLearning.Api.Features.Questions.GetQuestionVersionDiff;

public sealed class GetQuestionVersionDiffRequest
{
    public const string Route = "/questions/{id}/versions/{version}/diff";

    public long Id { get; init; }
    /// <summary>The version compared (the new side).</summary>
    public int Version { get; init; }
    /// <summary>The version to compare it with (the old side); default the one before.</summary>
    public int? Against { get; init; }

    public static string For(long id, int version, int? against = null) =>
        Route.Replace("{id}", id.ToString()).Replace("{version}", version.ToString()) + (against is { } a ? $"?against={a}" : "");
}
