using System.Data.Common;
using AdaptiveLearning.Domain.Common;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Questions;

/// <summary>The append-only status trail: the only statement that touches <c>question_status_changes</c> inserts.</summary>
internal static class QuestionHistory
{
    /// <summary>Appends inside the caller's transaction, so a change and its record commit or roll back together.</summary>
    public static Task AppendAsync(MySqlConnection connection, DbTransaction transaction, StatusChangeRow change, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO question_status_changes (question_id, occurred_at, actor_id, from_status, to_status, version, reason)
            VALUES (@QuestionId, @OccurredAt, @ActorId, @From, @To, @Version, @Reason)
            """, new
            {
                change.QuestionId,
                change.OccurredAt,
                change.ActorId,
                From = WireNames.Of(change.From),
                To = WireNames.Of(change.To),
                change.Version,
                change.Reason,
            }, transaction, cancellationToken: ct));
}
