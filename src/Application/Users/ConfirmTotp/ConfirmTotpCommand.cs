namespace AdaptiveLearning.Application.Users.ConfirmTotp;

public sealed record ConfirmTotpCommand(Guid UserId, string Code, string Client);
