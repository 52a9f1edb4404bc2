namespace AdaptiveLearning.Api.FunctionalTests.Events;

/// <summary>How the test receiver answers one request.</summary>
internal sealed record ReceiverAnswer(int Status, string? Location = null, TimeSpan Delay = default)
{
    public static ReceiverAnswer Ok { get; } = new(200);
}
