using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Questions;

/// <summary>Which submitted questions to list, oldest submission first, a keyset page at a time.</summary>
/// <param name="NodePath">Questions at or below this hierarchy path.</param>
/// <param name="AuthorId">Questions this user created.</param>
/// <param name="After">Questions after this cursor's: its id and its submission time as <see cref="SubmittedKey"/>.</param>
public sealed record ReviewQueueSpecification(
    string? NodePath = null, Guid? AuthorId = null, KeysetCursor? After = null, int Limit = ReviewQueueSpecification.DefaultLimit)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    /// <summary>
    /// A submission time as the cursor's score: microseconds since the epoch, which a double holds exactly for
    /// millennia, so the keyset compares what the column stores.
    /// </summary>
    public static readonly double MaxSubmittedKey = SubmittedKey(DateTimeOffset.MaxValue);

    public static double SubmittedKey(DateTimeOffset submittedAt) => (submittedAt.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;

    public static DateTimeOffset SubmittedAt(double key) => DateTimeOffset.UnixEpoch.AddTicks((long)key * 10);
}
