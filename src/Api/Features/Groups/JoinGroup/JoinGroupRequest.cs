namespace AdaptiveLearning.Api.Features.Groups.JoinGroup;

public sealed class JoinGroupRequest
{
    public const string Route = "/groups/join";

    /// <summary>The code the group's owner shared (case and dashes do not matter).</summary>
    /// <example>K7QX-M2PD-9RTA</example>
    public string InviteCode { get; init; } = "";
}
