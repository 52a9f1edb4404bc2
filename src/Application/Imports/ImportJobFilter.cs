using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Imports;

/// <param name="CreatedBy">Only this user's jobs; null for everyone's (admins).</param>
/// <param name="From">Created at or after.</param>
/// <param name="To">Created before.</param>
/// <param name="After">The cursor of the previous page.</param>
public sealed record ImportJobFilter(Guid? CreatedBy, ImportJobStatus? Status, DateTimeOffset? From, DateTimeOffset? To, KeysetCursor? After, int Limit)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;
}
