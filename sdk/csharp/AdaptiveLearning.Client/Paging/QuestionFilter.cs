namespace AdaptiveLearning.Client;

/// <summary>Which questions <see cref="QuestionsApiExtensions.ListAllAsync"/> returns; every field is optional.</summary>
public sealed record QuestionFilter
{
    /// <summary>A hierarchy path: questions at or below it.</summary>
    public string? Node { get; init; }

    /// <summary><c>mcq</c>, <c>theory</c> or <c>scenario</c>.</summary>
    public string? Type { get; init; }

    /// <summary>Authors and admins: <c>draft</c>, <c>in_review</c>, <c>published</c> or <c>archived</c>.</summary>
    public string? Status { get; init; }

    /// <summary>Lowest difficulty, 1-5.</summary>
    public int? DifficultyMin { get; init; }

    /// <summary>Highest difficulty, 1-5.</summary>
    public int? DifficultyMax { get; init; }

    /// <summary>Comma-separated: questions with any of these tags.</summary>
    public string? TagsAny { get; init; }

    /// <summary>Comma-separated: questions with all of these tags.</summary>
    public string? TagsAll { get; init; }

    /// <summary>Full-text search over text and options.</summary>
    public string? Search { get; init; }

    /// <summary>How many questions each request fetches, 1-100; the server's default when null.</summary>
    public int? PageSize { get; init; }
}
