using System.Data;
using AdaptiveLearning.Application.Goals;
using AdaptiveLearning.Domain.Goals;
using AdaptiveLearning.Infrastructure.Learning;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Goals;

internal sealed class GoalRepository(MySqlDataSource db) : IGoalRepository
{
    private const string Columns = "id, user_id, name, scope, target_date, desired_retention, study_days, minutes_per_day, created_at, updated_at";

    public async Task<bool> AddAsync(StudyGoal goal, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        // The learner's row serialises their own concurrent creates, so the cap holds on every node of a cluster.
        var held = await connection.ExecuteScalarAsync<int>(new CommandDefinition("""
            SELECT COUNT(*) FROM users WHERE id = @UserId FOR UPDATE;
            """, new { UserId = goal.UserId.ToString() }, transaction, cancellationToken: ct));
        var count = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COUNT(*) FROM study_goals WHERE user_id = @UserId", new { UserId = goal.UserId.ToString() }, transaction, cancellationToken: ct));
        if (held == 0 || count >= StudyGoal.MaxPerLearner)
            return false;
        await connection.ExecuteAsync(new CommandDefinition($"""
            INSERT INTO study_goals ({Columns})
            VALUES (@Id, @UserId, @Name, @Scope, @TargetDate, @DesiredRetention, @StudyDays, @MinutesPerDay, @CreatedAt, @UpdatedAt)
            """, Parameters(goal), transaction, cancellationToken: ct));
        await transaction.CommitAsync(ct);
        return true;
    }

    public async Task<StudyGoal?> GetAsync(Guid userId, Guid goalId, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM study_goals WHERE id = @Id AND user_id = @UserId",
            new { Id = goalId.ToString(), UserId = userId.ToString() }, cancellationToken: ct));
        return row?.ToGoal();
    }

    public async Task<IReadOnlyList<StudyGoal>> ListAsync(Guid userId, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM study_goals WHERE user_id = @UserId ORDER BY target_date, created_at, id",
            new { UserId = userId.ToString() }, cancellationToken: ct));
        return rows.Select(r => r.ToGoal()).ToList();
    }

    public async Task UpdateAsync(StudyGoal goal, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE study_goals SET name = @Name, scope = @Scope, target_date = @TargetDate, desired_retention = @DesiredRetention,
                study_days = @StudyDays, minutes_per_day = @MinutesPerDay, updated_at = @UpdatedAt
            WHERE id = @Id AND user_id = @UserId
            """, Parameters(goal), cancellationToken: ct));
    }

    public async Task<bool> DeleteAsync(Guid userId, Guid goalId, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition("DELETE FROM study_goals WHERE id = @Id AND user_id = @UserId",
            new { Id = goalId.ToString(), UserId = userId.ToString() }, cancellationToken: ct)) == 1;
    }

    private static object Parameters(StudyGoal goal) => new
    {
        Id = goal.Id.ToString(), UserId = goal.UserId.ToString(), goal.Name, Scope = LearningJson.Serialize(goal.Scope),
        TargetDate = goal.TargetDate.ToDateTime(TimeOnly.MinValue), goal.DesiredRetention,
        StudyDays = goal.StudyDays.Aggregate(0, (bits, day) => bits | 1 << (int)day), goal.MinutesPerDay,
        CreatedAt = goal.CreatedAt.UtcDateTime, UpdatedAt = goal.UpdatedAt.UtcDateTime,
    };

    private sealed class Row
    {
        public Guid Id { get; init; }
        public Guid UserId { get; init; }
        public string Name { get; init; } = "";
        public string Scope { get; init; } = "[]";
        public DateTime TargetDate { get; init; }
        public double DesiredRetention { get; init; }
        public int StudyDays { get; init; }
        public int MinutesPerDay { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
        public DateTimeOffset UpdatedAt { get; init; }

        public StudyGoal ToGoal() => new()
        {
            Id = Id, UserId = UserId, Name = Name, Scope = LearningJson.Deserialize<List<string>>(Scope),
            TargetDate = DateOnly.FromDateTime(TargetDate), DesiredRetention = DesiredRetention,
            StudyDays = Enum.GetValues<DayOfWeek>().Where(d => (StudyDays & 1 << (int)d) != 0).ToHashSet(),
            MinutesPerDay = MinutesPerDay, CreatedAt = CreatedAt, UpdatedAt = UpdatedAt,
        };
    }
}
