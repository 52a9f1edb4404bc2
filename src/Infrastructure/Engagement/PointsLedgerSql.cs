using AdaptiveLearning.Application.Engagement;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Engagement;
using AdaptiveLearning.Infrastructure.Learning;
using Dapper;

namespace AdaptiveLearning.Infrastructure.Engagement;

/// <summary>The ledger's statements, written so each joins whatever command batch the caller already sends.</summary>
internal static class PointsLedgerSql
{
    private const string Columns =
        "user_id, source, source_key, attempt_client_id, session_id, points, answers, local_day, occurred_at, recorded_at";

    /// <summary>An append that keeps the first row per source key: a repeated award adds nothing and fails nothing.</summary>
    public static string Insert(DynamicParameters parameters, string prefix, Guid userId, IReadOnlyList<PointsEntry> entries, DateTimeOffset now)
    {
        var user = userId.ToString();
        var recordedAt = now.UtcDateTime;
        IReadOnlyList<Func<PointsEntry, object?>> values =
        [
            _ => user, e => WireNames.Of(e.Source), e => e.SourceKey, e => e.AttemptClientId, e => e.SessionId?.ToString(),
            e => e.Points, e => e.Answers, e => e.LocalDay.ToDateTime(TimeOnly.MinValue), e => e.OccurredAt.UtcDateTime, _ => recordedAt,
        ];
        return $"""
            INSERT INTO points_ledger ({Columns})
            VALUES {MultiRowValues.AddTo(parameters, prefix, entries, values)}
            ON DUPLICATE KEY UPDATE id = id
            """;
    }

    /// <summary>
    /// Undo's reversal: the negation of every row the attempt earned, on the same learner day, so the day's points and
    /// activity net to what they were. Needs @UserId, @ClientAttemptId and @At.
    /// </summary>
    public static readonly string ReverseAttempt = $"""
        INSERT INTO points_ledger ({Columns})
        SELECT e.user_id, '{WireNames.Of(PointsSource.Undo)}', CONCAT('undo:', e.source_key), e.attempt_client_id, e.session_id,
               -e.points, -e.answers, e.local_day, e.occurred_at, @At
        FROM points_ledger e
        WHERE e.user_id = @UserId AND e.attempt_client_id = @ClientAttemptId AND e.source <> '{WireNames.Of(PointsSource.Undo)}'
        ON DUPLICATE KEY UPDATE id = points_ledger.id
        """;
}
