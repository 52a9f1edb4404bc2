namespace AdaptiveLearning.Api.Security;

internal static class ClaimNames
{
    public const string Role = "role";
    public const string Subject = "sub";
}
