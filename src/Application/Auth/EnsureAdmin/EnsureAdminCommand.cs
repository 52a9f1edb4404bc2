namespace AdaptiveLearning.Application.Auth.EnsureAdmin;

/// <summary>Creates the configured first admin, or promotes that account when it exists.</summary>
public sealed record EnsureAdminCommand(string Email, string Password);
