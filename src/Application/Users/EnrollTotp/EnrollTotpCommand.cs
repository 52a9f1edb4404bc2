namespace AdaptiveLearning.Application.Users.EnrollTotp;

/// <param name="Client">Who is asking: wrong passwords count in the login throttle.</param>
public sealed record EnrollTotpCommand(Guid UserId, string Password, string Client);
