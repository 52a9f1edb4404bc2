namespace AdaptiveLearning.Application.Auth.Login;

public sealed record LoginCommand(string Login, string Password);
