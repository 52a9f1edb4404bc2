namespace AdaptiveLearning.Application.Users.GetReviewLog;

public interface IReviewLogQueries
{
    /// <summary>Every schedule-changing answer not undone, oldest first.</summary>
    Task<IReadOnlyList<ReviewLogEntry>> GetAsync(Guid userId, CancellationToken ct);
}
