namespace AdaptiveLearning.Application.Progress.GetDashboard;

public sealed record GetDashboardQuery(Guid UserId);
