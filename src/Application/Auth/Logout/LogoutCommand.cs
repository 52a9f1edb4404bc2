namespace AdaptiveLearning.Application.Auth.Logout;

public sealed record LogoutCommand(Guid UserId, string RefreshToken);
