using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Application.Questions.ListQuestionVersions;

/// <summary>One version of a question in its list: who wrote it, when, and what it changed from the version before.</summary>
/// <param name="Version">The version number; each content change adds one.</param>
/// <param name="Status">The status the question last had while this version was current (now, for the current one); null when nothing recorded it.</param>
/// <param name="CreatedBy">Who wrote it; null for seeded content and imports run without a user.</param>
/// <param name="CreatedAt">When it was written (UTC).</param>
/// <param name="RestoredFrom">The version a restore copied to make this one.</param>
/// <param name="ChangedFields">The content fields that differ from the previous version (all it set, for the first).</param>
/// <param name="Summary">The change in one line, for people.</param>
public sealed record QuestionVersionSummary(
    int Version, QuestionStatus? Status, Guid? CreatedBy, DateTimeOffset CreatedAt, int? RestoredFrom,
    IReadOnlyList<string> ChangedFields, string Summary);
