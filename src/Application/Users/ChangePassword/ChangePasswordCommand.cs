namespace AdaptiveLearning.Application.Users.ChangePassword;

/// <param name="SessionId">The signed-in device asking (its refresh-token family), which stays signed in.</param>
public sealed record ChangePasswordCommand(Guid UserId, Guid? SessionId, string CurrentPassword, string NewPassword, string Client);
