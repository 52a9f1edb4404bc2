namespace AdaptiveLearning.Api.Features.Auth.Register;

public sealed record RegisterResponse(Guid Id, string Email, string Username);
