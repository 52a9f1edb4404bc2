using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Application.Questions;

/// <summary>
/// Which questions to list, in what order, which page. A plain data bag: Infrastructure turns it
/// into parameterised SQL, and <see cref="CacheKey"/> names its result in the cache.
/// </summary>
public sealed record QuestionSpecification
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    public string? NodePath { get; init; }
    public QuestionType? Type { get; init; }
    public QuestionStatus? Status { get; init; }
    /// <summary>Who reads the list: learners get published questions under active nodes only, without answers.</summary>
    public ContentViewer Viewer { get; init; } = ContentViewer.Staff;
    public bool LearnerVisibleOnly => Viewer == ContentViewer.Learner;
    public int? MinDifficulty { get; init; }
    public int? MaxDifficulty { get; init; }
    public IReadOnlyList<string> TagsAny { get; init; } = [];
    public IReadOnlyList<string> TagsAll { get; init; } = [];
    /// <summary>Full-text search over text and options; results then come by relevance.</summary>
    public string? Search { get; init; }
    public KeysetCursor? After { get; init; }
    public int Limit { get; init; } = DefaultLimit;

    public bool OrdersByRelevance => !string.IsNullOrWhiteSpace(Search);

    public string CacheKey => string.Join('|',
        "questions", Viewer, NodePath, Type, Status, MinDifficulty, MaxDifficulty,
        string.Join(',', TagsAny.Order()), string.Join(',', TagsAll.Order()), Search?.Trim(),
        After?.Id, After?.Score?.ToString("R"), Limit);
}
