using AdaptiveLearning.Application.Users;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Learning;

/// <summary>The learner's sessions, cards and attempts for the personal-data export.</summary>
internal sealed class LearningPersonalData(MySqlDataSource db) : IPersonalDataSource
{
    public string Section => "learning";

    public async Task<object> ExportAsync(Guid userId, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var grid = await connection.QueryMultipleAsync(new CommandDefinition("""
            SELECT id, mode, scope, limits, question_ids, goal, started_at, ended_at FROM learning_sessions WHERE user_id = @UserId ORDER BY started_at;
            SELECT id, question_id, state, step, stability, difficulty, ease_factor, interval_days, reps, lapses, due, last_review,
                   suspended, buried_until, leech, created_at, updated_at
            FROM cards WHERE user_id = @UserId ORDER BY id;
            SELECT a.id, a.client_attempt_id, a.session_id, a.card_id, a.question_id, a.question_version, a.mode, a.selected,
                   a.answer_text, a.correct, a.grading, a.rating, a.rating_derived, a.time_spent_ms, a.answered_at, a.recorded_at,
                   a.affects_schedule, a.card_before, a.card_after, u.undone_at
            FROM attempts a LEFT JOIN attempt_undos u ON u.attempt_id = a.id
            WHERE a.user_id = @UserId ORDER BY a.answered_at, a.id;
            """, new { UserId = userId.ToString() }, cancellationToken: ct));
        return new Dictionary<string, object>
        {
            ["sessions"] = (await grid.ReadAsync()).ToList(),
            ["cards"] = (await grid.ReadAsync()).ToList(),
            ["attempts"] = (await grid.ReadAsync()).ToList(),
        };
    }
}
