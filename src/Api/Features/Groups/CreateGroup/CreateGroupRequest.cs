namespace AdaptiveLearning.Api.Features.Groups.CreateGroup;

public sealed class CreateGroupRequest
{
    public const string Route = "/groups";

    /// <example>Driving theory, spring class</example>
    public string Name { get; init; } = "";
}
