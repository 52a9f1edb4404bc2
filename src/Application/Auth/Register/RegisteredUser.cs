namespace AdaptiveLearning.Application.Auth.Register;

public sealed record RegisteredUser(Guid Id, string Email, string Username);
