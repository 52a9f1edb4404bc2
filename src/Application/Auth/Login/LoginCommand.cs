namespace AdaptiveLearning.Application.Auth.Login;

/// <param name="Client">Who is asking (the client's address): failures are counted per client.</param>
public sealed record LoginCommand(string Login, string Password, string Client);
