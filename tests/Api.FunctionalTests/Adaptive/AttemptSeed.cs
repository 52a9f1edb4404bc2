using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Api.FunctionalTests.Adaptive;

/// <summary>
/// Writes a synthetic attempt log straight to the database: learners with a known ability answer items with a
/// known difficulty by the Rasch model. Fitting jobs read the log, so they cannot tell it from real study.
/// </summary>
internal static class AttemptSeed
{
    public static async Task<int> RaschLogAsync(IReadOnlyList<long> questionIds, int learners, int seed, double itemSpread = 2)
    {
        var random = new Random(seed);
        await using var connection = new MySqlConnection(TestEnvironment.ConnectionString);
        await connection.OpenAsync();
        var start = DateTime.UtcNow.AddDays(-60);
        var rows = 0;
        for (var l = 0; l < learners; l++)
        {
            var userId = Guid.NewGuid().ToString();
            var theta = Normal(random);
            await connection.ExecuteAsync("""
                INSERT INTO users (id, email, username, password_hash, settings, created_at)
                VALUES (@Id, @Email, @Name, 'x', '{}', UTC_TIMESTAMP(6))
                """, new { Id = userId, Email = $"synthetic{seed}-{l}@example.test", Name = $"synthetic{seed}-{l}" });
            for (var i = 0; i < questionIds.Count; i++)
            {
                var difficulty = questionIds.Count == 1 ? 0 : -itemSpread + 2 * itemSpread * i / (questionIds.Count - 1);
                var correct = random.NextDouble() < 1 / (1 + Math.Exp(-(theta - difficulty)));
                var cardId = await connection.ExecuteScalarAsync<long>("""
                    INSERT INTO cards (user_id, question_id, state, ease_factor, interval_days, reps, lapses, created_at, updated_at)
                    VALUES (@UserId, @QuestionId, 0, 2.5, 0, 0, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
                    SELECT LAST_INSERT_ID();
                    """, new { UserId = userId, QuestionId = questionIds[i] });
                await connection.ExecuteAsync("""
                    INSERT INTO attempts (user_id, client_attempt_id, card_id, question_id, question_version, mode, correct, grading,
                                          rating, rating_derived, time_spent_ms, answered_at, recorded_at, affects_schedule,
                                          state_before, card_before, card_after)
                    VALUES (@UserId, @ClientId, @CardId, @QuestionId, 1, 'practice', @Correct, 'options', @Rating, 1, 10000,
                            @At, @At, 0, 0, '{}', '{}')
                    """, new
                    {
                        UserId = userId, ClientId = Guid.NewGuid().ToString(), CardId = cardId, QuestionId = questionIds[i],
                        Correct = correct, Rating = correct ? 3 : 1, At = start.AddMinutes(l * 100 + i),
                    });
                rows++;
            }
        }

        return rows;
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
