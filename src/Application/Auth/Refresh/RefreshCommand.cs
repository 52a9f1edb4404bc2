namespace AdaptiveLearning.Application.Auth.Refresh;

public sealed record RefreshCommand(string RefreshToken);
