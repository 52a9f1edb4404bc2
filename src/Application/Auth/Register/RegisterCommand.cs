namespace AdaptiveLearning.Application.Auth.Register;

public sealed record RegisterCommand(string Email, string Username, string Password, string? DisplayName);

public sealed record RegisteredUser(Guid Id, string Email, string Username);
