namespace AdaptiveLearning.Application.Auth.Register;

public sealed record RegisterCommand(string Email, string Username, string Password, string? DisplayName);
