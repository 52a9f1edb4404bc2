using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Application.Questions;

/// <summary>One stored version of a question.</summary>
/// <param name="Path">The facet the question was in when the version was written.</param>
/// <param name="Status">The status the question last had while this version was current; null when nothing recorded it.</param>
/// <param name="CreatedBy">Who wrote the version; null for imports without a user and seeded content.</param>
/// <param name="RestoredFrom">The version a restore copied, when the version was made by one.</param>
public sealed record QuestionVersionRecord(
    long QuestionId, int Version, string? Path, QuestionStatus? Status, Guid? CreatedBy, DateTimeOffset CreatedAt, int? RestoredFrom,
    QuestionContent Content);
